/**
 * The three transaction shapes the references show (CONTRACT.md 2.7a, 2.9), each with every field its type
 * carries, so GET /payments/{id}/transactions and moduleData.transactions look like the real ones.
 */
import type { WireTransaction } from '../upstream/b2b/payments-types.js';

/** Offline transactions carry `rawTransaction: null`, as in every offline example. */
export function offlineTransaction(memo: string): WireTransaction {
  return { memo, type: 'OfflineTransaction', rawTransaction: null };
}

export interface CardTransactionFields {
  gateway: string;
  transactionId: string;
  authCode: string;
  event: 'capture' | 'authorize';
  card: { type: string; last4: string; expiryYear: number; expiryMonth: number };
}

/** Card transactions carry `rawTransaction: ""`, as the transactions example does. */
export function cardTransaction(fields: CardTransactionFields): WireTransaction {
  return {
    type: 'CreditCardTransaction',
    gateway: fields.gateway,
    transactionId: fields.transactionId,
    authCode: fields.authCode,
    event: fields.event,
    card: { ...fields.card },
    rawTransaction: '',
  };
}

export function unknownTransaction(): WireTransaction {
  return { type: 'UnknownTransaction', rawTransaction: null };
}
