/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Outcome of the provider operation for an authorization. The references show no value at all, so until BigCommerce documents them every value is sent with `OTHER` and `otherResult`. */
export type AuthorizationTransactionResult =
  /** A value this schema does not list yet: give it in `otherResult`. It is sent as it is; if the upstream refuses it, the answer is an `InvalidInputError` on `input.result`. */
  | 'OTHER';

/** Address verification (AVS) result from the provider: all four fields, or leave `avsResult` out. */
export type AvsResultInput = {
  /** AVS code, e.g. `Y`. */
  code: string;
  /** e.g. `Address and postal code match`. */
  message: string;
  /** Postal code match code, e.g. `Y`. */
  postalMatch: string;
  /** Street match code, e.g. `Y`. */
  streetMatch: string;
};

/** When the card expires. */
export type CardExpiryInput = {
  /** Month, 1–12. */
  month: number;
  /** Four-digit year, e.g. 2030. */
  year: number;
};

/** A payment received outside BigCommerce (check, wire...), applied to one or more invoices (POST /payments/offline). */
export type CreateOfflinePaymentInput = {
  /** BigCommerce channel id, a positive integer. */
  channelId?: string | number | null | undefined;
  /** Active ISO 4217 code of the payment currency, in capitals, e.g. `USD` (upstream `currency`). */
  currencyCode: string;
  /** B2B Edition company id of the company the payment is for, a positive integer. */
  customerId: string | number;
  /** Id of the company in an ERP, at most 255 characters. */
  externalCustomerId?: string | null | undefined;
  /** Id of the payment in an ERP, at most 255 characters. */
  externalId?: string | null | undefined;
  /** Makes retrying this write safe: the same key with the same input returns the first result without writing again; with other input it is refused (IDEMPOTENCY_KEY_REUSED). 1–255 visible ASCII characters, e.g. a UUID. The `Idempotency-Key` header works too. */
  idempotencyKey?: string | null | undefined;
  /** The invoices paid and the amount applied to each; 1–250 of them. */
  lineItems: Array<PaymentLineItemInput>;
  /** Memo recorded with the payment (upstream `details.memo`), at most 1000 characters; it may hold line feeds, no other control characters. */
  memo?: string | null | undefined;
  /** B2B Edition company id of the payer, a positive integer; upstream default: `customerId`. */
  payerCustomerId?: string | number | null | undefined;
  /** Who paid, e.g. `Check`, at most 255 characters; upstream default "Store offline payment". */
  payerName?: string | null | undefined;
  /** Processing status to record; upstream default COMPLETED. */
  processingStatus?: SettablePaymentProcessingStatus | null | undefined;
};

/** Card verification (CVV) result from the provider: both fields, or leave `cvvResult` out. */
export type CvvResultInput = {
  /** CVV code, e.g. `M`. */
  code: string;
  /** e.g. `CVV matches`. */
  message: string;
};

/** The payment to delete (DELETE /payments/{id}). */
export type DeletePaymentInput = {
  /** Makes retrying this write safe: the same key with the same input returns the first result without writing again; with other input it is refused (IDEMPOTENCY_KEY_REUSED). 1–255 visible ASCII characters, e.g. a UUID. The `Idempotency-Key` header works too. */
  idempotencyKey?: string | null | undefined;
  /** Id of the payment to delete, a positive integer. */
  paymentId: string | number;
};

/** What kind of expected failure a mutation ran into; each has its own error type. */
export type MutationErrorCode =
  /** The input broke a rule of the gateway (nothing was sent) or of the upstream (422): see `fieldErrors`. */
  | 'INVALID_INPUT'
  /** The upstream refused the change in the payment's current state (400), e.g. "The payment operation is not allowed." */
  | 'OPERATION_NOT_ALLOWED'
  /** The payment does not exist upstream (404 "Payment does not exist"). */
  | 'PAYMENT_NOT_FOUND'
  /** The upstream answered 412: the order or its payment provider cannot take this transaction record. */
  | 'PRECONDITION_FAILED'
  /** The upstream answered 404 to a transaction record: the store, or something the record names, does not exist. */
  | 'TARGET_NOT_FOUND';

/** Whether the payment amounts are applied to invoice balances. Upstream documents no meanings: inferred from its examples; rely on the code. */
export type PaymentAppliedStatus =
  /** Applied to invoice balances (inferred) (upstream code 1) */
  | 'APPLIED'
  /** Not applied to invoice balances (inferred) (upstream code 0) */
  | 'NOT_APPLIED'
  /** A code this gateway does not know yet; the raw number is in the sibling `...Code` field. */
  | 'UNKNOWN';

/** The card used. The reference shows one example card and marks none of its fields required. */
export type PaymentCardInput = {
  /** Card brand, e.g. `VISA`. */
  brand?: string | null | undefined;
  /** Expiry month and year. */
  expires?: CardExpiryInput | null | undefined;
  /** Issuer identification number (BIN): 6 or 8 digits. */
  issuerIdentificationNumber?: string | null | undefined;
  /** Last four digits of the card number: exactly four digits. */
  last4?: string | null | undefined;
  /** Card type, e.g. `CARD`. */
  type?: string | null | undefined;
};

/** Funding state of the payment. Upstream defines codes 0–3 (default 2) but documents no meanings, so the values are named by code. */
export type PaymentFundingStatus =
  /** Funding status 0 (meaning undocumented) (upstream code 0) */
  | 'FUNDING_STATUS_0'
  /** Funding status 1 (meaning undocumented) (upstream code 1) */
  | 'FUNDING_STATUS_1'
  /** Funding status 2, the upstream default (meaning undocumented) (upstream code 2) */
  | 'FUNDING_STATUS_2'
  /** Funding status 3 (meaning undocumented) (upstream code 3) */
  | 'FUNDING_STATUS_3'
  /** A code this gateway does not know yet; the raw number is in the sibling `...Code` field. */
  | 'UNKNOWN';

/** The payment instrument used. Only cards are documented; other kinds (ACH, wallets) are not yet. */
export type PaymentInstrumentInput = {
  /** The card. */
  card: PaymentCardInput;
};

/** The part of a payment applied to one invoice. */
export type PaymentLineItemInput = {
  /** Amount applied to the invoice in the payment currency: greater than 0, at most 4 fraction digits, e.g. `"20.00"`. */
  amount: string;
  /** Id of the B2B Edition invoice paid, a positive integer; each invoice at most once in a payment. */
  invoiceId: string | number;
};

/** An operation that can be performed on a payment. */
export type PaymentOperation =
  /** Apply the payment amounts to the invoice balances (upstream code 0) */
  | 'APPLY_TO_INVOICE_BALANCES'
  /** Pull updates from the BigCommerce order (upstream code 2) */
  | 'PULL_UPDATES_FROM_ORDER'
  /** Revert the payment amounts from the invoice balances (upstream code 1) */
  | 'REVERT_INVOICE_BALANCES'
  /** Accepted by the upstream API but undocumented: its effect is unknown (upstream code 3) */
  | 'UNDOCUMENTED_OPERATION_3'
  /** A code this gateway does not know yet; the raw number is in the sibling `...Code` field. */
  | 'UNKNOWN';

/** Where a payment is in its processing. Only AWAITING_PROCESSING through REFUNDED can be set; INCOMPLETE is read-only. */
export type PaymentProcessingStatus =
  /** Awaiting processing (upstream code 1) */
  | 'AWAITING_PROCESSING'
  /** Completed (upstream code 3) */
  | 'COMPLETED'
  /** Incomplete (upstream code 0) */
  | 'INCOMPLETE'
  /** Processing (upstream code 2) */
  | 'PROCESSING'
  /** Refunded (upstream code 4) */
  | 'REFUNDED'
  /** A code this gateway does not know yet; the raw number is in the sibling `...Code` field. */
  | 'UNKNOWN';

