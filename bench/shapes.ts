import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print } from 'graphql';
import {
  PaymentWithEverythingDocument,
  UpstreamCallsPageWithEverythingDocument,
  UpstreamCallsPageWithOperationsDocument,
  UpstreamCallsPageWithTransactionsDocument,
  UpstreamCallsThreeAliasesDocument,
} from '../test/gql/graphql.js';

/** The store the gateway and the optimum both read as; the sandbox gives it its own seeded data. */
export const BENCH_CREDENTIALS = { authToken: 'bench-token', storeHash: 'bench' };

/** A benchmarked query: the same request body goes to the gateway and to the optimum. */
export interface Shape {
  label: string;
  operationName: string;
  /** The JSON request body: operation name, query text and variables. */
  body: string;
}

function shape<Variables>(label: string, document: TypedDocumentNode<unknown, Variables>, variables: Variables): Shape {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const operationName = operation?.name?.value;
  if (!operationName) throw new Error(`${label}: the document has no named operation`);
  return { label, operationName, body: JSON.stringify({ operationName, query: print(document), variables }) };
}

/** The benchmark's query shapes, as test/upstream-calls.test.ts asserts their upstream calls. */
export const SHAPES: Shape[] = [
  shape('1 payment, everything', PaymentWithEverythingDocument, { id: '117' }),
  shape('50 payments + transactions', UpstreamCallsPageWithTransactionsDocument, { limit: 50 }),
  shape('50 payments + operations', UpstreamCallsPageWithOperationsDocument, { limit: 50 }),
  shape('50 payments, everything', UpstreamCallsPageWithEverythingDocument, { limit: 50 }),
  shape('1 payment, 3 aliases', UpstreamCallsThreeAliasesDocument, { id: '117' }),
];
