import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  CompanyPaymentEntitiesDocument,
  InvoicePaymentEntitiesDocument,
  PaymentEntitiesDocument,
  PaymentReferencesDocument,
  SubgraphSdlDocument,
} from './gql/graphql.js';
import { useFileStack } from './support/file-stack.js';

// One stack per file; each test starts with an empty request log and no fault rules.
const stack = useFileStack();

const payment = (id: string) => ({ __typename: 'Payment', id });

describe('_service', () => {
  it('answers the subgraph SDL with its federation @link: the committed schema/schema.graphql', async () => {
    const { body } = await stack.execute(SubgraphSdlDocument);

    const sdl = body.data?._service.sdl ?? '';
    expect(`${sdl}\n`).toBe(await readFile(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));
    expect(sdl).toMatch(
      /^extend schema\n {2}@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+", import: \[/,
    );
    for (const entity of ['Payment', 'Invoice', 'Company']) {
      expect(sdl).toContain(`type ${entity}\n  @key(fields: "id")\n{`);
    }
    expect(stack.upstreamRequests()).toEqual([]);
  });
});

describe('_entities: Payment', () => {
  it('resolves 100 representations with one upstream call per distinct payment', async () => {
    const distinctIds = Array.from({ length: 25 }, (_, index) => String(index + 1));
    // Every id four times, interleaved, as a gateway batching four lists of references would send them.
    const ids = Array.from({ length: 100 }, (_, index) => distinctIds[(index * 7) % 25] ?? '');

    const { body } = await stack.execute(PaymentEntitiesDocument, { representations: ids.map(payment) });

    expect(body.errors).toBeUndefined();
    const entities = body.data?._entities ?? [];
    expect(entities.map((entity) => entity && 'id' in entity && entity.id)).toEqual(ids);
    expect(entities[ids.indexOf('1')]).toEqual({
      __typename: 'Payment',
      id: '1',
      total: { currencyCode: 'GBP', value: '296.3300' },
    });
    const calls = stack.upstreamRequests();
    expect(calls.sort()).toEqual(distinctIds.map((id) => `GET /payments/${id}`).sort());
  });

  it('answers null for a missing payment and an error for a bad id, without failing the others', async () => {
    const representations = [payment('117'), payment('1.1'), payment('999999'), payment('117')];

    const { body } = await stack.execute(PaymentEntitiesDocument, { representations });

    expect(body.data?._entities).toEqual([
      { __typename: 'Payment', id: '117', total: { currencyCode: 'GBP', value: '156.5300' } },
      null,
      null,
      { __typename: 'Payment', id: '117', total: { currencyCode: 'GBP', value: '156.5300' } },
    ]);
    expect(body.errors).toEqual([
      {
        message: 'Payment.id must be a positive whole number, got "1.1".',
        locations: [{ line: 2, column: 3 }],
        path: ['_entities', 1],
        extensions: { code: 'BAD_USER_INPUT', argument: 'Payment.id' },
      },
    ]);
    expect(stack.upstreamRequests().sort()).toEqual(['GET /payments/117', 'GET /payments/999999']);
  });

  it('fails only the representations of a payment whose upstream call failed', async () => {
    stack.sandbox.faults.add({ path: '/payments/2', action: { kind: 'respond', status: 503, body: {} } });

    const { body } = await stack.execute(PaymentEntitiesDocument, {
      representations: [payment('1'), payment('2'), payment('2')],
    });

    expect(body.data?._entities.map((entity) => entity && 'id' in entity && entity.id)).toEqual(['1', null, null]);
    expect(body.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
      [['_entities', 1], 'UPSTREAM_SERVER_ERROR'],
      [['_entities', 2], 'UPSTREAM_SERVER_ERROR'],
    ]);
    // Once per distinct payment; the failing read is tried UPSTREAM_RETRY_ATTEMPTS (3) times.
    expect(stack.upstreamRequests().sort()).toEqual([
      'GET /payments/1',
      'GET /payments/2',
      'GET /payments/2',
      'GET /payments/2',
    ]);
  });
});