/** The field the keyword `q` is matched against (GET /payments `searchBy`). */
export type PaymentSearchField =
  /** The B2B Edition company id. */
  | 'CUSTOMER_ID'
  /** The ERP id of the company. */
  | 'EXTERNAL_CUSTOMER_ID'
  /** The ERP id of the payment. */
  | 'EXTERNAL_ID'
  /** The payment id; `q` must then be a positive whole number. */
  | 'ID';

/** A field payments can be sorted by (GET /payments `sortBy`). */
export type PaymentSortField =
  /** The applied-status code. */
  | 'APPLIED_STATUS'
  /** When the payment was created. */
  | 'CREATED_AT'
  /** The B2B Edition company id. */
  | 'CUSTOMER_ID'
  /** The ERP id of the company. */
  | 'EXTERNAL_CUSTOMER_ID'
  /** The funding-status code. */
  | 'FUNDING_STATUS'
  /** The payment module, e.g. `payments_offline`. */
  | 'MODULE_NAME'
  /** The processing-status code. */
  | 'PROCESSING_STATUS'
  /** The payment total (`total.value`, docs/upstream-contract.md §7.17). */
  | 'TOTAL_AMOUNT'
  /** When the payment last changed. */
  | 'UPDATED_AT';

/** An operation to perform on a payment (POST /payments/{id}/operations). */
export type PerformPaymentOperationInput = {
  /** Makes retrying this write safe: the same key with the same input returns the first result without writing again; with other input it is refused (IDEMPOTENCY_KEY_REUSED). 1–255 visible ASCII characters, e.g. a UUID. The `Idempotency-Key` header works too. */
  idempotencyKey?: string | null | undefined;
  /** The operation; one of the payment's `operations.allowedOperations`. UNKNOWN is refused. */
  operation: PaymentOperation;
  /** Id of the payment, a positive integer. */
  paymentId: string | number;
};

/** One entry of the provider data map. */
export type ProviderDataEntryInput = {
  /** Key, e.g. `mandate_method_id`; not blank, unique in the list. */
  key: string;
  /** Value, a string. */
  value: string;
};

/** Outcome of the provider operation for a purchase. The reference lists no allowed values: `PAID` is the only one seen (in its example). Send any other value with `OTHER` and `otherResult`. */
export type PurchaseTransactionResult =
  /** A value this schema does not list yet: give it in `otherResult`. It is sent as it is; if the upstream refuses it, the answer is an `InvalidInputError` on `input.result`. */
  | 'OTHER'
  /** The provider took the payment. */
  | 'PAID';

/** An authorization processed outside BigCommerce, to record against an order so it can be captured or voided later. */
export type RecordAuthorizationTransactionInput = {
  /** Address verification result: complete, or left out. */
  avsResult?: AvsResultInput | null | undefined;
  /** Card verification result: complete, or left out. */
  cvvResult?: CvvResultInput | null | undefined;
  /** Makes retrying this write safe: the same key with the same input returns the first result without writing again; with other input it is refused (IDEMPOTENCY_KEY_REUSED). 1–255 visible ASCII characters, e.g. a UUID. The `Idempotency-Key` header works too. */
  idempotencyKey?: string | null | undefined;
  /** Whether this is a test transaction; the upstream default is false. */
  isTest?: boolean | null | undefined;
  /** BigCommerce order the transaction belongs to: a positive whole number, e.g. `"123"`. */
  orderId: string | number;
  /** Required with `result: OTHER`, and only then: the upstream value, in capitals (`^[A-Z][A-Z0-9_]*$`), and not one the enum lists. */
  otherResult?: string | null | undefined;
  /** The payment instrument used. */
  paymentInstrument?: PaymentInstrumentInput | null | undefined;
  /** Provider and method as `{provider}.{method}`, e.g. `stripeupe.card`. */
  paymentMethodId: string;
  /** Extra data for the provider, as key–value pairs; the keys accepted vary by provider (Stripe: `mandate_method_id`, `override_method_id`). */
  providerData?: Array<ProviderDataEntryInput> | null | undefined;
  /** The transaction's id at the payment provider, e.g. `pi_3N...`; not blank. */
  providerTransactionId: string;
  /** Outcome at the provider. */
  result: AuthorizationTransactionResult;
  /** State of the record; the upstream assumes its default when left out. */
  status?: TransactionRecordStatus | null | undefined;
};

/** A purchase (authorized and captured) processed outside BigCommerce, to record against an order. */
export type RecordPurchaseTransactionInput = {
  /** Address verification result: complete, or left out. */
  avsResult?: AvsResultInput | null | undefined;
  /** Card verification result: complete, or left out. */
  cvvResult?: CvvResultInput | null | undefined;
  /** Makes retrying this write safe: the same key with the same input returns the first result without writing again; with other input it is refused (IDEMPOTENCY_KEY_REUSED). 1–255 visible ASCII characters, e.g. a UUID. The `Idempotency-Key` header works too. */
  idempotencyKey?: string | null | undefined;
  /** Whether this is a test transaction; the upstream default is false. */
  isTest?: boolean | null | undefined;
  /** BigCommerce order the transaction belongs to: a positive whole number, e.g. `"123"`. */
  orderId: string | number;
  /** Required with `result: OTHER`, and only then: the upstream value, in capitals (`^[A-Z][A-Z0-9_]*$`), and not one the enum lists. */
  otherResult?: string | null | undefined;
  /** The payment instrument used. */
  paymentInstrument?: PaymentInstrumentInput | null | undefined;
  /** Provider and method as `{provider}.{method}`, e.g. `stripeupe.card`. */
  paymentMethodId: string;
  /** Extra data for the provider, as key–value pairs; the keys accepted vary by provider (Stripe: `mandate_method_id`, `override_method_id`). */
  providerData?: Array<ProviderDataEntryInput> | null | undefined;
  /** The transaction's id at the payment provider, e.g. `pi_3N...`; not blank. */
  providerTransactionId: string;
  /** Outcome at the provider. */
  result: PurchaseTransactionResult;
  /** State of the record; the upstream assumes its default when left out. */
  status?: TransactionRecordStatus | null | undefined;
};

/** A processing status a payment can be set to. INCOMPLETE is only ever read, so it is not here. */
export type SettablePaymentProcessingStatus =
  /** Awaiting processing (upstream code 1) */
  | 'AWAITING_PROCESSING'
  /** Completed (upstream code 3); the upstream default for a new offline payment */
  | 'COMPLETED'
  /** Processing (upstream code 2) */
  | 'PROCESSING'
  /** Refunded (upstream code 4) */
  | 'REFUNDED';

/** Direction of a sort (GET /payments `orderBy`). */
export type SortOrder =
  /** Smallest, earliest or alphabetically first first. */
  | 'ASC'
  /** Largest, latest or alphabetically last first (the upstream default). */
  | 'DESC';

/** Operational state of the transaction record. "Currently only COMPLETE is supported"; the reference announces more for later releases. */
export type TransactionRecordStatus =
  /** The record is complete. */
  | 'COMPLETE';

