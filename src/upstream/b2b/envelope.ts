import type { Credentials } from '../../credentials.js';
import type { ApiDialect } from '../answers.js';
import { isRecord } from '../json.js';
import { B2B_RATE_LIMITS } from './rate-limits.js';

/** The `{ code, data, meta }` envelope, unwrapped (docs/upstream-contract.md §1). */
export interface B2bEnvelope {
  data: unknown;
  meta: Record<string, unknown>;
}

/** Headers the B2B Edition API authenticates with (docs/upstream-contract.md §1: both required). */
export function b2bAuthHeaders(credentials: Credentials): Record<string, string> {
  return { 'x-auth-token': credentials.authToken, 'x-store-hash': credentials.storeHash };
}

/**
 * The B2B Edition dialect: every answer is an envelope. Its error body is
 * `{ code, data: { errMsg } | { <field>: string[] }, meta }` (docs/upstream-contract.md §4.1, §7.10): a 422
 * carries either a message or messages keyed by field.
 */
export const B2B_DIALECT: ApiDialect<B2bEnvelope> = {
  rateLimits: B2B_RATE_LIMITS,
  success(envelope) {
    if (!envelope || !('data' in envelope)) return undefined;
    return { data: envelope['data'], meta: isRecord(envelope['meta']) ? envelope['meta'] : {} };
  },
  errorText(envelope) {
    const data = isRecord(envelope?.['data']) ? envelope['data'] : {};
    const fields = Object.fromEntries(Object.entries(data).filter(([, messages]) => Array.isArray(messages)));
    return { messages: [data['errMsg']], fields };
  },
};
