import type { RecordPurchaseTransactionInput } from '../gql/graphql.js';

/** The least a purchase needs: an order the sandbox knows and a provider it has enabled. */
export const MINIMAL_PURCHASE: RecordPurchaseTransactionInput = {
  orderId: '123',
  paymentMethodId: 'stripeupe.card',
  providerTransactionId: 'pi_1',
  result: 'PAID',
};