/** The new content of an offline payment (PUT /payments/offline/{id}). It replaces the payment: an optional field left out goes back to its upstream default. */
export type UpdateOfflinePaymentInput = {
  /** BigCommerce channel id, a positive integer. */
  channelId?: string | number | null | undefined;
  /** Active ISO 4217 code of the payment currency, in capitals, e.g. `USD` (upstream `currency`). */
  currencyCode: string;
  /** B2B Edition company id of the company the payment is for, a positive integer. */
  customerId: string | number;
  /** Id of the company in an ERP, at most 255 characters. */
  externalCustomerId?: string | null | undefined;
  /** Id of the payment in an ERP, at most 255 characters. */
  externalId?: string | null | undefined;
  /** Funding status to record (meanings undocumented upstream); upstream default FUNDING_STATUS_2. UNKNOWN is refused. */
  fundingStatus?: PaymentFundingStatus | null | undefined;
  /** Makes retrying this write safe: the same key with the same input returns the first result without writing again; with other input it is refused (IDEMPOTENCY_KEY_REUSED). 1–255 visible ASCII characters, e.g. a UUID. The `Idempotency-Key` header works too. */
  idempotencyKey?: string | null | undefined;
  /** The invoices paid and the amount applied to each; 1–250 of them. */
  lineItems: Array<PaymentLineItemInput>;
  /** Memo recorded with the payment (upstream `details.memo`), at most 1000 characters; it may hold line feeds, no other control characters. */
  memo?: string | null | undefined;
  /** B2B Edition company id of the payer, a positive integer; upstream default: `customerId`. */
  payerCustomerId?: string | number | null | undefined;
  /** Who paid, e.g. `Check`, at most 255 characters; upstream default "Store offline payment". */
  payerName?: string | null | undefined;
  /** Id of the offline payment to replace, a positive integer. */
  paymentId: string | number;
  /** Processing status to record; upstream default COMPLETED. */
  processingStatus?: SettablePaymentProcessingStatus | null | undefined;
};

/** A new processing status for a payment (PUT /payments/{id}/processing-status). */
export type UpdatePaymentProcessingStatusInput = {
  /** Makes retrying this write safe: the same key with the same input returns the first result without writing again; with other input it is refused (IDEMPOTENCY_KEY_REUSED). 1–255 visible ASCII characters, e.g. a UUID. The `Idempotency-Key` header works too. */
  idempotencyKey?: string | null | undefined;
  /** Id of the payment, a positive integer. */
  paymentId: string | number;
  /** The new status; one of the payment's `operations.allowedStatuses`. */
  processingStatus: SettablePaymentProcessingStatus;
};

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

export type SubgraphSdlQueryVariables = Exact<{ [key: string]: never; }>;


export type SubgraphSdlQuery = { _service: { sdl: string | null } };

export type PaymentEntitiesQueryVariables = Exact<{
  representations: Array<{ __typename: string; [keyField: string]: unknown }> | { __typename: string; [keyField: string]: unknown };
}>;


export type PaymentEntitiesQuery = { _entities: Array<
    | { __typename: 'Company' }
    | { __typename: 'Invoice' }
    | { __typename: 'Payment', id: string, total: { currencyCode: string, value: string } }
   | null> };

export type InvoicePaymentEntitiesQueryVariables = Exact<{
  representations: Array<{ __typename: string; [keyField: string]: unknown }> | { __typename: string; [keyField: string]: unknown };
  first?: number | null | undefined;
}>;


export type InvoicePaymentEntitiesQuery = { _entities: Array<
    | { id: string, payments: { totalCount: number, nodes: Array<{ id: string, lineItems: Array<{ invoiceId: string }> }>, pageInfo: { hasNextPage: boolean } } }
    | Record<PropertyKey, never>
   | null> };

export type CompanyPaymentEntitiesQueryVariables = Exact<{
  representations: Array<{ __typename: string; [keyField: string]: unknown }> | { __typename: string; [keyField: string]: unknown };
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type CompanyPaymentEntitiesQuery = { _entities: Array<
    | { id: string, payments: { totalCount: number, nodes: Array<{ id: string, customerId: string }> } }
    | Record<PropertyKey, never>
   | null> };

export type PaymentReferencesQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentReferencesQuery = { payment: { id: string, company: { id: string } | null, lineItems: Array<{ invoice: { id: string } }> } | null };

export type EntityWithNestedVariableQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityWithNestedVariableQuery = { _entities: Array<
    | { id: string }
    | Record<PropertyKey, never>
   | null> };

export type CompanyPaymentsPageQueryVariables = Exact<{
  representations: Array<{ __typename: string; [keyField: string]: unknown }> | { __typename: string; [keyField: string]: unknown };
  offset?: number | null | undefined;
  limit?: number | null | undefined;
  sortBy?: PaymentSortField | null | undefined;
  orderBy?: SortOrder | null | undefined;
}>;


export type CompanyPaymentsPageQuery = { _entities: Array<
    | { id: string, payments: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean }, nodes: Array<{ id: string, customerId: string }> } }
    | Record<PropertyKey, never>
   | null> };

export type CreateTwoCompanyPaymentsMutationVariables = Exact<{
  first: CreateOfflinePaymentInput;
  second: CreateOfflinePaymentInput;
}>;


export type CreateTwoCompanyPaymentsMutation = { first:
    | { paymentId: string, payment: { company: { payments: { totalCount: number } } | null } | null }
    | Record<PropertyKey, never>
   | null, second:
    | { paymentId: string, payment: { company: { payments: { totalCount: number } } | null } | null }
    | Record<PropertyKey, never>
   | null };

export type IsolationSamePaymentsQueryVariables = Exact<{
  id: string | number;
}>;


export type IsolationSamePaymentsQuery = { payment: { id: string, storeHash: string, transactions: Array<{ type: string }> | null } | null, payments: { nodes: Array<{ id: string, storeHash: string, details: { memo: string | null } | null, operations: { allowedStatusCodes: Array<number> | null } | null }> } };

export type LimitsDeepTransactionsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type LimitsDeepTransactionsQuery = { payments: { edges: Array<{ node: { moduleData: { transactions: Array<{ card: { type: string | null } | null }> } | null } }> } };

export type LimitsAliasedPaymentsQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsAliasedPaymentsQuery = { a: { id: string } | null, b: { id: string } | null, c: { id: string } | null };

export type LimitsPageWithTransactionsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type LimitsPageWithTransactionsQuery = { payments: { totalCount: number, nodes: Array<{ id: string, transactions: Array<{ type: string }> | null }> } };

export type LimitsIntrospectionQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsIntrospectionQuery = { __schema: { queryType: { name: string | null } } };

export type LimitsTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsTypenameQuery = { __typename: 'Query' };

export type LoadersPageSummaryAndOperationsQueryVariables = Exact<{
  limit: number;
}>;


export type LoadersPageSummaryAndOperationsQuery = { payments: { nodes: Array<{ id: string, total: { value: string }, operations: { allowedStatusCodes: Array<number> | null } | null }> } };

export type LoadersPageDetailsQueryVariables = Exact<{
  limit: number;
}>;


export type LoadersPageDetailsQuery = { payments: { nodes: Array<{ id: string, details: { memo: string | null } | null }> } };

export type LoadersPageDetailsAndFeesQueryVariables = Exact<{
  limit: number;
}>;


export type LoadersPageDetailsAndFeesQuery = { payments: { nodes: Array<{ id: string, fees: Array<unknown> | null, details: { memo: string | null } | null }> } };

export type LoadersPageOperationsThenModuleDataQueryVariables = Exact<{
  limit: number;
}>;


export type LoadersPageOperationsThenModuleDataQuery = { payments: { nodes: Array<{ id: string, operations: { allowedStatusCodes: Array<number> | null } | null, moduleData: { transactions: Array<{ type: string }> } | null }> } };

export type LoadersPaymentWithTransactionsQueryVariables = Exact<{
  id: string | number;
}>;


export type LoadersPaymentWithTransactionsQuery = { payment: { id: string, transactions: Array<{ type: string }> | null } | null };

export type LoadersPaymentTransactionsSkippedQueryVariables = Exact<{
  id: string | number;
  skip: boolean;
}>;


export type LoadersPaymentTransactionsSkippedQuery = { payment: { id: string, transactions?: Array<{ type: string }> | null } | null };

export type FilteredPaymentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  offset?: number | null | undefined;
  limit?: number | null | undefined;
  sortBy?: PaymentSortField | null | undefined;
  orderBy?: SortOrder | null | undefined;
  searchBy?: PaymentSearchField | null | undefined;
  q?: string | null | undefined;
  customerName?: string | null | undefined;
  invoiceId?: string | number | null | undefined;
  processingStatus?: PaymentProcessingStatus | null | undefined;
  channelIds?: Array<string | number> | string | number | null | undefined;
}>;


