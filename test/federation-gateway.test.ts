import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SubgraphSdlDocument } from './gql/graphql.js';
import {
  SupergraphCompanyPaymentsDocument,
  SupergraphInvoiceWithPaymentsDocument,
  SupergraphPaymentWithInvoicesDocument,
} from './gql-supergraph/graphql.js';
import { startInvoiceSubgraph, type InvoiceSubgraph } from './support/invoice-subgraph.js';
import { createPaymentFor, sandboxPayments } from './support/sandbox-payments.js';
import { startStack, type TestStack } from './support/stack.js';
import {
  composeTestSupergraph,
  startSupergraphGateway,
  type SubgraphUrls,
  type SupergraphGateway,
} from './support/supergraph.js';

let stack: TestStack;
let invoices: InvoiceSubgraph;
let gateway: SupergraphGateway;
let paymentsSdl: string;
let urls: SubgraphUrls;

// The supergraph is composed the way a platform team would: from each subgraph's `_service { sdl }`.
beforeAll(async () => {
  stack = await startStack();
  invoices = await startInvoiceSubgraph();
  const { body } = await stack.execute(SubgraphSdlDocument);
  paymentsSdl = body.data?._service.sdl ?? '';
  urls = { payments: `${stack.gatewayUrl}/graphql`, invoices: invoices.url };
  gateway = startSupergraphGateway(composeTestSupergraph(parse(paymentsSdl), urls).supergraphSdl);
});
afterAll(async () => {
  await gateway.close();
  await invoices.close();
  await stack.close();
});
beforeEach(() => {
  stack.resetUpstreamLog();
  invoices.resetRequests();
});

