import type { ObjectRef } from '@pothos/core';
import type { ListPaymentsParams } from '../upstream/b2b/payments-types.js';
import { builder, type BuilderTypes } from './builder.js';
import { CompanyRef } from './company.js';
import { InvoiceRef } from './invoice.js';
import { PaymentConnectionRef, loadPaymentConnection, offsetPageArgs, pageWindow } from './payment-connection.js';
import { paymentListFilters, paymentSortArgs } from './payment-filters.js';
import { PaymentRef } from './payment.js';

/** The GET /payments filters that select one entity's payments. */
type EntityFilters = Omit<ListPaymentsParams, 'offset' | 'limit'>;

/**
 * Adds a `payments` connection to an entity another subgraph owns: one GET /payments page filtered to
 * the entity, paged like `Query.payments` and priming the detail loader the same way.
 */
function contributePayments<Key>(
  entity: ObjectRef<BuilderTypes, Key>,
  description: string,
  filtersOf: (key: Key) => EntityFilters,
): void {
  builder.objectField(entity, 'payments', (t) =>
    t.connection(
      {
        type: PaymentRef,
        description,
        args: { ...offsetPageArgs(), ...paymentSortArgs() },
        resolve: (key, args, context) =>
          loadPaymentConnection(context, pageWindow(args), { ...paymentListFilters(args), ...filtersOf(key) }),
      },
      PaymentConnectionRef,
    ),
  );
}

// CONTRACT.md 2.2 and 3.3: payments by invoice is the documented `invoiceId` filter.
contributePayments(
  InvoiceRef,
  'Payments applied to this invoice, newest first unless sorted otherwise, one page at a time (cursors or offset/limit, at most 250).',
  (invoice) => ({ invoiceId: invoice.id }),
);

// CONTRACT.md 2.2 and 3.3: there is no company filter; `searchBy=customerId` with the company id as `q`
// is the documented way. Whether `q` matches exactly or as a substring is open (CONTRACT.md 8.7).
contributePayments(
  CompanyRef,
  'Payments for this company, newest first unless sorted otherwise, one page at a time (cursors or offset/limit, at most 250).',
  (company) => ({ searchBy: 'customerId', q: String(company.id) }),
);
