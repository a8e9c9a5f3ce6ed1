import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CreateOfflinePaymentDocument,
  PaymentTotalDocument,
  PaymentWithEverythingDocument,
  UpstreamCallsPageWithEverythingDocument,
  UpstreamCallsPageWithOperationsDocument,
  UpstreamCallsPageWithTransactionsDocument,
  UpstreamCallsThreeAliasesDocument,
} from './gql/graphql.js';
import { twoInvoices, writtenId } from './support/offline-payment.js';
import { startStack, type TestStack } from './support/stack.js';

const REPORT = { 'x-upstream-report': '1' };
/** The newest 50 of the sandbox's 540 payments, as the first page lists them. */
const FIRST_50_IDS = Array.from({ length: 50 }, (_, index) => 540 - index);
const LIST_50 = 'GET /payments?offset=0&limit=50';
const transactionsOf = (ids: number[]) => ids.map((id) => `GET /payments/${id}/transactions`);

/** The report a response should carry for these call counts per endpoint; durations vary, so any number. */
function expectedReport(callsByEndpoint: Record<string, number>) {
  const counts = Object.values(callsByEndpoint);
  return {
    calls: counts.reduce((sum, count) => sum + count, 0),
    totalMs: expect.any(Number),
    byEndpoint: Object.fromEntries(
      Object.entries(callsByEndpoint).map(([endpoint, calls]) => [endpoint, { calls, totalMs: expect.any(Number) }]),
    ),
  };
}

describe('the upstream calls of each query shape, and extensions.upstream', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.resetUpstreamLog());

  it('one payment with everything: the detail and its transactions, nothing else', async () => {
    const { body } = await stack.execute(PaymentWithEverythingDocument, { id: '117' }, REPORT);

    expect(body.errors).toBeUndefined();
    expect(body.data?.payment?.operations?.allowedOperations).toEqual(['REVERT_INVOICE_BALANCES']);
    expect(stack.upstreamRequests().sort()).toEqual(['GET /payments/117', 'GET /payments/117/transactions']);
    expect(body.extensions?.['upstream']).toEqual(expectedReport({ getPayment: 1, listPaymentTransactions: 1 }));
  });

  // With everything, the page's items stand in for 50 detail calls: only transactions cost a call each.
  it.each([
    ['transactions', UpstreamCallsPageWithTransactionsDocument],
    ['everything', UpstreamCallsPageWithEverythingDocument],
  ] as const)('50 payments with %s: the page and one transactions call per payment', async (_shape, document) => {
    const { body } = await stack.execute(document, { limit: 50 }, REPORT);

    expect(body.errors).toBeUndefined();
    expect(body.data?.payments.nodes.map((payment) => Number(payment.id))).toEqual(FIRST_50_IDS);
    expect(stack.upstreamRequests().sort()).toEqual([LIST_50, ...transactionsOf(FIRST_50_IDS)].sort());
    expect(body.extensions?.['upstream']).toEqual(expectedReport({ listPayments: 1, listPaymentTransactions: 50 }));
  });

  it('50 payments with operations: the page alone, since its items carry the allowed operations', async () => {
    const { body } = await stack.execute(UpstreamCallsPageWithOperationsDocument, { limit: 50 }, REPORT);

    expect(body.errors).toBeUndefined();
    expect(body.data?.payments.nodes).toHaveLength(50);
    expect(body.data?.payments.nodes.find((payment) => payment.id === '540')?.operations).toEqual({
      allowedOperations: ['REVERT_INVOICE_BALANCES'],
      allowedOperationCodes: [1],
      allowedStatuses: ['AWAITING_PROCESSING', 'PROCESSING', 'REFUNDED'],
      allowedStatusCodes: [1, 2, 4],
    });
    expect(stack.upstreamRequests()).toEqual([LIST_50]);
    expect(body.extensions?.['upstream']).toEqual(expectedReport({ listPayments: 1 }));
  });

  it('one payment through three aliases, a fragment and an inline fragment: each endpoint once', async () => {
    const { body } = await stack.execute(UpstreamCallsThreeAliasesDocument, { id: '117' }, REPORT);

    expect(body.data).toEqual({
      summary: { id: '117', total: { currencyCode: 'GBP', value: '156.5300' } },
      status: {
        id: '117',
        processingStatus: 'COMPLETED',
        operations: {
          allowedOperations: ['REVERT_INVOICE_BALANCES'],
          allowedStatuses: ['AWAITING_PROCESSING', 'PROCESSING', 'REFUNDED'],
        },
        transactions: [{ type: 'OfflineTransaction' }],
      },
      record: {
        id: '117',
        details: { memo: 'Payment received via offline check' },
        moduleData: { transactions: [{ type: 'OfflineTransaction' }] },
        transactions: [{ type: 'OfflineTransaction' }],
      },
    });
    expect(stack.upstreamRequests().sort()).toEqual(['GET /payments/117', 'GET /payments/117/transactions']);
    expect(body.extensions?.['upstream']).toEqual(expectedReport({ getPayment: 1, listPaymentTransactions: 1 }));
  });

  it('reports the calls that failed too', async () => {
    const { body } = await stack.execute(PaymentTotalDocument, { id: '999999' }, REPORT);

    expect(body.data).toEqual({ payment: null });
    expect(body.extensions?.['upstream']).toEqual(expectedReport({ getPayment: 1 }));
  });

  it('adds no report unless the caller asks for it', async () => {
    const { body } = await stack.execute(PaymentTotalDocument, { id: '117' }, { 'x-upstream-report': '0' });

    expect(body).toEqual({ data: { payment: { id: '117', total: { currencyCode: 'GBP', value: '156.5300' } } } });
  });
});

// A stack of its own: the payment it writes would move the first page the other tests read, in any order.
it('a mutation that returns the payment: the write, then one detail read', async () => {
  const stack = await startStack();
  try {
    const { body } = await stack.execute(CreateOfflinePaymentDocument, { input: twoInvoices }, REPORT);

    const id = writtenId(body.data?.createOfflinePayment);
    expect(stack.upstreamRequests()).toEqual(['POST /payments/offline', `GET /payments/${id}`]);
    expect(body.extensions?.['upstream']).toEqual(expectedReport({ createOfflinePayment: 1, getPayment: 1 }));
  } finally {
    await stack.close();
  }
});

describe('UPSTREAM_REPORT', () => {
  it('always: every response carries the report, asked for or not', async () => {
    const stack = await startStack({ upstreamReport: 'always' });
    try {
      const { body } = await stack.execute(PaymentTotalDocument, { id: '117' });

      expect(body.extensions?.['upstream']).toEqual(expectedReport({ getPayment: 1 }));
    } finally {
      await stack.close();
    }
  });

  it('off: no response carries it, even when asked for', async () => {
    const stack = await startStack({ upstreamReport: 'off' });
    try {
      const { body } = await stack.execute(PaymentTotalDocument, { id: '117' }, REPORT);

      expect(body.extensions).toBeUndefined();
      expect(stack.upstreamRequests()).toEqual(['GET /payments/117']);
    } finally {
      await stack.close();
    }
  });
});
