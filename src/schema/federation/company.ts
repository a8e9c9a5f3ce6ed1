import { UpstreamError } from '../../upstream/errors.js';
import type { WirePayment } from '../../upstream/payments-types.js';
import { builder } from '../builder.js';
import { parsePositiveId } from '../inputs.js';
import { PaymentRef } from '../payment/payment.js';
import { contributePayments, referencedEntity, type EntityKey } from './entity.js';

/**
 * A B2B Edition company: owned by a companies subgraph (name, status); this subgraph references it from
 * payments (`customerId`, CONTRACT.md 3.3) and adds its payments.
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

builder.objectField(PaymentRef, 'company', (t) =>
  t.field({
    type: CompanyRef,
    // Nullable: a customerId that names no company fails this field only, not the payment and its page.
    nullable: true,
    description:
      'The company the payment is for (`customerId`), as an entity a companies subgraph can extend; null when `customerId` is not a company id (see errors).',
    resolve: companyOf,
  }),
);

// CONTRACT.md 2.2 and 3.3: there is no company filter; `searchBy=customerId` with the company id as `q`
// is the documented way. Whether `q` matches exactly or as a substring is open (CONTRACT.md 8.7).
contributePayments(
  CompanyRef,
  'Payments for this company, newest first unless sorted otherwise, one page at a time (cursors or offset/limit, at most 250).',
  (company) => ({ searchBy: 'customerId', q: String(company.id) }),
);
