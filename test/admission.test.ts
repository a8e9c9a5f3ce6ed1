/**
 * Admission by the query's cost and a cap that follows the quota, through the front door: the sandbox's
 * quota is on, and its request log says what each request cost. The cost bounds a request's calls before it
 * runs; a request whose calls cannot all start before its deadline is refused at once, unsent, while one
 * that fits in a fresh window sends its calls together instead of eight at a time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PaymentTotalDocument, UpstreamCallsPageWithTransactionsDocument } from './gql/graphql.js';
import { startStack, type StackOptions, type TestStack } from './support/stack.js';
import { UpstreamGate } from './support/upstream-gate.js';

const REPORT = { 'x-upstream-report': '1' };
const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((each) => each.close()));
});

/** A stack whose caller is proven; `prepare` runs first (e.g. pointing a gate at the stack's sandbox). */
async function stackWith(options: StackOptions, prepare?: (stack: TestStack) => void): Promise<TestStack> {
  const stack = await startStack(options);
  opened.push(stack);
  prepare?.(stack);
  // One call proves the credentials: from then on the store's quota counts and admits this caller's calls.
  expect((await stack.execute(PaymentTotalDocument, { id: '117' })).body.errors).toBeUndefined();
  stack.resetUpstreamLog();
  return stack;
}

const pageWithTransactions = (stack: TestStack, limit: number) =>
  stack.execute(UpstreamCallsPageWithTransactionsDocument, { limit }, REPORT);

describe('admission by the query cost', () => {
  // 59 calls left after the first: 29 may go at once, the 30 below the threshold one every 2 s.
  const QUOTA = { limit: 60, windowMs: 60_000 };

  it('refuses at once, sending nothing, a request whose calls cannot all start before its deadline', async () => {
    const stack = await stackWith({ sandbox: { quota: QUOTA } });

    // 51 calls: 29 at once and 22 paced turns, the last about 44 s away; the deadline is 15 s.
    const refused = await pageWithTransactions(stack, 50);

    expect(refused.body).toEqual({
      data: null,
      errors: [
        {
          message: 'The upstream API rate limit is exhausted; retry later.',
          locations: [{ line: 2, column: 3 }],
          path: ['payments'],
          extensions: { code: 'UPSTREAM_RATE_LIMITED', retryable: true, retryAfterSeconds: expect.any(Number) },
        },
      ],
      extensions: { upstream: { calls: 0, totalMs: 0, byEndpoint: {} } },
    });
    const retryAfter = refused.body.errors?.[0]?.extensions?.['retryAfterSeconds'];
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(stack.upstreamRequests()).toEqual([]);
    // The first request, before the credentials were proven, was admitted with nothing held.
    const metrics = await (await fetch(`${stack.gatewayUrl}/metrics`)).text();
    expect(metrics.split('\n').filter((line) => line.startsWith('upstream_admissions_total{'))).toEqual([
      'upstream_admissions_total{outcome="not-held"} 1',
      'upstream_admissions_total{outcome="refused"} 1',
    ]);
  });

  it('spends none of the quota on a refused request: one that fits is answered whole after it', async () => {
    const stack = await stackWith({ sandbox: { quota: QUOTA } });

    const refused = await pageWithTransactions(stack, 50);
    const fits = await pageWithTransactions(stack, 25);

    expect(refused.body.errors?.map((error) => error.extensions?.['code'])).toEqual(['UPSTREAM_RATE_LIMITED']);
    expect(fits.body.errors).toBeUndefined();
    expect(fits.body.data?.payments.nodes).toHaveLength(25);
    expect(fits.body.extensions?.['upstream']).toMatchObject({ calls: 26 });
    expect(stack.sandbox.log.entries().map((entry) => entry.status)).toEqual(Array(26).fill(200));
  });

  it('sends a request that fits only in paced turns, whole, in turns that never overrun the quota', async () => {
    const stack = await stackWith({ sandbox: { quota: { limit: 36, windowMs: 60_000 } } });

    // 35 left: 5 at once, 2 in the next paced turns (now, then 2 s later), within the deadline.
    const paced = await pageWithTransactions(stack, 6);
    // 28 left, all below the threshold: a 9-call page's turns, one every 2 s after those held, end 19 s away.
    const tooMany = await pageWithTransactions(stack, 8);

    expect(paced.body.errors).toBeUndefined();
    expect(paced.body.extensions?.['upstream']).toMatchObject({ calls: 7 });
    expect(tooMany.body.errors?.map((error) => error.extensions?.['code'])).toEqual(['UPSTREAM_RATE_LIMITED']);
    expect(stack.sandbox.log.entries().map((entry) => entry.status)).toEqual(Array(7).fill(200));
  });
});

describe('the in-flight cap follows the quota', () => {
  it('sends a 50-payment page’s transactions at once while the window is fresh: two upstream rounds, not eight', async () => {
    const gate = await UpstreamGate.start(/^\/payments\/\d+\/transactions$/);
    opened.push({ close: () => gate.stop() });
    const stack = await stackWith(
      { sandbox: { quota: { limit: 150, windowMs: 60_000 }, latencyMs: 50 }, b2bBaseUrl: new URL(gate.baseUrl) },
      (started) => gate.forwardTo(started.sandbox.baseUrl),
    );

    const view = pageWithTransactions(stack, 50);
    // Round one is the page; round two, every transactions call, held at the gate together. With a fixed cap
    // of 8 only 8 would ever be held, and the view would end (its deadline spent) before 50 were.
    const first = await Promise.race([
      gate.whenHeld(50).then(() => 'all 50 held at once'),
      view.then(() => 'view ended'),
    ]);
    gate.release();
    const { body } = await view;

    expect(first).toBe('all 50 held at once');
    expect(body.errors).toBeUndefined();
    expect(body.data?.payments.nodes).toHaveLength(50);
    const requests = stack.upstreamRequests();
    expect(requests[0]).toBe('GET /payments?offset=0&limit=50');
    expect(requests.slice(1).sort()).toEqual(
      body.data?.payments.nodes.map((node) => `GET /payments/${node.id}/transactions`).sort(),
    );
    expect(stack.sandbox.log.entries().every((entry) => entry.status === 200)).toBe(true);
  });
});
