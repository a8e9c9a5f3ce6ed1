import { builder } from './builder.js';
import { PaymentConnectionRef, loadPaymentConnection, offsetPageArgs, pageWindow } from './payment-connection.js';
import { paymentFilterArgs, paymentListFilters, paymentSortArgs } from './payment-filters.js';
import { PaymentRef } from './payment.js';

builder.queryFields((t) => ({
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