describe('_entities: Invoice and Company', () => {
  it('adds the payments of an invoice: one GET /payments?invoiceId= per invoice', async () => {
    const { body } = await stack.execute(InvoicePaymentEntitiesDocument, {
      representations: [
        { __typename: 'Invoice', id: '141' },
        { __typename: 'Invoice', id: '142' },
      ],
      first: 2,
    });

    expect(body).toEqual({
      data: {
        _entities: [
          {
            id: '141',
            payments: {
              totalCount: 4,
              nodes: [
                { id: '254', lineItems: [{ invoiceId: '141' }] },
                { id: '242', lineItems: [{ invoiceId: '141' }] },
              ],
              pageInfo: { hasNextPage: true },
            },
          },
          {
            id: '142',
            payments: {
              totalCount: 3,
              nodes: [
                { id: '221', lineItems: expect.arrayContaining([{ invoiceId: '142' }]) },
                { id: '185', lineItems: expect.arrayContaining([{ invoiceId: '142' }]) },
              ],
              pageInfo: { hasNextPage: true },
            },
          },
        ],
      },
    });
    expect(stack.upstreamRequests().sort()).toEqual([
      'GET /payments?invoiceId=141&offset=0&limit=2',
      'GET /payments?invoiceId=142&offset=0&limit=2',
    ]);
  });

  it('adds the payments of a company: its keyword matches read whole, the window taken from its own', async () => {
    const { body } = await stack.execute(CompanyPaymentEntitiesDocument, {
      representations: [{ __typename: 'Company', id: '6041' }],
      offset: 3,
      limit: 2,
    });

    expect(body).toEqual({
      data: {
        _entities: [
          {
            id: '6041',
            payments: {
              totalCount: 18,
              nodes: [
                { id: '468', customerId: '6041' },
                { id: '454', customerId: '6041' },
              ],
            },
          },
        ],
      },
    });
    expect(stack.upstreamRequests()).toEqual(['GET /payments?searchBy=customerId&q=6041&offset=0&limit=250']);
  });

  it('refuses invoice and company ids that are not positive integers without calling upstream', async () => {
    const { body: invoices } = await stack.execute(InvoicePaymentEntitiesDocument, {
      representations: [
        { __typename: 'Invoice', id: '0' },
        { __typename: 'Invoice', id: '141 OR 1=1' },
      ],
    });
    const { body: companies } = await stack.execute(CompanyPaymentEntitiesDocument, {
      representations: [{ __typename: 'Company', id: '-6041' }],
    });

    expect(invoices.data?._entities).toEqual([null, null]);
    expect(invoices.errors?.map((error) => [error.path, error.message, error.extensions?.['code']])).toEqual([
      [['_entities', 0], 'Invoice.id must be a positive whole number, got "0".', 'BAD_USER_INPUT'],
      [['_entities', 1], 'Invoice.id must be a positive whole number, got "141 OR 1=1".', 'BAD_USER_INPUT'],
    ]);
    expect(companies.data?._entities).toEqual([null]);
    expect(companies.errors?.map((error) => [error.path, error.message, error.extensions?.['code']])).toEqual([
      [['_entities', 0], 'Company.id must be a positive whole number, got "-6041".', 'BAD_USER_INPUT'],
    ]);
    expect(stack.upstreamRequests()).toEqual([]);
  });
});

describe('references to entities other subgraphs own', () => {
  it("offers a payment's company and its line items' invoices as entity references, from the payment alone", async () => {
    const { body } = await stack.execute(PaymentReferencesDocument, { id: '117' });

    expect(body).toEqual({
      data: {
        payment: {
          id: '117',
          company: { id: '6041' },
          lineItems: [{ invoice: { id: '141' } }, { invoice: { id: '142' } }, { invoice: { id: '143' } }],
        },
      },
    });
    expect(stack.upstreamRequests()).toEqual(['GET /payments/117']);
  });
});
