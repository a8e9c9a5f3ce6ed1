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
    "query SupergraphInvoiceWithPayments($id: ID!, $first: Int) {\n  invoice(id: $id) {\n    id\n    invoiceNumber\n    openBalance {\n      currencyCode\n      value\n    }\n    payments(first: $first) {\n      totalCount\n      nodes {\n        id\n        total {\n          currencyCode\n          value\n        }\n      }\n    }\n  }\n}\n\nquery SupergraphPaymentWithInvoices($id: ID!) {\n  payment(id: $id) {\n    id\n    total {\n      currencyCode\n      value\n    }\n    lineItems {\n      amount {\n        value\n      }\n      invoice {\n        id\n        invoiceNumber\n        openBalance {\n          currencyCode\n          value\n        }\n      }\n    }\n  }\n}\n\nquery SupergraphCompanyPayments($id: ID!, $first: Int) {\n  payment(id: $id) {\n    id\n    company {\n      id\n      payments(first: $first) {\n        totalCount\n        nodes {\n          id\n          customerId\n        }\n      }\n    }\n  }\n}": typeof types.SupergraphInvoiceWithPaymentsDocument,
};
const documents: Documents = {
    "query SupergraphInvoiceWithPayments($id: ID!, $first: Int) {\n  invoice(id: $id) {\n    id\n    invoiceNumber\n    openBalance {\n      currencyCode\n      value\n    }\n    payments(first: $first) {\n      totalCount\n      nodes {\n        id\n        total {\n          currencyCode\n          value\n        }\n      }\n    }\n  }\n}\n\nquery SupergraphPaymentWithInvoices($id: ID!) {\n  payment(id: $id) {\n    id\n    total {\n      currencyCode\n      value\n    }\n    lineItems {\n      amount {\n        value\n      }\n      invoice {\n        id\n        invoiceNumber\n        openBalance {\n          currencyCode\n          value\n        }\n      }\n    }\n  }\n}\n\nquery SupergraphCompanyPayments($id: ID!, $first: Int) {\n  payment(id: $id) {\n    id\n    company {\n      id\n      payments(first: $first) {\n        totalCount\n        nodes {\n          id\n          customerId\n        }\n      }\n    }\n  }\n}": types.SupergraphInvoiceWithPaymentsDocument,
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
export function graphql(source: "query SupergraphInvoiceWithPayments($id: ID!, $first: Int) {\n  invoice(id: $id) {\n    id\n    invoiceNumber\n    openBalance {\n      currencyCode\n      value\n    }\n    payments(first: $first) {\n      totalCount\n      nodes {\n        id\n        total {\n          currencyCode\n          value\n        }\n      }\n    }\n  }\n}\n\nquery SupergraphPaymentWithInvoices($id: ID!) {\n  payment(id: $id) {\n    id\n    total {\n      currencyCode\n      value\n    }\n    lineItems {\n      amount {\n        value\n      }\n      invoice {\n        id\n        invoiceNumber\n        openBalance {\n          currencyCode\n          value\n        }\n      }\n    }\n  }\n}\n\nquery SupergraphCompanyPayments($id: ID!, $first: Int) {\n  payment(id: $id) {\n    id\n    company {\n      id\n      payments(first: $first) {\n        totalCount\n        nodes {\n          id\n          customerId\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query SupergraphInvoiceWithPayments($id: ID!, $first: Int) {\n  invoice(id: $id) {\n    id\n    invoiceNumber\n    openBalance {\n      currencyCode\n      value\n    }\n    payments(first: $first) {\n      totalCount\n      nodes {\n        id\n        total {\n          currencyCode\n          value\n        }\n      }\n    }\n  }\n}\n\nquery SupergraphPaymentWithInvoices($id: ID!) {\n  payment(id: $id) {\n    id\n    total {\n      currencyCode\n      value\n    }\n    lineItems {\n      amount {\n        value\n      }\n      invoice {\n        id\n        invoiceNumber\n        openBalance {\n          currencyCode\n          value\n        }\n      }\n    }\n  }\n}\n\nquery SupergraphCompanyPayments($id: ID!, $first: Int) {\n  payment(id: $id) {\n    id\n    company {\n      id\n      payments(first: $first) {\n        totalCount\n        nodes {\n          id\n          customerId\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;