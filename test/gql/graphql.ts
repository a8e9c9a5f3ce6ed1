/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Outcome of the provider operation for an authorization. The references show no value at all, so until BigCommerce documents them every value is sent with `OTHER` and `otherResult`. */
export type AuthorizationTransactionResult =
  /** A value this schema does not list yet: give it in `otherResult`. It is sent as it is; if the upstream refuses it, the answer is `TransactionInputInvalid` on `result`. */
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

/** Card verification (CVV) result from the provider: both fields, or leave `cvvResult` out. */
export type CvvResultInput = {
  /** CVV code, e.g. `M`. */
  code: string;
  /** e.g. `CVV matches`. */
  message: string;
};

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

/** One entry of the provider data map. */
export type ProviderDataEntryInput = {
  /** Key, e.g. `mandate_method_id`; not blank, unique in the list. */
  key: string;
  /** Value, a string. */
  value: string;
};

/** Outcome of the provider operation for a purchase. The reference lists no allowed values: `PAID` is the only one seen (in its example). Send any other value with `OTHER` and `otherResult`. */
export type PurchaseTransactionResult =
  /** A value this schema does not list yet: give it in `otherResult`. It is sent as it is; if the upstream refuses it, the answer is `TransactionInputInvalid` on `result`. */
  | 'OTHER'
  /** The provider took the payment. */
  | 'PAID';

