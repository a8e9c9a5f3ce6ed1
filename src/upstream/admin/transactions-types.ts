/**
 * Wire shapes of the Payments Transactions (beta) API (docs/upstream-contract.md §6): snake_case, exactly the
 * documented fields. Purchases and authorizations take the same body; only the path and the `result` values differ.
 */

export type TransactionKind = 'purchase' | 'authorization';

/** `status`: "Currently only COMPLETE is supported" (docs/upstream-contract.md §6). */
export type WireTransactionStatus = 'COMPLETE';

export interface WireCardExpiry {
  month: number;
  year: number;
}

/** The reference shows one example card and marks none of its fields required. */
export interface WireCard {
  type?: string;
  issuer_identification_number?: string;
  last4?: string;
  brand?: string;
  expires?: WireCardExpiry;
}

/** Only the `card` variant is documented; others (ACH, wallets) are open (docs/upstream-contract.md §8.10). */
export interface WirePaymentInstrument {
  card: WireCard;
}

/** All or nothing: the upstream refuses a partly filled result object (docs/upstream-contract.md §6). */
export interface WireAvsResult {
  code: string;
  message: string;
  street_match: string;
  postal_match: string;
}

export interface WireCvvResult {
  code: string;
  message: string;
}

/** The body of POST .../purchases and .../authorizations; optional fields are left out when not given. */
export interface TransactionRecordBody {
  order_id: string;
  payment_method_id: string;
  provider_transaction_id: string;
  result: string;
  status?: WireTransactionStatus;
  is_test?: boolean;
  provider_data?: Record<string, string>;
  payment_instrument?: WirePaymentInstrument;
  avs_result?: WireAvsResult;
  cvv_result?: WireCvvResult;
}
