import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createYoga, type GraphQLParams } from 'graphql-yoga';

/**
 * A second subgraph, written for the federation tests: it owns invoice numbers and open balances and
 * keys `Invoice` by the same `id` the payments subgraph references. Numbers read `INV-...` so a test can
 * tell them from the payments subgraph's own `LineItem.invoiceNumber`.
 */
export const INVOICE_SUBGRAPH_TYPE_DEFS = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

  type Query {
    invoice(id: ID!): Invoice
  }

  type Invoice @key(fields: "id") {
    id: ID!
    invoiceNumber: String!
    openBalance: InvoiceBalance!
  }

  type InvoiceBalance {
    currencyCode: String!
    value: String!
  }
`);

interface Invoice {
  id: string;
  invoiceNumber: string;
  openBalance: { currencyCode: string; value: string };
}

/** The invoices of payment 117 (the sandbox's docs example), and nothing else. */
const INVOICES = new Map<string, Invoice>(
  [
    ['141', '0.0000'],
    ['142', '79.5000'],
    ['143', '14.7500'],
  ].map(([id = '', value = '']) => [
    id,
    { id, invoiceNumber: `INV-${id}`, openBalance: { currencyCode: 'GBP', value } },
  ]),
);

const findInvoice = (id: string): Invoice | null => INVOICES.get(id) ?? null;

export interface InvoiceSubgraph {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:PORT/graphql */
  url: string;
  /** The GraphQL requests it received since the last reset, in order. */
  requests(): GraphQLParams[];
  resetRequests(): void;
  close(): Promise<void>;
}

/** Starts the invoice subgraph (graphql-yoga over `buildSubgraphSchema`) on a free loopback port. */
export async function startInvoiceSubgraph(): Promise<InvoiceSubgraph> {
  let received: GraphQLParams[] = [];
  const schema = buildSubgraphSchema({
    typeDefs: INVOICE_SUBGRAPH_TYPE_DEFS,
    resolvers: {
      Query: { invoice: (_root: unknown, args: { id: string }) => findInvoice(args.id) },
      Invoice: { __resolveReference: (reference: { id: string }) => findInvoice(reference.id) },
    },
  });
  const yoga = createYoga({
    schema,
    logging: false,
    plugins: [{ onParams: ({ params }) => void received.push(params) }],
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests: () => structuredClone(received),
    resetRequests: () => {
      received = [];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
