import { builder } from '../builder.js';
import { loadPaymentConnection } from '../payment/connection.js';
import { LineItemRef } from '../payment/line-item.js';
import { contributePayments, referencedEntity } from './entity.js';

/**
 * A B2B Edition invoice: owned by an invoices subgraph (number, balances); this subgraph references it
 * from line items (`lineItems[].invoiceId`, docs/upstream-contract.md §3.3) and adds its payments.
 */
export const InvoiceRef = referencedEntity('Invoice', {
  description:
    'A B2B Edition invoice. Its own fields come from the subgraph that owns invoices; this one adds its payments.',
  idDescription: 'Invoice id, a positive integer.',
});

builder.objectField(LineItemRef, 'invoice', (t) =>
  t.field({
    type: InvoiceRef,
    description: 'The invoice paid by this line, as an entity an invoices subgraph can extend.',
    resolve: (item) => ({ id: item.invoiceId }),
  }),
);

// docs/upstream-contract.md §2.2 and §3.3: payments by invoice is the documented `invoiceId` filter.
contributePayments(
  InvoiceRef,
  'Payments applied to this invoice, newest first unless sorted otherwise, one page at a time (cursors or offset/limit, at most 250).',
  (invoice, window, sort, context) => loadPaymentConnection(context, window, { ...sort, invoiceId: invoice.id }),
);