export type FilteredPaymentsQuery = { payments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, customerId: string, customerName: string, externalId: string | null, processingStatus: PaymentProcessingStatus, channelId: string | null, createdAtUnix: number, total: { currencyCode: string, value: string }, lineItems: Array<{ invoiceId: string }> }> } };

type MutationErrorFields_InvalidInputError_Fragment = { __typename: 'InvalidInputError', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null, fieldErrors: Array<{ field: string, messages: Array<string> }> };

type MutationErrorFields_OperationNotAllowedError_Fragment = { __typename: 'OperationNotAllowedError', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null };

type MutationErrorFields_PaymentNotFoundError_Fragment = { __typename: 'PaymentNotFoundError', paymentId: string, code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null };

type MutationErrorFields_TransactionPreconditionFailed_Fragment = { __typename: 'TransactionPreconditionFailed', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null };

type MutationErrorFields_TransactionTargetNotFound_Fragment = { __typename: 'TransactionTargetNotFound', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null };

export type MutationErrorFieldsFragment =
  | MutationErrorFields_InvalidInputError_Fragment
  | MutationErrorFields_OperationNotAllowedError_Fragment
  | MutationErrorFields_PaymentNotFoundError_Fragment
  | MutationErrorFields_TransactionPreconditionFailed_Fragment
  | MutationErrorFields_TransactionTargetNotFound_Fragment
;

export type WrittenPaymentFragment = { id: string, customerId: string, customerName: string, payerName: string, payerCustomerId: string, externalId: string | null, externalCustomerId: string | null, moduleName: string, processingStatus: PaymentProcessingStatus, appliedStatus: PaymentAppliedStatus, fundingStatus: PaymentFundingStatus, channelId: string | null, details: { memo: string | null } | null, total: { currencyCode: string, value: string }, lineItems: Array<{ invoiceId: string, invoiceNumber: string, amount: { currencyCode: string, value: string } }>, operations: { allowedOperations: Array<PaymentOperation>, allowedStatuses: Array<PaymentProcessingStatus> } | null };

export type CreateOfflinePaymentMutationVariables = Exact<{
  input: CreateOfflinePaymentInput;
}>;


