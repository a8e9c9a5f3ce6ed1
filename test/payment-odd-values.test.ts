import { describe, expect, it } from 'vitest';
import { PaymentPageNumbersDocument } from './gql/graphql.js';
import { useFileStack } from './support/file-stack.js';
import { TEST_CREDENTIALS } from './support/stack.js';

const stack = useFileStack();

type RawPayment = Record<string, unknown> & { id: number; createdAt: number; processingStatus: number };

/** The sandbox's own first page of five, as GET /payments answers it. */
async function firstPage(): Promise<{ data: RawPayment[]; meta: unknown; code: number }> {
  const response = await fetch(`${stack.sandbox.baseUrl}/payments?offset=0&limit=5`, {
    headers: { 'x-auth-token': TEST_CREDENTIALS.authToken, 'x-store-hash': TEST_CREDENTIALS.storeHash },
  });
  return (await response.json()) as { data: RawPayment[]; meta: unknown; code: number };
}

/** Answers the next GET /payments with the first page, its third item changed. */
async function servePageWithOddItem(change: Record<string, unknown>): Promise<RawPayment[]> {
  const page = await firstPage();
  const data = page.data.map((item, index) => (index === 2 ? { ...item, ...change } : item));
  const action = { kind: 'respond', status: 200, body: { ...page, data } } as const;
  stack.sandbox.faults.add({ method: 'GET', path: '/payments', times: 1, action });
  stack.resetUpstreamLog();
  return data;
}

const CODES = ['INCOMPLETE', 'AWAITING_PROCESSING', 'PROCESSING', 'COMPLETED', 'REFUNDED'];

/** What the gateway answers for a payment whose values all fit their GraphQL types. */
function whole(item: RawPayment) {
  return {
    id: String(item.id),
    createdAt: new Date(item.createdAt * 1000).toISOString(),
    createdAtUnix: item.createdAt,
    processingStatus: CODES[item.processingStatus] ?? 'UNKNOWN',
    processingStatusCode: item.processingStatus,
    lineItems: (item['lineItems'] as Array<{ invoiceId: number }>).map(({ invoiceId }) => ({
      invoiceId: String(invoiceId),
    })),
    operations: { allowedStatusCodes: item['allowedStatuses'] },
  };
}

describe('a value the contract allows but GraphQL cannot show fails only its own field', () => {
  it.each<[string, Record<string, unknown>, string, (item: RawPayment) => object]>([
    [
      'createdAt past year 275760 (1e20 seconds)',
      { createdAt: 1e20 },
      'createdAt',
      (item) => ({ ...whole({ ...item, createdAt: 0 }), createdAt: null, createdAtUnix: 1e20 }),
    ],
    [
      'a processing status of 2^40',
      { processingStatus: 2 ** 40 },
      'processingStatusCode',
      (item) => ({ ...whole(item), processingStatus: 'UNKNOWN', processingStatusCode: null }),
    ],
  ])('%s: four whole items and one located error, compiled or not', async (_, change, field, oddItem) => {
    // From its second run a document runs compiled (graphql-jit): all three runs answer the same.
    for (let run = 0; run < 3; run++) {
      const page = await servePageWithOddItem(change);

      const { body } = await stack.execute(PaymentPageNumbersDocument, { limit: 5 });

      expect(body).toEqual({
        data: { payments: { nodes: page.map((item, index) => (index === 2 ? oddItem(item) : whole(item))) } },
        errors: [
          {
            message: 'Unexpected error.',
            locations: [expect.any(Object)],
            path: ['payments', 'nodes', 2, field],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      });
      expect(stack.upstreamRequests()).toEqual(['GET /payments?offset=0&limit=5']);
    }
  });

  it('accepts fractional seconds, an unknown code and a fractional invoice id without any error', async () => {
    const page = await servePageWithOddItem({
      createdAt: 1638000000.5,
      processingStatus: 7,
      lineItems: [
        { paymentId: 1, invoiceId: 141.5, invoiceNumber: '00000141', amount: { code: 'GBP', value: '1.0000' } },
      ],
    });

    const { body } = await stack.execute(PaymentPageNumbersDocument, { limit: 5 });

    const odd = {
      ...whole({ ...page[2]!, lineItems: [] }),
      createdAt: '2021-11-27T08:00:00.500Z',
      createdAtUnix: 1638000000.5,
      processingStatus: 'UNKNOWN',
      processingStatusCode: 7,
      lineItems: [{ invoiceId: '141.5' }],
    };
    expect(body).toEqual({
      data: { payments: { nodes: page.map((item, index) => (index === 2 ? odd : whole(item))) } },
    });
    expect(stack.upstreamRequests()).toEqual(['GET /payments?offset=0&limit=5']);
  });
});
