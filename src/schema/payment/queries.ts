import { builder } from '../builder.js';
import { PaymentConnectionRef, loadPaymentConnection, offsetPageArgs, pageWindow } from './connection.js';
import { paymentFilterArgs, paymentListFilters, paymentSortArgs } from './filters.js';
import { parsePositiveId } from '../inputs.js';
import { PaymentRef, findPayment } from './payment.js';
import { selectedFields } from './selected-fields.js';

builder.queryFields((t) => ({
  payment: t.field({
    type: PaymentRef,
    nullable: true,
    description: 'One payment by id, or null when it does not exist.',
    args: { id: t.arg.id({ required: true, description: 'Payment id, a positive integer.' }) },
    resolve: (_root, args, context, info) => {
      const id = parsePositiveId(args.id, 'id');
      // Transactions need only the id: loading them beside the detail halves the wait (one 404 more for a
      // payment that does not exist).
      if (selectedFields(info).has('transactions')) context.loaders.prefetchTransactions(id);
      return findPayment(context, id);
    },
  }),
  payments: t.connection(
    {
      type: PaymentRef,
      description:
        'Payments, newest first unless sorted otherwise, filtered by any GET /payments filter, one page at a time: Relay cursors (`first`/`after`, `last`/`before`) or plain `offset`/`limit`. Pages hold at most 250 payments (the upstream maximum); the default is 10.',
      args: {
        ...offsetPageArgs(),
        ...paymentSortArgs(),
        ...paymentFilterArgs(),
      },
      resolve: (_root, args, context) => {
        const filters = paymentListFilters(args);
        return loadPaymentConnection(context, pageWindow(args), filters);
      },
    },
    PaymentConnectionRef,
  ),
}));
