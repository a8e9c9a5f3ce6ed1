import { GraphQLError } from 'graphql';
import { MAX_KEYWORD_MATCHES } from '../../loaders/payment-loaders.js';
import { UpstreamError } from '../../upstream/errors.js';
import type { WirePayment } from '../../upstream/b2b/payments-types.js';
import { builder } from '../builder.js';
import { parsePositiveId } from '../inputs.js';
import { paymentConnection } from '../payment/connection.js';
import { PaymentRef } from '../payment/payment.js';
import { contributePayments, referencedEntity, type EntityKey } from './entity.js';

/**
 * A B2B Edition company: owned by a companies subgraph (name, status); this subgraph references it from
 * payments (`customerId`, docs/upstream-contract.md §3.3) and adds its payments.
 */
export const CompanyRef = referencedEntity('Company', {
  description:
    'A B2B Edition company. Its own fields come from the subgraph that owns companies; this one adds its payments.',
  idDescription: 'B2B Edition company id, a positive integer.',
});

/**
 * The company a payment is for. `customerId` is the company id sent as a string (docs/upstream-contract.md §2.1,
 * §7.14); one that is not a positive integer is an upstream fault, not the caller's.
 */
export function companyOf(payment: WirePayment): EntityKey {
  try {
    return { id: parsePositiveId(payment.customerId, 'customerId') };
  } catch {
    throw new UpstreamError('UPSTREAM_BAD_RESPONSE', {
      reason: `payment ${payment.id} has customerId "${payment.customerId}"`,
    });
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

/**
 * The upstream has no company filter: `searchBy=customerId` with the company id as `q` is the documented
 * way, and whether `q` matches exactly or as a substring is open (docs/upstream-contract.md §2.2, §3.3,
 * §8.7). So the connection pages over the company's exact payments, which the loader finds by scanning the
 * keyword's matches: `totalCount` and paging count only payments whose `customerId` is the company id.
 */
contributePayments(
  CompanyRef,
  'Payments for this company, exactly its own (`customerId` equals the company id), newest first unless sorted ' +
    'otherwise, one page at a time (cursors or offset/limit, at most 250). Reading them costs one upstream call per ' +
    `250 payments the company id matches as a keyword; over ${MAX_KEYWORD_MATCHES} such matches are refused ` +
    '(SEARCH_TOO_BROAD).',
  async (company, window, sort, context) => {
    const { sortBy, orderBy } = sort;
    const scan = await context.loaders.companyPayments(company.id, { sortBy, orderBy });
    if (!scan.complete) throw searchTooBroad(company.id, scan.keywordMatches);
    const { payments } = scan;
    return paymentConnection(window, payments.slice(window.offset, window.offset + window.limit), payments.length);
  },
);

function searchTooBroad(companyId: number, keywordMatches: number): GraphQLError {
  const message =
    `Company ${companyId}'s id matches ${keywordMatches} payments as an upstream keyword, ` +
    `more than the ${MAX_KEYWORD_MATCHES} the gateway reads to find its own.`;
  return new GraphQLError(message, {
    extensions: { code: 'SEARCH_TOO_BROAD', keywordMatches, maxMatches: MAX_KEYWORD_MATCHES },
  });
}
