/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query PaymentWithEverything($id: ID!) {\n  payment(id: $id) {\n    id\n    createdAt\n    createdAtUnix\n    updatedAt\n    updatedAtUnix\n    storeHash\n    customerId\n    customerName\n    externalId\n    externalCustomerId\n    payerName\n    payerCustomerId\n    moduleName\n    processingStatus\n    processingStatusCode\n    appliedStatus\n    appliedStatusCode\n    fundingStatus\n    fundingStatusCode\n    channelId\n    channelName\n    details {\n      memo\n    }\n    fees\n    total {\n      currencyCode\n      value\n    }\n    lineItems {\n      paymentId\n      invoiceId\n      invoiceNumber\n      amount {\n        currencyCode\n        value\n      }\n    }\n    moduleData {\n      cartId\n      orderId\n      transactions {\n        type\n        memo\n      }\n    }\n    transactions {\n      type\n      memo\n      gateway\n      transactionId\n      authCode\n      event\n      card {\n        type\n        last4\n        expiryMonth\n        expiryYear\n      }\n      rawTransaction\n    }\n    operations {\n      allowedOperations\n      allowedOperationCodes\n      allowedStatuses\n      allowedStatusCodes\n    }\n  }\n}\n\nquery PaymentTotal($id: ID!) {\n  payment(id: $id) {\n    id\n    total {\n      currencyCode\n      value\n    }\n  }\n}\n\nquery PaymentPage($offset: Int, $limit: Int) {\n  payments(offset: $offset, limit: $limit) {\n    totalCount\n    nodes {\n      id\n      customerId\n      processingStatus\n      total {\n        currencyCode\n        value\n      }\n    }\n  }\n}\n\nquery PaymentCursorPage($first: Int, $after: String) {\n  payments(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n      }\n    }\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n  }\n}": typeof types.PaymentWithEverythingDocument,
};
const documents: Documents = {
    "query PaymentWithEverything($id: ID!) {\n  payment(id: $id) {\n    id\n    createdAt\n    createdAtUnix\n    updatedAt\n    updatedAtUnix\n    storeHash\n    customerId\n    customerName\n    externalId\n    externalCustomerId\n    payerName\n    payerCustomerId\n    moduleName\n    processingStatus\n    processingStatusCode\n    appliedStatus\n    appliedStatusCode\n    fundingStatus\n    fundingStatusCode\n    channelId\n    channelName\n    details {\n      memo\n    }\n    fees\n    total {\n      currencyCode\n      value\n    }\n    lineItems {\n      paymentId\n      invoiceId\n      invoiceNumber\n      amount {\n        currencyCode\n        value\n      }\n    }\n    moduleData {\n      cartId\n      orderId\n      transactions {\n        type\n        memo\n      }\n    }\n    transactions {\n      type\n      memo\n      gateway\n      transactionId\n      authCode\n      event\n      card {\n        type\n        last4\n        expiryMonth\n        expiryYear\n      }\n      rawTransaction\n    }\n    operations {\n      allowedOperations\n      allowedOperationCodes\n      allowedStatuses\n      allowedStatusCodes\n    }\n  }\n}\n\nquery PaymentTotal($id: ID!) {\n  payment(id: $id) {\n    id\n    total {\n      currencyCode\n      value\n    }\n  }\n}\n\nquery PaymentPage($offset: Int, $limit: Int) {\n  payments(offset: $offset, limit: $limit) {\n    totalCount\n    nodes {\n      id\n      customerId\n      processingStatus\n      total {\n        currencyCode\n        value\n      }\n    }\n  }\n}\n\nquery PaymentCursorPage($first: Int, $after: String) {\n  payments(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n      }\n    }\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n  }\n}": types.PaymentWithEverythingDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PaymentWithEverything($id: ID!) {\n  payment(id: $id) {\n    id\n    createdAt\n    createdAtUnix\n    updatedAt\n    updatedAtUnix\n    storeHash\n    customerId\n    customerName\n    externalId\n    externalCustomerId\n    payerName\n    payerCustomerId\n    moduleName\n    processingStatus\n    processingStatusCode\n    appliedStatus\n    appliedStatusCode\n    fundingStatus\n    fundingStatusCode\n    channelId\n    channelName\n    details {\n      memo\n    }\n    fees\n    total {\n      currencyCode\n      value\n    }\n    lineItems {\n      paymentId\n      invoiceId\n      invoiceNumber\n      amount {\n        currencyCode\n        value\n      }\n    }\n    moduleData {\n      cartId\n      orderId\n      transactions {\n        type\n        memo\n      }\n    }\n    transactions {\n      type\n      memo\n      gateway\n      transactionId\n      authCode\n      event\n      card {\n        type\n        last4\n        expiryMonth\n        expiryYear\n      }\n      rawTransaction\n    }\n    operations {\n      allowedOperations\n      allowedOperationCodes\n      allowedStatuses\n      allowedStatusCodes\n    }\n  }\n}\n\nquery PaymentTotal($id: ID!) {\n  payment(id: $id) {\n    id\n    total {\n      currencyCode\n      value\n    }\n  }\n}\n\nquery PaymentPage($offset: Int, $limit: Int) {\n  payments(offset: $offset, limit: $limit) {\n    totalCount\n    nodes {\n      id\n      customerId\n      processingStatus\n      total {\n        currencyCode\n        value\n      }\n    }\n  }\n}\n\nquery PaymentCursorPage($first: Int, $after: String) {\n  payments(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n      }\n    }\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n  }\n}"): (typeof documents)["query PaymentWithEverything($id: ID!) {\n  payment(id: $id) {\n    id\n    createdAt\n    createdAtUnix\n    updatedAt\n    updatedAtUnix\n    storeHash\n    customerId\n    customerName\n    externalId\n    externalCustomerId\n    payerName\n    payerCustomerId\n    moduleName\n    processingStatus\n    processingStatusCode\n    appliedStatus\n    appliedStatusCode\n    fundingStatus\n    fundingStatusCode\n    channelId\n    channelName\n    details {\n      memo\n    }\n    fees\n    total {\n      currencyCode\n      value\n    }\n    lineItems {\n      paymentId\n      invoiceId\n      invoiceNumber\n      amount {\n        currencyCode\n        value\n      }\n    }\n    moduleData {\n      cartId\n      orderId\n      transactions {\n        type\n        memo\n      }\n    }\n    transactions {\n      type\n      memo\n      gateway\n      transactionId\n      authCode\n      event\n      card {\n        type\n        last4\n        expiryMonth\n        expiryYear\n      }\n      rawTransaction\n    }\n    operations {\n      allowedOperations\n      allowedOperationCodes\n      allowedStatuses\n      allowedStatusCodes\n    }\n  }\n}\n\nquery PaymentTotal($id: ID!) {\n  payment(id: $id) {\n    id\n    total {\n      currencyCode\n      value\n    }\n  }\n}\n\nquery PaymentPage($offset: Int, $limit: Int) {\n  payments(offset: $offset, limit: $limit) {\n    totalCount\n    nodes {\n      id\n      customerId\n      processingStatus\n      total {\n        currencyCode\n        value\n      }\n    }\n  }\n}\n\nquery PaymentCursorPage($first: Int, $after: String) {\n  payments(first: $first, after: $after) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n      }\n    }\n    pageInfo {\n      hasNextPage\n      hasPreviousPage\n      startCursor\n      endCursor\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;