/** Fault actions the resilience tests share: answers a failing B2B API gives. */
import type { FaultAction } from '../../src/sandbox/faults.js';
import type { Sandbox } from '../../src/sandbox/server.js';

export const serverError = (status: 500 | 503): FaultAction => ({
  kind: 'respond',
  status,
  body: { code: status, data: {}, meta: { message: status === 500 ? 'Internal Server Error' : 'Service Unavailable' } },
});

/** A 429 with the B2B headers saying the window resets in `seconds` (docs/upstream-contract.md §5.1). */
export const tooManyRequests = (seconds: number): FaultAction => ({
  kind: 'respond',
  status: 429,
  headers: { 'X-Requests-Remaining': '0 times', 'X-Request-Window-Resets-After': `${seconds} s` },
});

/** The documented 404 of a payment that does not exist (Payment404). */
export const paymentNotFound: FaultAction = {
  kind: 'respond',
  status: 404,
  body: { code: 404, data: { errMsg: 'Payment does not exist' }, meta: { message: 'Not Found Error' } },
};

/**
 * A payment's detail as the sandbox has it, but created past year 275760: the decoder takes any number of
 * seconds, an ISO 8601 string cannot say it, so the DateTime serializer fails (an unexpected error).
 */
export async function unserializableCreatedAt(sandbox: Sandbox, paymentId: string): Promise<FaultAction> {
  const headers = { 'x-auth-token': 't', 'x-store-hash': 's' };
  const detail = await fetch(`${sandbox.baseUrl}/payments/${paymentId}`, { headers });
  const { data } = (await detail.json()) as { data: Record<string, unknown> };
  const body = { code: 200, data: { ...data, createdAt: 1e15 }, meta: { message: 'SUCCESS' } };
  return { kind: 'respond', status: 200, body };
}