describe('through a Hive gateway over the payments and invoices subgraphs', () => {
  it('joins an invoice from the invoices subgraph to its payments from this one: one upstream call', async () => {
    const { status, body } = await gateway.execute(SupergraphInvoiceWithPaymentsDocument, { id: '141', first: 10 });

    expect(status).toBe(200);
    expect(body).toEqual({
      data: {
        invoice: {
          id: '141',
          invoiceNumber: 'INV-141',
          openBalance: { currencyCode: 'GBP', value: '0.0000' },
          payments: {
            totalCount: 4,
            nodes: [
              { id: '254', total: { currencyCode: 'GBP', value: '1201.3000' } },
              { id: '242', total: { currencyCode: 'GBP', value: '1714.9600' } },
              { id: '117', total: { currencyCode: 'GBP', value: '156.5300' } },
              { id: '1', total: { currencyCode: 'GBP', value: '296.3300' } },
            ],
          },
        },
      },
    });
    expect(stack.upstreamRequests()).toEqual(['GET /payments?invoiceId=141&offset=0&limit=10']);
    expect(invoices.requests().map((request) => request.variables)).toEqual([{ id: '141' }]);
  });

  it("joins a payment's line items to invoice fields the invoices subgraph serves: one upstream call", async () => {
    const { status, body } = await gateway.execute(SupergraphPaymentWithInvoicesDocument, { id: '117' });

    expect(status).toBe(200);
    expect(body).toEqual({
      data: {
        payment: {
          id: '117',
          total: { currencyCode: 'GBP', value: '156.5300' },
          lineItems: [
            {
              amount: { value: '0.7800' },
              invoice: { id: '141', invoiceNumber: 'INV-141', openBalance: { currencyCode: 'GBP', value: '0.0000' } },
            },
            {
              amount: { value: '120.5000' },
              invoice: { id: '142', invoiceNumber: 'INV-142', openBalance: { currencyCode: 'GBP', value: '79.5000' } },
            },
            {
              amount: { value: '35.2500' },
              invoice: { id: '143', invoiceNumber: 'INV-143', openBalance: { currencyCode: 'GBP', value: '14.7500' } },
            },
          ],
        },
      },
    });
    expect(stack.upstreamRequests()).toEqual(['GET /payments/117']);
    // The gateway fetched the three invoices in one `_entities` request to the invoices subgraph.
    expect(invoices.requests().map((request) => request.variables)).toEqual([
      {
        representations: [
          { __typename: 'Invoice', id: '141' },
          { __typename: 'Invoice', id: '142' },
          { __typename: 'Invoice', id: '143' },
        ],
      },
    ]);
  });

  it("answers a payment's company and the company's payments within this subgraph: two upstream calls", async () => {
    const { body } = await gateway.execute(SupergraphCompanyPaymentsDocument, { id: '117', first: 3 });

    expect(body).toEqual({
      data: {
        payment: {
          id: '117',
          company: {
            id: '6041',
            payments: {
              totalCount: 18,
              nodes: [
                { id: '520', customerId: '6041' },
                { id: '516', customerId: '6041' },
                { id: '493', customerId: '6041' },
              ],
            },
          },
        },
      },
    });
    expect(stack.upstreamRequests()).toEqual([
      'GET /payments/117',
      'GET /payments?searchBy=customerId&q=6041&offset=0&limit=250',
    ]);
    expect(invoices.requests()).toEqual([]);
  });

  it("answers company 41's payments, not those of 4102 and 6041 its id matches as a keyword", async () => {
    const first = await createPaymentFor(stack.sandbox, '41', 300);
    const second = await createPaymentFor(stack.sandbox, '41', 301);
    const of4102 = (await sandboxPayments(stack.sandbox, { searchBy: 'customerId', q: '4102', limit: '3' })).payments;
    stack.resetUpstreamLog();

    const { body: of41 } = await gateway.execute(SupergraphCompanyPaymentsDocument, { id: String(first), first: 3 });
    const { body: ofCompany4102 } = await gateway.execute(SupergraphCompanyPaymentsDocument, {
      id: String(of4102[0]?.id),
      first: 3,
    });

    const own41 = [second, first].map((id) => ({ id: String(id), customerId: '41' }));
    expect(of41).toEqual({
      data: { payment: { id: String(first), company: { id: '41', payments: { totalCount: 2, nodes: own41 } } } },
    });
    expect(ofCompany4102).toEqual({
      data: {
        payment: {
          id: String(of4102[0]?.id),
          company: {
            id: '4102',
            payments: {
              totalCount: 20,
              nodes: of4102.map(({ id }) => ({ id: String(id), customerId: '4102' })),
            },
          },
        },
      },
    });
    expect(stack.upstreamRequests()).toEqual([
      `GET /payments/${first}`,
      'GET /payments?searchBy=customerId&q=41&offset=0&limit=250',
      `GET /payments/${of4102[0]?.id}`,
      'GET /payments?searchBy=customerId&q=4102&offset=0&limit=250',
    ]);
  });
});

describe('composition', () => {
  it('composes beside another Relay subgraph, whose PageInfo it shares', () => {
    const orders = parse(/* GraphQL */ `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@shareable"])
      type Query { orders(first: Int): OrderConnection! }
      type OrderConnection { pageInfo: PageInfo! }
      type PageInfo @shareable {
        hasNextPage: Boolean!
        hasPreviousPage: Boolean!
        startCursor: String
        endCursor: String
      }
    `);

    const supergraph = composeTestSupergraph(parse(paymentsSdl), urls, [
      { name: 'orders', typeDefs: orders, url: 'http://orders.invalid/graphql' },
    ]);

    expect(supergraph.publicSdl).toContain('orders(first: Int): OrderConnection!');
  });

  it('fails on a subgraph that conflicts with this one', () => {
    const conflicting = parse(/* GraphQL */ `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
      type Query { latestPayment: Payment }
      type Payment @key(fields: "id") { id: ID! total: Float! }
    `);

    expect(() =>
      composeTestSupergraph(parse(paymentsSdl), urls, [
        { name: 'conflicting', typeDefs: conflicting, url: 'http://conflicting.invalid/graphql' },
      ]),
    ).toThrow(/^Supergraph composition failed:\n {2}- .*Payment\.total/);
  });
});
