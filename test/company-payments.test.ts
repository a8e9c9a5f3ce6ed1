import { beforeAll, describe, expect, it } from 'vitest';
import { CompanyPaymentsPageDocument, CreateTwoCompanyPaymentsDocument } from './gql/graphql.js';
import { useFileStack } from './support/file-stack.js';
import { createPaymentFor, sandboxPayments } from './support/sandbox-payments.js';

// The sandbox matches `q` as a substring (src/sandbox/payment-search.ts), as the real API may: company 41's
// id is inside 4102 and 6041, and 3 is inside more than half of the company ids.
const stack = useFileStack();

const company = (id: string) => ({ __typename: 'Company', id });
const keyword = (q: string, offset: number) => `GET /payments?searchBy=customerId&q=${q}&offset=${offset}&limit=250`;

/** Every payment of the store in the upstream's default order (newest first), read from the sandbox itself. */
async function allPayments(): Promise<Array<{ id: string; customerId: string }>> {
  const pages = await Promise.all(
    [0, 250, 500].map((offset) => sandboxPayments(stack.sandbox, { offset: String(offset), limit: '250' })),
  );
  return pages.flatMap((page) => page.payments.map(({ id, customerId }) => ({ id: String(id), customerId })));
}

const paymentsOf = async (customerId: string) =>
  (await allPayments()).filter((payment) => payment.customerId === customerId);

let ownOf41: string[];

beforeAll(async () => {
  const first = await createPaymentFor(stack.sandbox, '41', 300);
  const second = await createPaymentFor(stack.sandbox, '41', 301);
  await createPaymentFor(stack.sandbox, '3', 302);
  ownOf41 = [String(second), String(first)];
});

