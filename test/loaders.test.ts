import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  LoadersPageDetailsAndFeesDocument,
  LoadersPageDetailsDocument,
  LoadersPageOperationsThenModuleDataDocument,
  LoadersPageSummaryAndOperationsDocument,
  LoadersPaymentTransactionsSkippedDocument,
  LoadersPaymentWithTransactionsDocument,
} from './gql/graphql.js';
import { TEST_CREDENTIALS, startStack, type TestStack } from './support/stack.js';

const DETAIL_ONLY_FIELDS = ['details', 'fees', 'moduleData', 'allowedOperations', 'allowedStatuses'];
const PAGE_IDS = [540, 539, 538];
const LIST_3 = 'GET /payments?offset=0&limit=3';

describe('list items the real API may send without some detail fields (docs/upstream-contract.md §2.1)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.sandbox.faults.clear();
    stack.resetUpstreamLog();
  });

  /** Makes the next GET /payments answer the sandbox's own first page with these detail-only fields left out. */
  async function nextPageLeavesOut(fields: string[]): Promise<void> {
    const response = await fetch(`${stack.sandbox.baseUrl}/payments?offset=0&limit=3`, {
      headers: { 'x-auth-token': TEST_CREDENTIALS.authToken, 'x-store-hash': TEST_CREDENTIALS.storeHash },
    });
    const page = (await response.json()) as { data: Array<Record<string, unknown>> };
    const data = page.data.map((item) =>
      Object.fromEntries(Object.entries(item).filter(([key]) => !fields.includes(key))),
    );
    stack.sandbox.faults.add({
      method: 'GET',
      path: '/payments',
      times: 1,
      action: { kind: 'respond', status: 200, body: { ...page, data } },
    });
    stack.resetUpstreamLog();
  }

  it('answers fields every list item carries without a detail call, and operations from the item', async () => {
    await nextPageLeavesOut(['details', 'fees', 'moduleData']);

    const { body } = await stack.execute(LoadersPageSummaryAndOperationsDocument, { limit: 3 });

    expect(body).toEqual({
      data: {
        payments: {
          nodes: [
            { id: '540', total: { value: '807.0751' }, operations: { allowedStatusCodes: [1, 2, 4] } },
            { id: '539', total: { value: expect.any(String) }, operations: { allowedStatusCodes: expect.any(Array) } },
            { id: '538', total: { value: expect.any(String) }, operations: { allowedStatusCodes: expect.any(Array) } },
          ],
        },
      },
    });
    expect(stack.upstreamRequests()).toEqual([LIST_3]);
  });

  it('answers a detail-only field the item carried without a call', async () => {
    await nextPageLeavesOut(['fees', 'moduleData', 'allowedOperations', 'allowedStatuses']);

    const { body } = await stack.execute(LoadersPageDetailsDocument, { limit: 3 });

    expect(body.errors).toBeUndefined();
    expect(body.data?.payments.nodes.map((payment) => payment.id)).toEqual(PAGE_IDS.map(String));
    expect(stack.upstreamRequests()).toEqual([LIST_3]);
  });

  it('loads the detail, once per payment, only for a field the item left out', async () => {
    await nextPageLeavesOut(['fees', 'moduleData', 'allowedOperations', 'allowedStatuses']);

    const { body } = await stack.execute(LoadersPageDetailsAndFeesDocument, { limit: 3 });

    expect(body.errors).toBeUndefined();
    expect(body.data?.payments.nodes.map((payment) => payment.fees)).toEqual([[], [], []]);
    expect(stack.upstreamRequests().sort()).toEqual([LIST_3, ...PAGE_IDS.map((id) => `GET /payments/${id}`)].sort());
  });

  it('takes operations from a detail loaded for a sibling field, whichever field comes first', async () => {
    await nextPageLeavesOut(DETAIL_ONLY_FIELDS);

    const { body } = await stack.execute(LoadersPageOperationsThenModuleDataDocument, { limit: 3 });

    expect(body.errors).toBeUndefined();
    expect(body.data?.payments.nodes[0]).toEqual({
      id: '540',
      operations: { allowedStatusCodes: [1, 2, 4] },
      moduleData: { transactions: [{ type: expect.any(String) }] },
    });
    // No GET /payments/{id}/operations: the details asked for in the same pass carry the operations.
    expect(stack.upstreamRequests().sort()).toEqual([LIST_3, ...PAGE_IDS.map((id) => `GET /payments/${id}`)].sort());
  });

  it('calls GET /operations only when nothing else in the query needs the detail', async () => {
    await nextPageLeavesOut(DETAIL_ONLY_FIELDS);

    const { body } = await stack.execute(LoadersPageSummaryAndOperationsDocument, { limit: 3 });

    expect(body.data?.payments.nodes[0]?.operations).toEqual({ allowedStatusCodes: [1, 2, 4] });
    expect(stack.upstreamRequests().sort()).toEqual(
      [LIST_3, ...PAGE_IDS.map((id) => `GET /payments/${id}/operations`)].sort(),
    );
  });
});

describe('the call plan of Query.payment', () => {
  let stack: TestStack;
  beforeAll(async () => {
    // Latency keeps each call open long enough for the sandbox to see which ones overlap, even on a loaded
    // machine where the gateway may take a while between starting the two calls.
    stack = await startStack({ sandbox: { latencyMs: 400 } });
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.resetUpstreamLog();
    stack.sandbox.concurrency.requests.resetPeaks();
  });

  it('sends the transactions call beside the detail call, not after it', async () => {
    const { body } = await stack.execute(LoadersPaymentWithTransactionsDocument, { id: '117' });

    expect(body).toEqual({ data: { payment: { id: '117', transactions: [{ type: 'OfflineTransaction' }] } } });
    expect(stack.upstreamRequests().sort()).toEqual(['GET /payments/117', 'GET /payments/117/transactions']);
    expect(stack.sandbox.concurrency.requests.peak()).toBe(2);
  });

  it('plans no transactions call for a field the query skips', async () => {
    const { body } = await stack.execute(LoadersPaymentTransactionsSkippedDocument, { id: '117', skip: true });

    expect(body).toEqual({ data: { payment: { id: '117' } } });
    expect(stack.upstreamRequests()).toEqual(['GET /payments/117']);
  });
});