export type CreateOfflinePaymentMutation = { createOfflinePayment:
    | { __typename: 'CreateOfflinePaymentSuccess', paymentId: string, payment: { id: string, customerId: string, customerName: string, payerName: string, payerCustomerId: string, externalId: string | null, externalCustomerId: string | null, moduleName: string, processingStatus: PaymentProcessingStatus, appliedStatus: PaymentAppliedStatus, fundingStatus: PaymentFundingStatus, channelId: string | null, details: { memo: string | null } | null, total: { currencyCode: string, value: string }, lineItems: Array<{ invoiceId: string, invoiceNumber: string, amount: { currencyCode: string, value: string } }>, operations: { allowedOperations: Array<PaymentOperation>, allowedStatuses: Array<PaymentProcessingStatus> } | null } | null }
    | { __typename: 'InvalidInputError', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null, fieldErrors: Array<{ field: string, messages: Array<string> }> }
    | { __typename: 'OperationNotAllowedError', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
   | null };

export type CreateOfflinePaymentIdOnlyMutationVariables = Exact<{
  input: CreateOfflinePaymentInput;
}>;


export type CreateOfflinePaymentIdOnlyMutation = { createOfflinePayment:
    | { __typename: 'CreateOfflinePaymentSuccess', paymentId: string }
    | { __typename: 'InvalidInputError', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null, fieldErrors: Array<{ field: string, messages: Array<string> }> }
    | { __typename: 'OperationNotAllowedError', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
   | null };

export type CreateOfflinePaymentWithTransactionsMutationVariables = Exact<{
  input: CreateOfflinePaymentInput;
}>;


export type CreateOfflinePaymentWithTransactionsMutation = { createOfflinePayment:
    | { __typename: 'CreateOfflinePaymentSuccess', paymentId: string, payment: { id: string, transactions: Array<{ type: string, memo: string | null }> | null } | null }
    | { __typename: 'InvalidInputError', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null, fieldErrors: Array<{ field: string, messages: Array<string> }> }
    | { __typename: 'OperationNotAllowedError', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
   | null };

export type UpdateOfflinePaymentMutationVariables = Exact<{
  input: UpdateOfflinePaymentInput;
}>;


export type UpdateOfflinePaymentMutation = { updateOfflinePayment:
    | { __typename: 'InvalidInputError', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null, fieldErrors: Array<{ field: string, messages: Array<string> }> }
    | { __typename: 'OperationNotAllowedError', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
    | { __typename: 'PaymentNotFoundError', paymentId: string, code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
    | { __typename: 'UpdateOfflinePaymentSuccess', paymentId: string, payment: { id: string, customerId: string, customerName: string, payerName: string, payerCustomerId: string, externalId: string | null, externalCustomerId: string | null, moduleName: string, processingStatus: PaymentProcessingStatus, appliedStatus: PaymentAppliedStatus, fundingStatus: PaymentFundingStatus, channelId: string | null, details: { memo: string | null } | null, total: { currencyCode: string, value: string }, lineItems: Array<{ invoiceId: string, invoiceNumber: string, amount: { currencyCode: string, value: string } }>, operations: { allowedOperations: Array<PaymentOperation>, allowedStatuses: Array<PaymentProcessingStatus> } | null } | null }
   | null };

export type DeletePaymentMutationVariables = Exact<{
  input: DeletePaymentInput;
}>;


export type DeletePaymentMutation = { deletePayment:
    | { __typename: 'DeletePaymentSuccess', deletedPaymentId: string }
    | { __typename: 'InvalidInputError', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null, fieldErrors: Array<{ field: string, messages: Array<string> }> }
    | { __typename: 'OperationNotAllowedError', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
    | { __typename: 'PaymentNotFoundError', paymentId: string, code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
   | null };

export type PerformPaymentOperationMutationVariables = Exact<{
  input: PerformPaymentOperationInput;
}>;


export type PerformPaymentOperationMutation = { performPaymentOperation:
    | { __typename: 'InvalidInputError', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null, fieldErrors: Array<{ field: string, messages: Array<string> }> }
    | { __typename: 'OperationNotAllowedError', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
    | { __typename: 'PaymentNotFoundError', paymentId: string, code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
    | { __typename: 'PerformPaymentOperationSuccess', paymentId: string, payment: { id: string, customerId: string, customerName: string, payerName: string, payerCustomerId: string, externalId: string | null, externalCustomerId: string | null, moduleName: string, processingStatus: PaymentProcessingStatus, appliedStatus: PaymentAppliedStatus, fundingStatus: PaymentFundingStatus, channelId: string | null, details: { memo: string | null } | null, total: { currencyCode: string, value: string }, lineItems: Array<{ invoiceId: string, invoiceNumber: string, amount: { currencyCode: string, value: string } }>, operations: { allowedOperations: Array<PaymentOperation>, allowedStatuses: Array<PaymentProcessingStatus> } | null } | null }
   | null };

export type UpdatePaymentProcessingStatusMutationVariables = Exact<{
  input: UpdatePaymentProcessingStatusInput;
}>;


export type UpdatePaymentProcessingStatusMutation = { updatePaymentProcessingStatus:
    | { __typename: 'InvalidInputError', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null, fieldErrors: Array<{ field: string, messages: Array<string> }> }
    | { __typename: 'OperationNotAllowedError', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
    | { __typename: 'PaymentNotFoundError', paymentId: string, code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
    | { __typename: 'UpdatePaymentProcessingStatusSuccess', paymentId: string, payment: { id: string, customerId: string, customerName: string, payerName: string, payerCustomerId: string, externalId: string | null, externalCustomerId: string | null, moduleName: string, processingStatus: PaymentProcessingStatus, appliedStatus: PaymentAppliedStatus, fundingStatus: PaymentFundingStatus, channelId: string | null, details: { memo: string | null } | null, total: { currencyCode: string, value: string }, lineItems: Array<{ invoiceId: string, invoiceNumber: string, amount: { currencyCode: string, value: string } }>, operations: { allowedOperations: Array<PaymentOperation>, allowedStatuses: Array<PaymentProcessingStatus> } | null } | null }
   | null };

export type SchemaDescriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemaDescriptionsQuery = { __schema: { types: Array<{ name: string | null, kind: __TypeKind, description: string | null, fields: Array<{ name: string, description: string | null, args: Array<{ name: string, description: string | null }> }> | null, inputFields: Array<{ name: string, description: string | null }> | null, enumValues: Array<{ name: string, description: string | null }> | null }>, directives: Array<{ name: string, description: string | null, args: Array<{ name: string, description: string | null }> }> } };

export type PaymentWithEverythingQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentWithEverythingQuery = { payment: { id: string, createdAt: string | null, createdAtUnix: number, updatedAt: string | null, updatedAtUnix: number, storeHash: string, customerId: string, customerName: string, externalId: string | null, externalCustomerId: string | null, payerName: string, payerCustomerId: string, moduleName: string, processingStatus: PaymentProcessingStatus, processingStatusCode: number | null, appliedStatus: PaymentAppliedStatus, appliedStatusCode: number | null, fundingStatus: PaymentFundingStatus, fundingStatusCode: number | null, channelId: string | null, channelName: string | null, fees: Array<unknown> | null, details: { memo: string | null } | null, total: { currencyCode: string, value: string }, lineItems: Array<{ paymentId: string, invoiceId: string, invoiceNumber: string, amount: { currencyCode: string, value: string } }>, moduleData: { cartId: string | null, orderId: string | null, transactions: Array<{ type: string, memo: string | null }> } | null, transactions: Array<{ type: string, memo: string | null, gateway: string | null, transactionId: string | null, authCode: string | null, event: string | null, rawTransaction: unknown, card: { type: string | null, last4: string | null, expiryMonth: number | null, expiryYear: number | null } | null }> | null, operations: { allowedOperations: Array<PaymentOperation>, allowedOperationCodes: Array<number> | null, allowedStatuses: Array<PaymentProcessingStatus>, allowedStatusCodes: Array<number> | null } | null } | null };

export type PaymentEverythingFragment = { id: string, createdAt: string | null, createdAtUnix: number, updatedAt: string | null, updatedAtUnix: number, storeHash: string, customerId: string, customerName: string, externalId: string | null, externalCustomerId: string | null, payerName: string, payerCustomerId: string, moduleName: string, processingStatus: PaymentProcessingStatus, processingStatusCode: number | null, appliedStatus: PaymentAppliedStatus, appliedStatusCode: number | null, fundingStatus: PaymentFundingStatus, fundingStatusCode: number | null, channelId: string | null, channelName: string | null, fees: Array<unknown> | null, details: { memo: string | null } | null, total: { currencyCode: string, value: string }, lineItems: Array<{ paymentId: string, invoiceId: string, invoiceNumber: string, amount: { currencyCode: string, value: string } }>, moduleData: { cartId: string | null, orderId: string | null, transactions: Array<{ type: string, memo: string | null }> } | null, transactions: Array<{ type: string, memo: string | null, gateway: string | null, transactionId: string | null, authCode: string | null, event: string | null, rawTransaction: unknown, card: { type: string | null, last4: string | null, expiryMonth: number | null, expiryYear: number | null } | null }> | null, operations: { allowedOperations: Array<PaymentOperation>, allowedOperationCodes: Array<number> | null, allowedStatuses: Array<PaymentProcessingStatus>, allowedStatusCodes: Array<number> | null } | null };

export type PaymentTotalQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentTotalQuery = { payment: { id: string, total: { currencyCode: string, value: string } } | null };

export type PaymentCreatedAtQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentCreatedAtQuery = { payment: { id: string, createdAt: string | null } | null };

export type PaymentPageQueryVariables = Exact<{
  offset?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type PaymentPageQuery = { payments: { totalCount: number, nodes: Array<{ id: string, customerId: string, processingStatus: PaymentProcessingStatus, total: { currencyCode: string, value: string } }> } };

export type PaymentCursorPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PaymentCursorPageQuery = { payments: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type PaymentBackwardPageQueryVariables = Exact<{
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PaymentBackwardPageQuery = { payments: { totalCount: number, edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type PaymentPageNumbersQueryVariables = Exact<{
  limit?: number | null | undefined;
}>;


export type PaymentPageNumbersQuery = { payments: { nodes: Array<{ id: string, createdAt: string | null, createdAtUnix: number, processingStatus: PaymentProcessingStatus, processingStatusCode: number | null, lineItems: Array<{ invoiceId: string }>, operations: { allowedStatusCodes: Array<number> | null } | null }> } };

export type CachedPaymentQueryVariables = Exact<{
  id: string | number;
}>;


export type CachedPaymentQuery = { payment: { id: string, processingStatus: PaymentProcessingStatus, transactions: Array<{ type: string }> | null } | null };

export type CachedPageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CachedPageQuery = { payments: { totalCount: number, nodes: Array<{ id: string, processingStatus: PaymentProcessingStatus, transactions: Array<{ type: string }> | null }> } };

export type PaymentsWithTransactionsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PaymentsWithTransactionsQuery = { payments: { nodes: Array<{ id: string, transactions: Array<{ type: string }> | null }> } };

export type PaymentWithTransactionsQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentWithTransactionsQuery = { payment: { id: string, transactions: Array<{ type: string }> | null } | null };

type TransactionRecordingRefusal_InvalidInputError_Fragment = { code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null, fieldErrors: Array<{ field: string, messages: Array<string> }> };

type TransactionRecordingRefusal_OperationNotAllowedError_Fragment = { code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null };

type TransactionRecordingRefusal_PaymentNotFoundError_Fragment = { code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null };

type TransactionRecordingRefusal_TransactionPreconditionFailed_Fragment = { code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null };

type TransactionRecordingRefusal_TransactionTargetNotFound_Fragment = { code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null };

export type TransactionRecordingRefusalFragment =
  | TransactionRecordingRefusal_InvalidInputError_Fragment
  | TransactionRecordingRefusal_OperationNotAllowedError_Fragment
  | TransactionRecordingRefusal_PaymentNotFoundError_Fragment
  | TransactionRecordingRefusal_TransactionPreconditionFailed_Fragment
  | TransactionRecordingRefusal_TransactionTargetNotFound_Fragment
;

export type RecordPurchaseMutationVariables = Exact<{
  input: RecordPurchaseTransactionInput;
}>;


export type RecordPurchaseMutation = { recordPurchaseTransaction:
    | { __typename: 'InvalidInputError', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null, fieldErrors: Array<{ field: string, messages: Array<string> }> }
    | { __typename: 'RecordedTransaction', id: string }
    | { __typename: 'TransactionPreconditionFailed', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
    | { __typename: 'TransactionTargetNotFound', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
   | null };

export type RecordAuthorizationMutationVariables = Exact<{
  input: RecordAuthorizationTransactionInput;
}>;


export type RecordAuthorizationMutation = { recordAuthorizationTransaction:
    | { __typename: 'InvalidInputError', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null, fieldErrors: Array<{ field: string, messages: Array<string> }> }
    | { __typename: 'RecordedTransaction', id: string }
    | { __typename: 'TransactionPreconditionFailed', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
    | { __typename: 'TransactionTargetNotFound', code: MutationErrorCode, message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
   | null };

export type RecordPurchaseThenAuthorizationMutationVariables = Exact<{
  purchase: RecordPurchaseTransactionInput;
  authorization: RecordAuthorizationTransactionInput;
}>;


export type RecordPurchaseThenAuthorizationMutation = { purchase:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'RecordedTransaction', id: string }
    | { __typename: 'TransactionPreconditionFailed' }
    | { __typename: 'TransactionTargetNotFound' }
   | null, authorization:
    | { __typename: 'InvalidInputError' }
    | { __typename: 'RecordedTransaction', id: string }
    | { __typename: 'TransactionPreconditionFailed' }
    | { __typename: 'TransactionTargetNotFound' }
   | null };

export type UpstreamCallsPageWithTransactionsQueryVariables = Exact<{
  limit: number;
}>;


export type UpstreamCallsPageWithTransactionsQuery = { payments: { nodes: Array<{ id: string, transactions: Array<{ type: string, gateway: string | null, transactionId: string | null, event: string | null, card: { last4: string | null } | null }> | null }> } };

export type UpstreamCallsPageWithOperationsQueryVariables = Exact<{
  limit: number;
}>;


export type UpstreamCallsPageWithOperationsQuery = { payments: { nodes: Array<{ id: string, operations: { allowedOperations: Array<PaymentOperation>, allowedOperationCodes: Array<number> | null, allowedStatuses: Array<PaymentProcessingStatus>, allowedStatusCodes: Array<number> | null } | null }> } };

export type UpstreamCallsPageWithEverythingQueryVariables = Exact<{
  limit: number;
}>;


export type UpstreamCallsPageWithEverythingQuery = { payments: { nodes: Array<{ id: string, createdAt: string | null, createdAtUnix: number, updatedAt: string | null, updatedAtUnix: number, storeHash: string, customerId: string, customerName: string, externalId: string | null, externalCustomerId: string | null, payerName: string, payerCustomerId: string, moduleName: string, processingStatus: PaymentProcessingStatus, processingStatusCode: number | null, appliedStatus: PaymentAppliedStatus, appliedStatusCode: number | null, fundingStatus: PaymentFundingStatus, fundingStatusCode: number | null, channelId: string | null, channelName: string | null, fees: Array<unknown> | null, details: { memo: string | null } | null, total: { currencyCode: string, value: string }, lineItems: Array<{ paymentId: string, invoiceId: string, invoiceNumber: string, amount: { currencyCode: string, value: string } }>, moduleData: { cartId: string | null, orderId: string | null, transactions: Array<{ type: string, memo: string | null }> } | null, transactions: Array<{ type: string, memo: string | null, gateway: string | null, transactionId: string | null, authCode: string | null, event: string | null, rawTransaction: unknown, card: { type: string | null, last4: string | null, expiryMonth: number | null, expiryYear: number | null } | null }> | null, operations: { allowedOperations: Array<PaymentOperation>, allowedOperationCodes: Array<number> | null, allowedStatuses: Array<PaymentProcessingStatus>, allowedStatusCodes: Array<number> | null } | null }> } };

export type UpstreamCallsThreeAliasesQueryVariables = Exact<{
  id: string | number;
}>;


export type UpstreamCallsThreeAliasesQuery = { summary: { id: string, total: { currencyCode: string, value: string } } | null, status: { processingStatus: PaymentProcessingStatus, id: string, operations: { allowedOperations: Array<PaymentOperation>, allowedStatuses: Array<PaymentProcessingStatus> } | null, transactions: Array<{ type: string }> | null } | null, record: { id: string, details: { memo: string | null } | null, moduleData: { transactions: Array<{ type: string }> } | null, transactions: Array<{ type: string }> | null } | null };

export type UpstreamCallsRecordFragment = { id: string, details: { memo: string | null } | null, moduleData: { transactions: Array<{ type: string }> } | null, transactions: Array<{ type: string }> | null };

export const MutationErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamRequestId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}}]}}]}}]} as unknown as DocumentNode<MutationErrorFieldsFragment, unknown>;
export const WrittenPaymentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenPayment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"payerCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"externalCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleName"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"appliedStatus"}},{"kind":"Field","name":{"kind":"Name","value":"fundingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedOperations"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatuses"}}]}}]}}]} as unknown as DocumentNode<WrittenPaymentFragment, unknown>;
export const PaymentEverythingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentEverything"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAtUnix"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAtUnix"}},{"kind":"Field","name":{"kind":"Name","value":"storeHash"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"externalCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"payerCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleName"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"appliedStatus"}},{"kind":"Field","name":{"kind":"Name","value":"appliedStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"fundingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"fundingStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"moduleData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartId"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"gateway"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"authCode"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expiryMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expiryYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rawTransaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedOperations"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOperationCodes"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatusCodes"}}]}}]}}]} as unknown as DocumentNode<PaymentEverythingFragment, unknown>;
export const TransactionRecordingRefusalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRecordingRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamRequestId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]} as unknown as DocumentNode<TransactionRecordingRefusalFragment, unknown>;
export const UpstreamCallsRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamCallsRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moduleData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<UpstreamCallsRecordFragment, unknown>;
export const SubgraphSdlDocument = {"__meta__":{"hash":"sha256:75d12bc0fc1b7fb254615b02b6782790ac06aaa44e7572babdf39a84bcbd3abe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubgraphSdl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sdl"}}]}}]}}]} as unknown as DocumentNode<SubgraphSdlQuery, SubgraphSdlQueryVariables>;
export const PaymentEntitiesDocument = {"__meta__":{"hash":"sha256:d32ccb7a56e52fb3bc170d460fcc85d35f987df880de5cfcaef0b14a860d75c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentEntitiesQuery, PaymentEntitiesQueryVariables>;
export const InvoicePaymentEntitiesDocument = {"__meta__":{"hash":"sha256:3d0f752877f5efcf6ec5afe500a11229e858eb20c15e46beeadf33c3db981f82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicePaymentEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicePaymentEntitiesQuery, InvoicePaymentEntitiesQueryVariables>;
export const CompanyPaymentEntitiesDocument = {"__meta__":{"hash":"sha256:c847daacde6799a379c69b6592a855555a51e04d67b00754a6ef7363f75b0b11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyPaymentEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyPaymentEntitiesQuery, CompanyPaymentEntitiesQueryVariables>;
export const PaymentReferencesDocument = {"__meta__":{"hash":"sha256:68078cf85a5a2f10a8790bf51caeadcb4118f238ae53a42a3c1f36108d7fc93e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentReferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentReferencesQuery, PaymentReferencesQueryVariables>;
export const EntityWithNestedVariableDocument = {"__meta__":{"hash":"sha256:907e4d1ae7c3af075dfb5c5c7ad6c09376bfd1a18d6fd0d07cea5856296d1a25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityWithNestedVariable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"__typename"},"value":{"kind":"StringValue","value":"Payment","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EntityWithNestedVariableQuery, EntityWithNestedVariableQueryVariables>;
export const CompanyPaymentsPageDocument = {"__meta__":{"hash":"sha256:3e0d926e586c1489135406b505d491f6db3251a39153f3b4545b700663949f7b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyPaymentsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentSortField"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyPaymentsPageQuery, CompanyPaymentsPageQueryVariables>;
export const CreateTwoCompanyPaymentsDocument = {"__meta__":{"hash":"sha256:443a417544b9c5baf9733ef88b7b70cd1faaf200830c549af2d9c80d438d093c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTwoCompanyPayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfflinePaymentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"second"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfflinePaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"createOfflinePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfflinePaymentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"createOfflinePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"second"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfflinePaymentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateTwoCompanyPaymentsMutation, CreateTwoCompanyPaymentsMutationVariables>;
export const IsolationSamePaymentsDocument = {"__meta__":{"hash":"sha256:b19237b6cb54b2701be9d48fffb85f66be8da653f92b5cd2b5339f2bb8d65690"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IsolationSamePayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"storeHash"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"storeHash"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedStatusCodes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IsolationSamePaymentsQuery, IsolationSamePaymentsQueryVariables>;
export const LimitsDeepTransactionsDocument = {"__meta__":{"hash":"sha256:19ebb678be0d00ad58db6076b123744165a3953a45f6df79616b04324bfa2991"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimitsDeepTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moduleData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LimitsDeepTransactionsQuery, LimitsDeepTransactionsQueryVariables>;
export const LimitsAliasedPaymentsDocument = {"__meta__":{"hash":"sha256:160520c5704f8fa39b3dc59a2db734fe2d77362889d99aa0da0a3aee2bddd7fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimitsAliasedPayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"117","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"118","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"StringValue","value":"119","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LimitsAliasedPaymentsQuery, LimitsAliasedPaymentsQueryVariables>;
export const LimitsPageWithTransactionsDocument = {"__meta__":{"hash":"sha256:5f2c63204d3e45ad0eb9eda2865b14b77ce5dccdc9ddc3ea456dc955fce8ff5f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimitsPageWithTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LimitsPageWithTransactionsQuery, LimitsPageWithTransactionsQueryVariables>;
export const LimitsIntrospectionDocument = {"__meta__":{"hash":"sha256:e15db97c0b0a9de95f7290af69c63d04159581a6001297987c86888e91b03c7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimitsIntrospection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queryType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LimitsIntrospectionQuery, LimitsIntrospectionQueryVariables>;
export const LimitsTypenameDocument = {"__meta__":{"hash":"sha256:cfb193c31da55d0f6b603e0a506f9a09d8a33050742c05375e51e74eba0bffa5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LimitsTypename"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<LimitsTypenameQuery, LimitsTypenameQueryVariables>;
export const LoadersPageSummaryAndOperationsDocument = {"__meta__":{"hash":"sha256:8055d37199c241d2f4c6ca37cde1024d3a1641f600fabee5f0cd319a83e5c9f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoadersPageSummaryAndOperations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedStatusCodes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoadersPageSummaryAndOperationsQuery, LoadersPageSummaryAndOperationsQueryVariables>;
export const LoadersPageDetailsDocument = {"__meta__":{"hash":"sha256:d65e4789a8f2c65d7d804c5212c8cfa7f53cf68fa5c6512d7f4753e663e13bdd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoadersPageDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoadersPageDetailsQuery, LoadersPageDetailsQueryVariables>;
export const LoadersPageDetailsAndFeesDocument = {"__meta__":{"hash":"sha256:b9cf8b75732fc685a7c1d1e09ab5e021c9a39ccee42e4047d2f667777d6e3083"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoadersPageDetailsAndFees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"}}]}}]}}]}}]} as unknown as DocumentNode<LoadersPageDetailsAndFeesQuery, LoadersPageDetailsAndFeesQueryVariables>;
export const LoadersPageOperationsThenModuleDataDocument = {"__meta__":{"hash":"sha256:c17c97ec4410b8ecdb2df146ac6eb84e506e75180112e00e450b049dd26d86b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoadersPageOperationsThenModuleData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedStatusCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moduleData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoadersPageOperationsThenModuleDataQuery, LoadersPageOperationsThenModuleDataQueryVariables>;
export const LoadersPaymentWithTransactionsDocument = {"__meta__":{"hash":"sha256:49855bbfccbf593780b55f8a329b428dc2348e87838e81afe7928e8aef0f5102"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoadersPaymentWithTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<LoadersPaymentWithTransactionsQuery, LoadersPaymentWithTransactionsQueryVariables>;
export const LoadersPaymentTransactionsSkippedDocument = {"__meta__":{"hash":"sha256:da8ab0d7dd8030a2eec1e14d37464321ce0e9a6dafd84d713bc23a4cf82ab23c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoadersPaymentTransactionsSkipped"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<LoadersPaymentTransactionsSkippedQuery, LoadersPaymentTransactionsSkippedQueryVariables>;
export const FilteredPaymentsDocument = {"__meta__":{"hash":"sha256:cc7555e06543093272a14b6cc42d0adfb0d6660e731168ad1d463c877dcba689"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilteredPayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentSortField"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"searchBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentSearchField"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"processingStatus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentProcessingStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channelIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"searchBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"searchBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"q"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"customerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerName"}}},{"kind":"Argument","name":{"kind":"Name","value":"invoiceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invoiceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"processingStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"processingStatus"}}},{"kind":"Argument","name":{"kind":"Name","value":"channelIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channelIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAtUnix"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FilteredPaymentsQuery, FilteredPaymentsQueryVariables>;
export const CreateOfflinePaymentDocument = {"__meta__":{"hash":"sha256:d8567f4e56cacc1418b818e9621e39b35532fe7f53f7bbcb056b59d197bd8b03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOfflinePayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfflinePaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOfflinePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfflinePaymentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenPayment"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenPayment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"payerCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"externalCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleName"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"appliedStatus"}},{"kind":"Field","name":{"kind":"Name","value":"fundingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedOperations"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatuses"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamRequestId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}}]}}]}}]} as unknown as DocumentNode<CreateOfflinePaymentMutation, CreateOfflinePaymentMutationVariables>;
export const CreateOfflinePaymentIdOnlyDocument = {"__meta__":{"hash":"sha256:8a6b09b8d318f2e530128ffe78fa82df69188e3910ccf9c35f170e34a3bb271d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOfflinePaymentIdOnly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfflinePaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOfflinePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfflinePaymentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamRequestId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}}]}}]}}]} as unknown as DocumentNode<CreateOfflinePaymentIdOnlyMutation, CreateOfflinePaymentIdOnlyMutationVariables>;
export const CreateOfflinePaymentWithTransactionsDocument = {"__meta__":{"hash":"sha256:70a18bfa22cd99c3cead5c434b31ac6761c05ac40c8b84f706d933139a5b1461"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOfflinePaymentWithTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfflinePaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOfflinePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfflinePaymentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamRequestId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}}]}}]}}]} as unknown as DocumentNode<CreateOfflinePaymentWithTransactionsMutation, CreateOfflinePaymentWithTransactionsMutationVariables>;
export const UpdateOfflinePaymentDocument = {"__meta__":{"hash":"sha256:aea19158bab274f75208d19623c0f45802fec57165df5adb862821acbc71e571"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOfflinePayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOfflinePaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOfflinePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOfflinePaymentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenPayment"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenPayment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"payerCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"externalCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleName"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"appliedStatus"}},{"kind":"Field","name":{"kind":"Name","value":"fundingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedOperations"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatuses"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamRequestId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}}]}}]}}]} as unknown as DocumentNode<UpdateOfflinePaymentMutation, UpdateOfflinePaymentMutationVariables>;
export const DeletePaymentDocument = {"__meta__":{"hash":"sha256:7e072320e223b7d6cc68b31a79ef9dba28fc97d7bb96a902b274baedc000cfe7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeletePaymentSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedPaymentId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamRequestId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}}]}}]}}]} as unknown as DocumentNode<DeletePaymentMutation, DeletePaymentMutationVariables>;
export const PerformPaymentOperationDocument = {"__meta__":{"hash":"sha256:aeb0c913facfd1a53d4576db539403935b318cf08d87f5b36dc7cb70a12faf1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PerformPaymentOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PerformPaymentOperationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"performPaymentOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformPaymentOperationSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenPayment"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenPayment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"payerCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"externalCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleName"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"appliedStatus"}},{"kind":"Field","name":{"kind":"Name","value":"fundingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedOperations"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatuses"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamRequestId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}}]}}]}}]} as unknown as DocumentNode<PerformPaymentOperationMutation, PerformPaymentOperationMutationVariables>;
export const UpdatePaymentProcessingStatusDocument = {"__meta__":{"hash":"sha256:4ec92c6ea2e366c7765a8bb01d5bafcf1c591f5b5d575b2939cc76803428d723"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePaymentProcessingStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePaymentProcessingStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePaymentProcessingStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePaymentProcessingStatusSuccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WrittenPayment"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MutationErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WrittenPayment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"payerCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"externalCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleName"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"appliedStatus"}},{"kind":"Field","name":{"kind":"Name","value":"fundingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedOperations"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatuses"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MutationErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamRequestId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentNotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}}]}}]}}]} as unknown as DocumentNode<UpdatePaymentProcessingStatusMutation, UpdatePaymentProcessingStatusMutationVariables>;
export const SchemaDescriptionsDocument = {"__meta__":{"hash":"sha256:4b1ce740ba530f895a4f8a11bab9e6f501fe42ef31f0ca5cee1c1f13b88302ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemaDescriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"types"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDeprecated"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enumValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeDeprecated"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"directives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"args"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchemaDescriptionsQuery, SchemaDescriptionsQueryVariables>;
export const PaymentWithEverythingDocument = {"__meta__":{"hash":"sha256:eca4af3d63d37b98f8dc6e18ae6db83c6aca7859bfd543babfa1f04af331e488"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentWithEverything"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentEverything"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentEverything"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAtUnix"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAtUnix"}},{"kind":"Field","name":{"kind":"Name","value":"storeHash"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"externalCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"payerCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleName"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"appliedStatus"}},{"kind":"Field","name":{"kind":"Name","value":"appliedStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"fundingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"fundingStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"moduleData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartId"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"gateway"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"authCode"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expiryMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expiryYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rawTransaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedOperations"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOperationCodes"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatusCodes"}}]}}]}}]} as unknown as DocumentNode<PaymentWithEverythingQuery, PaymentWithEverythingQueryVariables>;
export const PaymentTotalDocument = {"__meta__":{"hash":"sha256:77f31295cd09d8d45e60c81418f56b38934bdac53e07aae2a4157a616518bf7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentTotalQuery, PaymentTotalQueryVariables>;
export const PaymentCreatedAtDocument = {"__meta__":{"hash":"sha256:ccb13aee28037a1de9f8c6a85feb467fd7b500996d0b85b4e1eeccd6e88aeace"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentCreatedAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<PaymentCreatedAtQuery, PaymentCreatedAtQueryVariables>;
export const PaymentPageDocument = {"__meta__":{"hash":"sha256:c85f08639b019ebdce9011bd1391402346470d23ef8b097ee21ff1ad60ef3747"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentPageQuery, PaymentPageQueryVariables>;
export const PaymentCursorPageDocument = {"__meta__":{"hash":"sha256:c7a72065de0618b868528c1870190e05f2bfab68363cbf60e66805ebac37d625"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentCursorPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentCursorPageQuery, PaymentCursorPageQueryVariables>;
export const PaymentBackwardPageDocument = {"__meta__":{"hash":"sha256:3971c824eb5f0e7b0c4656ab3acd4f63d503080a15d113834423c1854a91ea30"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentBackwardPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentBackwardPageQuery, PaymentBackwardPageQueryVariables>;
export const PaymentPageNumbersDocument = {"__meta__":{"hash":"sha256:80e3458bd4ea26486eb8a541925e77c572046a48fc8d4f2558fa579482e607e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentPageNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAtUnix"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedStatusCodes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentPageNumbersQuery, PaymentPageNumbersQueryVariables>;
export const CachedPaymentDocument = {"__meta__":{"hash":"sha256:48522013a3a6fee58c7705d471b56fc7d9c81f28d65e89a127226588764ce2e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CachedPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<CachedPaymentQuery, CachedPaymentQueryVariables>;
export const CachedPageDocument = {"__meta__":{"hash":"sha256:bb286b1b97be3ef69bfac37ab62901ca36ca0f571031683628ada19182d08920"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CachedPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CachedPageQuery, CachedPageQueryVariables>;
export const PaymentsWithTransactionsDocument = {"__meta__":{"hash":"sha256:73f08d2b43e910dec3880d0c03176e5307ed5b24e4023d67346bb379f18eda0e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsWithTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsWithTransactionsQuery, PaymentsWithTransactionsQueryVariables>;
export const PaymentWithTransactionsDocument = {"__meta__":{"hash":"sha256:58470566f31e0e8d1006be5259ecdc7cd3f8a40dc91451e1595671fc18263fd2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentWithTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentWithTransactionsQuery, PaymentWithTransactionsQueryVariables>;
export const RecordPurchaseDocument = {"__meta__":{"hash":"sha256:fdd0d69b8ea17ab88b064858a6ed636f877a720d875f9322fd267745c9d0609f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPurchaseTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPurchaseTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordedTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionRecordingRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRecordingRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamRequestId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPurchaseMutation, RecordPurchaseMutationVariables>;
export const RecordAuthorizationDocument = {"__meta__":{"hash":"sha256:38af3ecaac8fe97ad5159e107932f95c1838654c1f76b14675042b24334ba53e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAuthorizationTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAuthorizationTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordedTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionRecordingRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRecordingRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamRequestId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidInputError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}}]}}]}}]} as unknown as DocumentNode<RecordAuthorizationMutation, RecordAuthorizationMutationVariables>;
export const RecordPurchaseThenAuthorizationDocument = {"__meta__":{"hash":"sha256:e9eec3f338e0607904a43cbf917329aebda33484b98afe44500e5350bdfd5b81"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPurchaseThenAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purchase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPurchaseTransactionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authorization"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAuthorizationTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"purchase"},"name":{"kind":"Name","value":"recordPurchaseTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purchase"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordedTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"authorization"},"name":{"kind":"Name","value":"recordAuthorizationTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorization"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordedTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPurchaseThenAuthorizationMutation, RecordPurchaseThenAuthorizationMutationVariables>;
export const UpstreamCallsPageWithTransactionsDocument = {"__meta__":{"hash":"sha256:7bea8f3576f2a65f014b5e049c951b16aaaae009ebd26d09f334ebff023e54eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpstreamCallsPageWithTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"gateway"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpstreamCallsPageWithTransactionsQuery, UpstreamCallsPageWithTransactionsQueryVariables>;
export const UpstreamCallsPageWithOperationsDocument = {"__meta__":{"hash":"sha256:4a8a5530e11f66ca66c7f5ef718a7df496e1c6465415f49163e8048797325f20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpstreamCallsPageWithOperations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedOperations"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOperationCodes"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatusCodes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpstreamCallsPageWithOperationsQuery, UpstreamCallsPageWithOperationsQueryVariables>;
export const UpstreamCallsPageWithEverythingDocument = {"__meta__":{"hash":"sha256:f1684376ffec1885857ae0231600304910a9370e91aed860b372c3a771695e6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpstreamCallsPageWithEverything"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentEverything"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentEverything"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAtUnix"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAtUnix"}},{"kind":"Field","name":{"kind":"Name","value":"storeHash"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"externalCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"payerCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleName"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"appliedStatus"}},{"kind":"Field","name":{"kind":"Name","value":"appliedStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"fundingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"fundingStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"moduleData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartId"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"gateway"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"authCode"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expiryMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expiryYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rawTransaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedOperations"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOperationCodes"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatusCodes"}}]}}]}}]} as unknown as DocumentNode<UpstreamCallsPageWithEverythingQuery, UpstreamCallsPageWithEverythingQueryVariables>;
export const UpstreamCallsThreeAliasesDocument = {"__meta__":{"hash":"sha256:3695048d054722b631e972a33726ad2947501455bbc22632443034b20be9fac3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpstreamCallsThreeAliases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"summary"},"name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"status"},"name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"processingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedOperations"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatuses"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"record"},"name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UpstreamCallsRecord"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UpstreamCallsRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moduleData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<UpstreamCallsThreeAliasesQuery, UpstreamCallsThreeAliasesQueryVariables>;