/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether the payment amounts are applied to invoice balances. Upstream documents no meanings: inferred from its examples; rely on the code. */
export type PaymentAppliedStatus =
  /** Applied to invoice balances (inferred) (upstream code 1) */
  | 'APPLIED'
  /** Not applied to invoice balances (inferred) (upstream code 0) */
  | 'NOT_APPLIED'
  /** A code this gateway does not know yet; the raw number is in the sibling `...Code` field. */
  | 'UNKNOWN';

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

export type PaymentWithEverythingQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentWithEverythingQuery = { payment: { id: string, createdAt: string, createdAtUnix: number, updatedAt: string, updatedAtUnix: number, storeHash: string, customerId: string, customerName: string, externalId: string | null, externalCustomerId: string | null, payerName: string, payerCustomerId: string, moduleName: string, processingStatus: PaymentProcessingStatus, processingStatusCode: number, appliedStatus: PaymentAppliedStatus, appliedStatusCode: number, fundingStatus: PaymentFundingStatus, fundingStatusCode: number, channelId: string | null, channelName: string | null, fees: Array<unknown> | null, details: { memo: string | null } | null, total: { currencyCode: string, value: string }, lineItems: Array<{ paymentId: string, invoiceId: string, invoiceNumber: string, amount: { currencyCode: string, value: string } }>, moduleData: { cartId: string | null, orderId: string | null, transactions: Array<{ type: string, memo: string | null }> } | null, transactions: Array<{ type: string, memo: string | null, gateway: string | null, transactionId: string | null, authCode: string | null, event: string | null, rawTransaction: unknown, card: { type: string, last4: string, expiryMonth: number, expiryYear: number } | null }> | null, operations: { allowedOperations: Array<PaymentOperation>, allowedOperationCodes: Array<number>, allowedStatuses: Array<PaymentProcessingStatus>, allowedStatusCodes: Array<number> } | null } | null };

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

export type PaymentsWithTransactionsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type PaymentsWithTransactionsQuery = { payments: { nodes: Array<{ id: string, transactions: Array<{ type: string }> | null }> } };

export type PaymentWithTransactionsQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentWithTransactionsQuery = { payment: { id: string, transactions: Array<{ type: string }> | null } | null };


export const PaymentWithEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentWithEverything"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAtUnix"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAtUnix"}},{"kind":"Field","name":{"kind":"Name","value":"storeHash"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"externalCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"payerName"}},{"kind":"Field","name":{"kind":"Name","value":"payerCustomerId"}},{"kind":"Field","name":{"kind":"Name","value":"moduleName"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"appliedStatus"}},{"kind":"Field","name":{"kind":"Name","value":"appliedStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"fundingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"fundingStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"channelId"}},{"kind":"Field","name":{"kind":"Name","value":"channelName"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceId"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"moduleData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cartId"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"gateway"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"authCode"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expiryMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expiryYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rawTransaction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedOperations"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOperationCodes"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"allowedStatusCodes"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentWithEverythingQuery, PaymentWithEverythingQueryVariables>;
export const PaymentTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentTotalQuery, PaymentTotalQueryVariables>;
export const PaymentPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customerId"}},{"kind":"Field","name":{"kind":"Name","value":"processingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currencyCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentPageQuery, PaymentPageQueryVariables>;
export const PaymentCursorPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentCursorPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentCursorPageQuery, PaymentCursorPageQueryVariables>;
export const PaymentsWithTransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsWithTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsWithTransactionsQuery, PaymentsWithTransactionsQueryVariables>;
export const PaymentWithTransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentWithTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentWithTransactionsQuery, PaymentWithTransactionsQueryVariables>;