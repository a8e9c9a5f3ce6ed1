/**
 * The value rules of a transaction record (docs/upstream-contract.md §6), shared by the gateway, which checks its input
 * before sending, and the sandbox, which checks what it receives: one rule set, so both say the same.
 * Each rule is a predicate and the message that explains it.
 */

export interface ValueRule<T> {
  test(value: T): boolean;
  message: string;
}

/** `order_id`: "a numeric string representing a positive integer greater than 0". */
export const ORDER_ID: ValueRule<string> = {
  test: (value) => /^[1-9]\d*$/.test(value),
  message: 'Must be a positive whole number written as a string, such as "123".',
};

/** `payment_method_id`: "{provider}.{method}", e.g. `stripeupe.card`. */
export const PAYMENT_METHOD_ID: ValueRule<string> = {
  test: (value) => /^[\w-]+\.[\w-]+$/.test(value),
  message: 'Must be {provider}.{method}, such as "stripeupe.card".',
};

/** `provider_transaction_id`: minLength 1; a blank id identifies nothing, so it is refused too. */
export const PROVIDER_TRANSACTION_ID: ValueRule<string> = {
  test: (value) => value.trim() !== '',
  message: 'Must not be blank.',
};

/** `provider_data` keys: a map key that is empty names nothing. */
export const PROVIDER_DATA_KEY: ValueRule<string> = {
  test: (value) => value.trim() !== '',
  message: 'A key must not be blank.',
};

export const CARD_LAST4: ValueRule<string> = {
  test: (value) => /^\d{4}$/.test(value),
  message: 'Must be exactly four digits.',
};

/** The IIN (BIN) is 6 or 8 digits long (ISO/IEC 7812); the reference's example is `234324`. */
export const CARD_IIN: ValueRule<string> = {
  test: (value) => /^\d{6}(\d{2})?$/.test(value),
  message: 'Must be 6 or 8 digits.',
};

export const EXPIRY_MONTH: ValueRule<number> = {
  test: (value) => Number.isInteger(value) && value >= 1 && value <= 12,
  message: 'Must be a month from 1 to 12.',
};

export const EXPIRY_YEAR: ValueRule<number> = {
  test: (value) => Number.isInteger(value) && value >= 1000 && value <= 9999,
  message: 'Must be a four-digit year, such as 2030.',
};

/** Field names of the all-or-nothing result objects (docs/upstream-contract.md §6). */
export const AVS_RESULT_FIELDS = ['code', 'message', 'street_match', 'postal_match'] as const;
export const CVV_RESULT_FIELDS = ['code', 'message'] as const;