/** An authorization processed outside BigCommerce, to record against an order so it can be captured or voided later. */
export type RecordAuthorizationTransactionInput = {
  /** Address verification result: complete, or left out. */
  avsResult?: AvsResultInput | null | undefined;
  /** Card verification result: complete, or left out. */
  cvvResult?: CvvResultInput | null | undefined;
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

/** Operational state of the transaction record. "Currently only COMPLETE is supported"; the reference announces more for later releases. */
export type TransactionRecordStatus =
  /** The record is complete. */
  | 'COMPLETE';

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


export type PaymentReferencesQuery = { payment: { id: string, company: { id: string }, lineItems: Array<{ invoice: { id: string } }> } | null };

export type PaymentWithEverythingQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentWithEverythingQuery = { payment: { id: string, createdAt: string, createdAtUnix: number, updatedAt: string, updatedAtUnix: number, storeHash: string, customerId: string, customerName: string, externalId: string | null, externalCustomerId: string | null, payerName: string, payerCustomerId: string, moduleName: string, processingStatus: PaymentProcessingStatus, processingStatusCode: number, appliedStatus: PaymentAppliedStatus, appliedStatusCode: number, fundingStatus: PaymentFundingStatus, fundingStatusCode: number, channelId: string | null, channelName: string | null, fees: Array<unknown>, details: { memo: string | null }, total: { currencyCode: string, value: string }, lineItems: Array<{ paymentId: string, invoiceId: string, invoiceNumber: string, amount: { currencyCode: string, value: string } }>, moduleData: { cartId: string | null, orderId: string | null, transactions: Array<{ type: string, memo: string | null }> }, transactions: Array<{ type: string, memo: string | null, gateway: string | null, transactionId: string | null, authCode: string | null, event: string | null, rawTransaction: unknown, card: { type: string, last4: string, expiryMonth: number, expiryYear: number } | null }>, operations: { allowedOperations: Array<PaymentOperation>, allowedOperationCodes: Array<number>, allowedStatuses: Array<PaymentProcessingStatus>, allowedStatusCodes: Array<number> } } | null };

export type PaymentTotalQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentTotalQuery = { payment: { id: string, total: { currencyCode: string, value: string } } | null };

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

type TransactionRecordingRefusal_TransactionInputInvalid_Fragment = { message: string, upstreamStatus: number | null, upstreamRequestId: string | null, fieldErrors: Array<{ field: string, message: string }> };

type TransactionRecordingRefusal_TransactionPreconditionFailed_Fragment = { message: string, upstreamStatus: number | null, upstreamRequestId: string | null };

type TransactionRecordingRefusal_TransactionTargetNotFound_Fragment = { message: string, upstreamStatus: number | null, upstreamRequestId: string | null };

export type TransactionRecordingRefusalFragment =
  | TransactionRecordingRefusal_TransactionInputInvalid_Fragment
  | TransactionRecordingRefusal_TransactionPreconditionFailed_Fragment
  | TransactionRecordingRefusal_TransactionTargetNotFound_Fragment
;

export type RecordPurchaseMutationVariables = Exact<{
  input: RecordPurchaseTransactionInput;
}>;


export type RecordPurchaseMutation = { recordPurchaseTransaction:
    | { __typename: 'RecordedTransaction', id: string }
    | { __typename: 'TransactionInputInvalid', message: string, upstreamStatus: number | null, upstreamRequestId: string | null, fieldErrors: Array<{ field: string, message: string }> }
    | { __typename: 'TransactionPreconditionFailed', message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
    | { __typename: 'TransactionTargetNotFound', message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
   | null };

export type RecordAuthorizationMutationVariables = Exact<{
  input: RecordAuthorizationTransactionInput;
}>;


export type RecordAuthorizationMutation = { recordAuthorizationTransaction:
    | { __typename: 'RecordedTransaction', id: string }
    | { __typename: 'TransactionInputInvalid', message: string, upstreamStatus: number | null, upstreamRequestId: string | null, fieldErrors: Array<{ field: string, message: string }> }
    | { __typename: 'TransactionPreconditionFailed', message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
    | { __typename: 'TransactionTargetNotFound', message: string, upstreamStatus: number | null, upstreamRequestId: string | null }
   | null };

export type RecordPurchaseThenAuthorizationMutationVariables = Exact<{
  purchase: RecordPurchaseTransactionInput;
  authorization: RecordAuthorizationTransactionInput;
}>;


export type RecordPurchaseThenAuthorizationMutation = { purchase:
    | { __typename: 'RecordedTransaction', id: string }
    | { __typename: 'TransactionInputInvalid' }
    | { __typename: 'TransactionPreconditionFailed' }
    | { __typename: 'TransactionTargetNotFound' }
   | null, authorization:
    | { __typename: 'RecordedTransaction', id: string }
    | { __typename: 'TransactionInputInvalid' }
    | { __typename: 'TransactionPreconditionFailed' }
    | { __typename: 'TransactionTargetNotFound' }
   | null };

export const TransactionRecordingRefusalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRecordingRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionRecordingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamRequestId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionInputInvalid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TransactionRecordingRefusalFragment, unknown>;
export const SubgraphSdlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubgraphSdl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sdl"}}]}}]}}]} as unknown as DocumentNode<SubgraphSdlQuery, SubgraphSdlQueryVariables>;
export const PaymentEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentEntitiesQuery, PaymentEntitiesQueryVariables>;
export const InvoicePaymentEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicePaymentEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvoicePaymentEntitiesQuery, InvoicePaymentEntitiesQueryVariables>;
export const CompanyPaymentEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyPaymentEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representations"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"_Any"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"_entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"representations"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representations"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyPaymentEntitiesQuery, CompanyPaymentEntitiesQueryVariables>;
export const PaymentReferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentReferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentReferencesQuery, PaymentReferencesQueryVariables>;
export const PaymentWithEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentWithEverything"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAtUnix"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAtUnix"}},{"kind":"Field","name":{"kind":"Name","value":"storeHash"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"externalCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"payerCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleName"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"appliedStatus"}},{"kind":"Field","name":{"kind":"Name","value":"appliedStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"fundingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"fundingStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"moduleData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartId"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"gateway"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"authCode"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expiryMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expiryYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rawTransaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedOperations"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOperationCodes"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatusCodes"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentWithEverythingQuery, PaymentWithEverythingQueryVariables>;
export const PaymentTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentTotalQuery, PaymentTotalQueryVariables>;
export const PaymentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentPageQuery, PaymentPageQueryVariables>;
export const PaymentCursorPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentCursorPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentCursorPageQuery, PaymentCursorPageQueryVariables>;
export const RecordPurchaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPurchase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPurchaseTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPurchaseTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordedTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionRecordingRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRecordingRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionRecordingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamRequestId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionInputInvalid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPurchaseMutation, RecordPurchaseMutationVariables>;
export const RecordAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAuthorizationTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAuthorizationTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordedTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransactionRecordingRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransactionRecordingRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionRecordingError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"upstreamRequestId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionInputInvalid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RecordAuthorizationMutation, RecordAuthorizationMutationVariables>;
export const RecordPurchaseThenAuthorizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPurchaseThenAuthorization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purchase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPurchaseTransactionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authorization"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAuthorizationTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"purchase"},"name":{"kind":"Name","value":"recordPurchaseTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purchase"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordedTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"authorization"},"name":{"kind":"Name","value":"recordAuthorizationTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorization"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordedTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPurchaseThenAuthorizationMutation, RecordPurchaseThenAuthorizationMutationVariables>;