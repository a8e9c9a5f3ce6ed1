import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IsolationSamePaymentsDocument } from './gql/graphql.js';
import { startStack, type TestStack } from './support/stack.js';

/** Each store's calls: the detail and transactions of payment 117 (in parallel) and one page. */
const CALLS_PER_STORE = ['GET /payments', 'GET /payments/117', 'GET /payments/117/transactions'];

describe('isolation between callers of different stores', () => {
  let stack: TestStack;
  beforeAll(async () => {
    // Per-request credentials; latency keeps both requests' calls in flight at the same time.
    stack = await startStack({ auth: { kind: 'per-request' }, sandbox: { latencyMs: 20 } });
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.resetUpstreamLog();
    stack.sandbox.concurrency.requests.resetPeaks();
  });

  const asStore = (storeHash: string) =>
    stack.execute(IsolationSamePaymentsDocument, { id: '117' }, { 'x-auth-token': `token-${storeHash}`, 'x-store-hash': storeHash });

  /** The calls the sandbox received with this store hash, as `METHOD /path`, sorted. */
  const callsOf = (storeHash: string) =>
    stack.sandbox.log
      .entries()
      .filter((entry) => entry.storeHash === storeHash)
      .map((entry) => `${entry.method} ${entry.path}`)
      .sort();

  it('gives two requests running at once, for the same payment ids, each its own store data', async () => {
    const [alpha, beta] = await Promise.all([asStore('alpha'), asStore('beta')]);

    for (const [storeHash, { body }] of [['alpha', alpha], ['beta', beta]] as const) {
      expect(body.errors).toBeUndefined();
      expect(body.data?.payment).toEqual({ id: '117', storeHash, transactions: [{ type: 'OfflineTransaction' }] });
      expect(body.data?.payments.nodes.map((payment) => [payment.id, payment.storeHash])).toEqual([
        ['540', storeHash],
        ['539', storeHash],
        ['538', storeHash],
      ]);
    }
    // Every upstream call carried its caller's store hash, and each caller's calls were made once.
    expect(stack.sandbox.log.entries()).toHaveLength(2 * CALLS_PER_STORE.length);
    expect(callsOf('alpha')).toEqual(CALLS_PER_STORE);
    expect(callsOf('beta')).toEqual(CALLS_PER_STORE);
    // The two requests really overlapped upstream.
    const { requests } = stack.sandbox.concurrency;
    expect(requests.peak()).toBeGreaterThan(Math.max(requests.peak('alpha'), requests.peak('beta')));
  });

  it('keeps nothing between requests: the same query again makes its calls again', async () => {
    await asStore('alpha');
    await asStore('alpha');

    expect(callsOf('alpha')).toEqual([...CALLS_PER_STORE, ...CALLS_PER_STORE].sort());
  });
});
