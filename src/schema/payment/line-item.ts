import type { WireLineItem } from '../../upstream/b2b/payments-types.js';
import { builder } from '../builder.js';
import { MoneyRef } from './money.js';

/** `invoice`, the entity reference, is added in ../federation/invoice.ts. */
export const LineItemRef = builder.objectRef<WireLineItem>('LineItem').implement({
  description: 'The part of a payment applied to one invoice. One payment can cover several invoices.',
  fields: (t) => ({
    paymentId: t.id({
      description: 'Id of the payment this line belongs to.',
      resolve: (item) => String(item.paymentId),
    }),
    invoiceId: t.id({
      description: 'Id of the B2B Edition invoice paid by this line.',
      resolve: (item) => String(item.invoiceId),
    }),
    invoiceNumber: t.exposeString('invoiceNumber', { description: 'Number of the invoice, e.g. `00000141`.' }),
    amount: t.field({ type: MoneyRef, description: 'Amount applied to the invoice.', resolve: (item) => item.amount }),
  }),
});
