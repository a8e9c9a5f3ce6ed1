import { describe, expect, it } from 'vitest';
import { PaymentTotalDocument, UpstreamCallsPageWithTransactionsDocument } from './gql/graphql.js';
import { DEFAULT_LIMITS } from '../src/security/query-limits.js';
import { SINGLE_ATTEMPT, startStack, type TestStack } from './support/stack.js';

/** Runs a test against a stack of its own, closed whatever happens. */
async function withStack(options: Parameters<typeof startStack>[0], test: (stack: TestStack) => Promise<void>) {
  const stack = await startStack(options);
  try {
    await test(stack);
  } finally {
    await stack.close();
  }
}

// Sandbox latency keeps calls open long enough for the sandbox's gauge to see how many overlap.
describe('bounded fan-out: upstream requests in flight per store', () => {
  it('a 250-payment page with transactions: 251 calls, never more than the cap at once, on as many sockets', () =>
    // 251 calls are over the default cost limit (150 calls' worth): this test is about the cap, not the limit.
    withStack(
      { sandbox: { latencyMs: 10 }, upstreamMaxInFlight: 8, app: { limits: { ...DEFAULT_LIMITS, maxCost: 60_000 } } },
      async (stack) => {
        const { body } = await stack.execute(UpstreamCallsPageWithTransactionsDocument, { limit: 250 });

        expect(body.errors).toBeUndefined();
        expect(body.data?.payments.nodes).toHaveLength(250);
        expect(stack.upstreamRequests()).toHaveLength(251);
        expect(stack.sandbox.concurrency.requests.peak()).toBe(8);
        expect(stack.sandbox.concurrency.sockets.peak()).toBeLessThanOrEqual(8);
      },
    ));

  it('caps each store on its own: two stores at once each reach the cap, and no more', () =>
    withStack(
      { sandbox: { latencyMs: 10 }, auth: { kind: 'per-request' }, upstreamMaxInFlight: 4, poolConnections: 32 },
      async (stack) => {
        const asStore = (storeHash: string) =>
          stack.execute(
            UpstreamCallsPageWithTransactionsDocument,
            { limit: 40 },
            { 'x-auth-token': 'token', 'x-store-hash': storeHash },
          );

        const answers = await Promise.all([asStore('storea'), asStore('storeb')]);

        expect(answers.map(({ body }) => body.data?.payments.nodes.length)).toEqual([40, 40]);
        const { requests } = stack.sandbox.concurrency;
        expect([requests.peak('storea'), requests.peak('storeb')]).toEqual([4, 4]);
        // Both stores had calls in flight together: the cap is per store, not one cap for everyone.
        expect(requests.peak()).toBeGreaterThan(4);
      },
    ));

  it('a call that fails gives its slot back', () =>
    // One attempt, so the reset reaches the client instead of being retried.
    withStack({ upstreamMaxInFlight: 1, resilience: SINGLE_ATTEMPT }, async (stack) => {
      stack.sandbox.faults.add({ path: '/payments/117', times: 1, action: { kind: 'reset' } });

      const failed = await stack.execute(PaymentTotalDocument, { id: '117' });
      const next = await stack.execute(PaymentTotalDocument, { id: '117' });

      expect(failed.body.errors?.map((error) => error.extensions?.['code'])).toEqual(['UPSTREAM_UNREACHABLE']);
      expect(next.body).toEqual({
        data: { payment: { id: '117', total: { currencyCode: 'GBP', value: '156.5300' } } },
      });
    }));
});