describe("Company.payments answers exactly the company's own payments", () => {
  it('gives company 41 its 2 payments, not the 38 of 4102 and 6041 its id matches as a keyword', async () => {
    expect((await sandboxPayments(stack.sandbox, { searchBy: 'customerId', q: '41', limit: '1' })).totalCount).toBe(40);
    stack.resetUpstreamLog();

    const { body } = await stack.execute(CompanyPaymentsPageDocument, { representations: [company('41')] });

    expect(body).toEqual({
      data: {
        _entities: [
          {
            id: '41',
            payments: {
              totalCount: 2,
              pageInfo: { hasNextPage: false, hasPreviousPage: false },
              nodes: ownOf41.map((id) => ({ id, customerId: '41' })),
            },
          },
        ],
      },
    });
    expect(stack.upstreamRequests()).toEqual([keyword('41', 0)]);
  });

  it('gives company 4102 its own payments, newest first', async () => {
    const own = await paymentsOf('4102');
    stack.resetUpstreamLog();

    const { body } = await stack.execute(CompanyPaymentsPageDocument, { representations: [company('4102')], limit: 5 });

    expect(own.length).toBeGreaterThan(5);
    expect(body).toEqual({
      data: {
        _entities: [
          {
            id: '4102',
            payments: {
              totalCount: own.length,
              pageInfo: { hasNextPage: true, hasPreviousPage: false },
              nodes: own.slice(0, 5),
            },
          },
        ],
      },
    });
    expect(stack.upstreamRequests()).toEqual([keyword('4102', 0)]);
  });

  it('pages over the exact payments: company 6041 from the fourth, and company 41 from the second', async () => {
    const { body } = await stack.execute(CompanyPaymentsPageDocument, {
      representations: [company('6041'), company('41')],
      offset: 3,
      limit: 2,
    });
    const { body: second } = await stack.execute(CompanyPaymentsPageDocument, {
      representations: [company('41')],
      offset: 1,
      limit: 2,
    });

    expect(body.data?._entities).toEqual([
      {
        id: '6041',
        payments: {
          totalCount: 18,
          pageInfo: { hasNextPage: true, hasPreviousPage: true },
          nodes: [
            { id: '468', customerId: '6041' },
            { id: '454', customerId: '6041' },
          ],
        },
      },
      { id: '41', payments: { totalCount: 2, pageInfo: { hasNextPage: false, hasPreviousPage: true }, nodes: [] } },
    ]);
    expect(second.data?._entities).toEqual([
      {
        id: '41',
        payments: {
          totalCount: 2,
          pageInfo: { hasNextPage: false, hasPreviousPage: true },
          nodes: [{ id: ownOf41[1], customerId: '41' }],
        },
      },
    ]);
    expect(stack.upstreamRequests().sort()).toEqual([keyword('41', 0), keyword('41', 0), keyword('6041', 0)].sort());
  });

  it('reads every page of keyword matches, the first alone and the rest together', async () => {
    const search = { searchBy: 'customerId', q: '3', limit: '1' };
    const { totalCount: matches } = await sandboxPayments(stack.sandbox, search);
    const own = await paymentsOf('3');
    stack.resetUpstreamLog();

    const { body } = await stack.execute(CompanyPaymentsPageDocument, { representations: [company('3')] });

    expect(matches).toBeGreaterThan(250);
    expect(matches).toBeLessThanOrEqual(500);
    expect(own).toHaveLength(1);
    expect(body.data?._entities).toEqual([
      { id: '3', payments: { totalCount: 1, pageInfo: { hasNextPage: false, hasPreviousPage: false }, nodes: own } },
    ]);
    expect(stack.upstreamRequests()).toEqual([keyword('3', 0), keyword('3', 250)]);
  });

  it('scans a company once per request, however often it is asked for', async () => {
    const { body } = await stack.execute(CompanyPaymentsPageDocument, {
      representations: [company('41'), company('41')],
      limit: 1,
    });

    expect(body.data?._entities).toHaveLength(2);
    expect(stack.upstreamRequests()).toEqual([keyword('41', 0)]);
  });

  it('passes the sort to the upstream and keeps its order', async () => {
    const { body } = await stack.execute(CompanyPaymentsPageDocument, {
      representations: [company('41')],
      sortBy: 'CREATED_AT',
      orderBy: 'ASC',
    });

    expect(body.data?._entities).toEqual([
      {
        id: '41',
        payments: {
          totalCount: 2,
          pageInfo: { hasNextPage: false, hasPreviousPage: false },
          nodes: [...ownOf41].reverse().map((id) => ({ id, customerId: '41' })),
        },
      },
    ]);
    expect(stack.upstreamRequests()).toEqual([
      'GET /payments?sortBy=createdAt&orderBy=ASC&searchBy=customerId&q=41&offset=0&limit=250',
    ]);
  });

  it('refuses a company whose id matches more than 2000 payments as a keyword, after one call', async () => {
    stack.sandbox.faults.add({
      method: 'GET',
      path: '/payments',
      times: 1,
      action: {
        kind: 'respond',
        status: 200,
        body: {
          code: 200,
          data: [],
          meta: { message: 'SUCCESS', pagination: { totalCount: 2001, offset: 0, limit: 250 } },
        },
      },
    });

    const { body } = await stack.execute(CompanyPaymentsPageDocument, { representations: [company('7')] });

    expect(body).toEqual({
      data: { _entities: [null] },
      errors: [
        {
          message:
            "Company 7's id matches 2001 payments as an upstream keyword, " +
            'more than the 2000 the gateway reads to find its own.',
          locations: expect.any(Array),
          path: ['_entities', 0, 'payments'],
          extensions: { code: 'SEARCH_TOO_BROAD', keywordMatches: 2001, maxMatches: 2000 },
        },
      ],
    });
    expect(stack.upstreamRequests()).toEqual([keyword('7', 0)]);
  });

  it("reads a company's payments again after a write in the same request", async () => {
    const input = (invoiceId: string) => ({
      customerId: '42',
      currencyCode: 'USD',
      lineItems: [{ invoiceId, amount: '1.00' }],
    });

    const variables = { first: input('310'), second: input('311') };

    const { body } = await stack.execute(CreateTwoCompanyPaymentsDocument, variables);

    const first = body.data?.first && 'paymentId' in body.data.first ? body.data.first.paymentId : undefined;
    const second = body.data?.second && 'paymentId' in body.data.second ? body.data.second.paymentId : undefined;
    const companyWith = (totalCount: number) => ({ company: { payments: { totalCount } } });
    expect(body).toEqual({
      data: {
        first: { paymentId: first, payment: companyWith(1) },
        second: { paymentId: second, payment: companyWith(2) },
      },
    });
    expect(stack.upstreamRequests()).toEqual([
      'POST /payments/offline',
      `GET /payments/${first}`,
      keyword('42', 0),
      'POST /payments/offline',
      `GET /payments/${second}`,
      keyword('42', 0),
    ]);
  });
});
