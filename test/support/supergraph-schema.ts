import { printSubgraphSchema } from '@apollo/subgraph';
import { buildASTSchema, parse } from 'graphql';
import { schema as paymentsSchema } from '../../src/schema/index.js';
import { composeTestSupergraph } from './supergraph.js';

/**
 * The API schema of the test supergraph, which graphql-codegen reads (`schema`) to type the operations
 * tests send through the gateway (test/operations/supergraph/). URLs do not matter to the types.
 */
export const schema = buildASTSchema(
  composeTestSupergraph(parse(printSubgraphSchema(paymentsSchema)), {
    payments: 'http://payments.invalid/graphql',
    invoices: 'http://invoices.invalid/graphql',
  }).publicDocumentNode,
);
