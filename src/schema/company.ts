import { UpstreamError } from '../upstream/errors.js';
import type { WirePayment } from '../upstream/b2b/payments-types.js';
import { referencedEntity, type EntityKey } from './federation-stub.js';
import { parsePositiveId } from './ids.js';

/**
 * A B2B Edition company: owned by a companies subgraph (name, status); this subgraph references it from
 * payments (`customerId`, CONTRACT.md 3.3) and adds its payments (federation-payments.ts).
 */
export const CompanyRef = referencedEntity('Company', {
  description: 'A B2B Edition company. Its own fields come from the subgraph that owns companies; this one adds its payments.',
  idDescription: 'B2B Edition company id, a positive integer.',
});

/**
 * The company a payment is for. `customerId` is the company id sent as a string (CONTRACT.md 2.1, 7.14);
 * one that is not a positive integer is an upstream fault, not the caller's.
 */
export function companyOf(payment: WirePayment): EntityKey {
  try {
    return { id: parsePositiveId(payment.customerId, 'customerId') };
  } catch {
    throw new UpstreamError('UPSTREAM_BAD_RESPONSE', { reason: `payment ${payment.id} has customerId "${payment.customerId}"` });
  }
}
