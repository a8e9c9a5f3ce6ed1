/** The offline payment the write tests send through `createOfflinePayment`, and how to read its answer. */
import type { CreateOfflinePaymentInput } from '../gql/graphql.js';

export interface PaymentChanges {
  /** The payment's ERP id: tests give each payment its own, to find it in the sandbox's ledger. */
  externalId?: string;
  /** The amount applied to the first invoice. */
  amount?: string;
}

/** A payment of two invoices the sandbox accepts, with the changes given. */
export function offlinePayment({ externalId, amount = '20.00' }: PaymentChanges = {}): CreateOfflinePaymentInput {
  return {
    customerId: '6041',
    currencyCode: 'GBP',
    lineItems: [
      { invoiceId: '141', amount },
      { invoiceId: '142', amount: '5.1234' },
    ],
    memo: 'Check 1042',
    ...(externalId !== undefined && { externalId }),
  };
}

export const twoInvoices: CreateOfflinePaymentInput = offlinePayment();

/** The id a create answered; fails the test when it answered anything else. */
export function writtenId(result: { __typename: string; paymentId?: string } | null | undefined): string {
  if (result?.__typename !== 'CreateOfflinePaymentSuccess' || result.paymentId === undefined) {
    throw new Error(`expected a created payment, got ${JSON.stringify(result)}`);
  }
  return result.paymentId;
}
