import type { WireCard, WireTransaction } from '../../upstream/b2b/payments-types.js';
import { builder } from '../builder.js';

const TransactionCardRef = builder.objectRef<WireCard>('TransactionCard').implement({
  description:
    'The card used in a credit-card transaction. Its fields pass through as the gateway reported them, so each is null when its value is missing or cannot be shown (see errors).',
  fields: (t) => ({
    type: t.exposeString('type', { nullable: true, description: 'Card type, e.g. `Visa`.' }),
    last4: t.exposeString('last4', { nullable: true, description: 'Last four digits of the card number.' }),
    expiryMonth: t.exposeInt('expiryMonth', { nullable: true, description: 'Expiry month, 1–12.' }),
    expiryYear: t.exposeInt('expiryYear', { nullable: true, description: 'Expiry year, e.g. 2030.' }),
  }),
});

/**
 * One flat type rather than a union: the set of transaction types is open upstream (docs/upstream-contract.md §2.9),
 * so an unknown `type` still reads, with the fields it carries.
 */
export const TransactionRef = builder.objectRef<WireTransaction>('Transaction').implement({
  description:
    'A payment transaction as recorded by the payment module. Its fields vary by gateway: offline transactions carry a memo, card transactions carry gateway, ids and card.',
  fields: (t) => ({
    type: t.exposeString('type', {
      description:
        'Transaction type, an open set: seen `OfflineTransaction`, `CreditCardTransaction`, `UnknownTransaction`.',
    }),
    memo: t.exposeString('memo', { nullable: true, description: 'Memo of an offline transaction.' }),
    gateway: t.exposeString('gateway', {
      nullable: true,
      description: 'Payment gateway that processed the transaction.',
    }),
    transactionId: t.exposeString('transactionId', { nullable: true, description: 'Transaction id at the gateway.' }),
    authCode: t.exposeString('authCode', { nullable: true, description: 'Authorization code from the gateway.' }),
    event: t.exposeString('event', { nullable: true, description: 'Gateway event, e.g. `capture`.' }),
    card: t.field({
      type: TransactionCardRef,
      nullable: true,
      description: 'The card, for card transactions.',
      resolve: (transaction) => transaction.card ?? null,
    }),
    rawTransaction: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The gateway\'s raw record, passed through: upstream sends null, "" or gateway-specific JSON.',
      resolve: (transaction) => transaction.rawTransaction ?? null,
    }),
  }),
});
