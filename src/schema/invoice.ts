import { referencedEntity } from './federation-stub.js';

/**
 * A B2B Edition invoice: owned by an invoices subgraph (number, balances); this subgraph references it
 * from line items (`lineItems[].invoiceId`, CONTRACT.md 3.3) and adds its payments (federation-payments.ts).
 */
export const InvoiceRef = referencedEntity('Invoice', {
  description: 'A B2B Edition invoice. Its own fields come from the subgraph that owns invoices; this one adds its payments.',
  idDescription: 'Invoice id, a positive integer.',
});
