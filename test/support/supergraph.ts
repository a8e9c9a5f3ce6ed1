import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { composeServices, compositionHasErrors, type CompositionSuccess } from '@theguild/federation-composition';
import { print, type DocumentNode } from 'graphql';
import { INVOICE_SUBGRAPH_TYPE_DEFS } from './invoice-subgraph.js';
import type { GraphQLResponse } from './stack.js';

/** Where each subgraph of the test supergraph answers. */
export interface SubgraphUrls {
  payments: string;
  invoices: string;
}

export interface SubgraphDefinition {
  name: string;
  typeDefs: DocumentNode;
  url: string;
}

/**
 * Composes this repository's payments subgraph (its SDL as `_service { sdl }` returns it) with the test
 * invoice subgraph and any others given, with The Guild's composition library (Hive's own). A composition
 * error throws: it fails the test run, and `npm run schema:check`, which composes the same supergraph to
 * type the gateway's test operations.
 */
export function composeTestSupergraph(
  paymentsSdl: DocumentNode,
  urls: SubgraphUrls,
  others: SubgraphDefinition[] = [],
): CompositionSuccess {
  const result = composeServices([
    { name: 'payments', typeDefs: paymentsSdl, url: urls.payments },
    { name: 'invoices', typeDefs: INVOICE_SUBGRAPH_TYPE_DEFS, url: urls.invoices },
    ...others,
  ]);
  if (compositionHasErrors(result)) {
    throw new Error(
      `Supergraph composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`,
    );
  }
  return result;
}

export interface SupergraphGateway {
  execute<Data, Variables>(
    document: TypedDocumentNode<Data, Variables>,
    variables?: Variables,
  ): Promise<GraphQLResponse<Data>>;
  close(): Promise<void>;
}

/**
 * Hive Gateway's runtime, in-process, serving a composed supergraph: it plans each query and calls the
 * subgraphs over real HTTP at the URLs composed into the supergraph. Lives until `close`.
 */
export function startSupergraphGateway(supergraphSdl: string): SupergraphGateway {
  const gateway = createGatewayRuntime({ supergraph: supergraphSdl, logging: false });
  return {
    async execute(document, variables) {
      const response = await gateway.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    close: async () => {
      await gateway.dispose();
    },
  };
}
