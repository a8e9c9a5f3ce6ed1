import { setTimeout as sleep } from 'node:timers/promises';
import { print } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FaultAction } from '../src/sandbox/faults.js';
import { IsolationSamePaymentsDocument, PaymentTotalDocument } from './gql/graphql.js';
import { startStack, type StackOptions, type TestStack } from './support/stack.js';

/** Each store's calls: the detail and transactions of payment 117 (in parallel) and one page. */
const CALLS_PER_STORE = ['GET /payments', 'GET /payments/117', 'GET /payments/117/transactions'];

describe('isolation between callers of different stores', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ auth: { kind: 'per-request' } });
    // A document's first run is parsed and its second compiled: both before the two requests that must
    // run together.
    await asStore('warmup');
    await asStore('warmup');
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.sandbox.faults.clear();
    stack.resetUpstreamLog();
    stack.sandbox.concurrency.requests.resetPeaks();
  });

  const asStore = (storeHash: string) =>
    stack.execute(
      IsolationSamePaymentsDocument,
      { id: '117' },
      { 'x-auth-token': `token-${storeHash}`, 'x-store-hash': storeHash },
    );

  /** The calls the sandbox received with this store hash, as `METHOD /path`, sorted. */
  const callsOf = (storeHash: string) =>
    stack.sandbox.log
      .entries()
      .filter((entry) => entry.storeHash === storeHash)
      .map((entry) => `${entry.method} ${entry.path}`)
      .sort();

  it('gives two requests running at once, for the same payment ids, each its own store data', async () => {
    // Slow answers keep both requests' calls in flight at the same time, on a loaded machine too.
    stack.sandbox.faults.add({ action: { kind: 'delay', ms: 1_000 } });
    const [alpha, beta] = await Promise.all([asStore('alpha'), asStore('beta')]);

    for (const [storeHash, { body }] of [
      ['alpha', alpha],
      ['beta', beta],
    ] as const) {
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

/**
 * Caller Y holds its store's real token. Caller X knows Y's store hash and sends it with tokens of its
 * own: one the upstream does not know (401), one of another store (the contract's server errors for a
 * mismatched hash, 500), one whose calls hang, and one whose answers claim the store's quota is spent.
 */
describe("one caller's failures, hangs and bad tokens never change what another caller gets", () => {
  const STORE = 'storey';
  const Y = { 'x-auth-token': 'token-y', 'x-store-hash': STORE };
  const X = {
    otherStore: { 'x-auth-token': 'token-x', 'x-store-hash': STORE },
    unknown: { 'x-auth-token': 'token-nobody', 'x-store-hash': STORE },
    hanging: { 'x-auth-token': 'token-hang', 'x-store-hash': STORE },
    quotaLie: { 'x-auth-token': 'token-lie', 'x-store-hash': STORE },
  };
  /** As many of X's calls hang as a caller may have in flight: the store's whole cap, when it was per store. */
  const HANGING = 8;
  /** X asks for payments Y never asks for, so the sandbox's log tells their calls apart. */
  const X_PATH = /^\/payments\/3\d\d$/;
  const SPENT_FOR_A_MINUTE: FaultAction = {
    kind: 'respond',
    status: 429,
    headers: {
      'X-Requests-Allocated': '150 times/60 s',
      'X-Requests-Remaining': '0 times',
      'X-Request-Window-Resets-After': '60 s',
    },
  };
  const options: StackOptions = {
    auth: { kind: 'per-request' },
    sandbox: {
      credentials: { [STORE]: Y['x-auth-token'], storex: X.otherStore['x-auth-token'] },
      // Y's run spends 18 calls and never comes near the pacing threshold; X's calls spend none.
      quota: { limit: 30, windowMs: 60_000 },
    },
    upstreamMaxInFlight: HANGING,
    // X's hung calls last this long; Y's whole run takes a fraction of it.
    upstreamTimeoutMs: 10_000,
    resilience: { requestDeadlineMs: 10_000, pacing: { threshold: 10 } },
  };

  let baseline: TestStack;
  let shared: TestStack;
  beforeAll(async () => {
    [baseline, shared] = await Promise.all([startStack(options), startStack(options)]);
  });
  afterAll(() => Promise.all([baseline.close(), shared.close()]));

  const asY = async (stack: TestStack) => (await stack.execute(IsolationSamePaymentsDocument, { id: '117' }, Y)).body;

  /** One of X's requests, as the error code it got; `signal` lets the test end a hung one. */
  async function asX(stack: TestStack, headers: Record<string, string>, id: number, signal?: AbortSignal) {
    const response = await fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: print(PaymentTotalDocument), variables: { id: String(id) } }),
      ...(signal && { signal }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    return body.errors?.[0]?.extensions?.code ?? 'OK';
  }

  /**
   * Y's requests: one before X starts, three while X's failures run, two after them. `x.start` runs once
   * Y's first answer is in; `x.meanwhile` beside Y's next three requests.
   */
  async function runY(stack: TestStack, x?: { start(): Promise<void>; meanwhile(): Promise<void> }) {
    const answers = [await asY(stack)];
    await x?.start();
    const [during] = await Promise.all([Promise.all([asY(stack), asY(stack), asY(stack)]), x?.meanwhile()]);
    answers.push(...during, await asY(stack), await asY(stack));
    return answers;
  }

  /** Y's upstream calls with their answers' statuses, in a stable order. */
  const callsOfY = (stack: TestStack) =>
    stack.sandbox.log
      .entries()
      .filter((entry) => !X_PATH.test(entry.path))
      .map((entry) => `${entry.storeHash} ${entry.method} ${entry.path} ${JSON.stringify(entry.query)} ${entry.status}`)
      .sort();

  /** Waits, by counting, until the sandbox has received `count` calls on X's paths. */
  async function untilXCalls(stack: TestStack, count: number): Promise<void> {
    for (let waited = 0; waited < 5_000; waited += 10) {
      if (stack.sandbox.log.entries().filter((entry) => X_PATH.test(entry.path)).length >= count) return;
      await sleep(10);
    }
    throw new Error(`X's ${count} calls never reached the sandbox`);
  }

  it("answers Y from the upstream exactly as if X did not exist, before, during and after X's calls", async () => {
    const expectedAnswers = await runY(baseline);
    const expectedCalls = callsOfY(baseline);

    const byToken = (headers: { 'x-auth-token': string }) => ({ name: 'x-auth-token', value: headers['x-auth-token'] });
    shared.sandbox.faults.add({ header: byToken(X.hanging), action: { kind: 'stall' } });
    shared.sandbox.faults.add({ header: byToken(X.quotaLie), action: SPENT_FOR_A_MINUTE });
    const hangs = new AbortController();
    const hung: Array<Promise<string>> = [];
    let hangsOver = 0;
    const xCodes: string[] = [];
    const answers = await runY(shared, {
      async start() {
        for (let i = 0; i < HANGING; i += 1) {
          const request = asX(shared, X.hanging, 300 + i, hangs.signal).finally(() => (hangsOver += 1));
          hung.push(request.catch(() => 'ABORTED'));
        }
        await untilXCalls(shared, HANGING);
      },
      async meanwhile() {
        // One after another, so that X's own circuit opens on the way.
        for (let i = 0; i < 6; i += 1) xCodes.push(await asX(shared, X.otherStore, 320 + i));
        const refused = await Promise.all([
          ...[0, 1, 2].map((i) => asX(shared, X.unknown, 330 + i)),
          ...[0, 1].map((i) => asX(shared, X.quotaLie, 340 + i)),
        ]);
        xCodes.push(...refused);
      },
    });

    // Y was answered in full while every one of X's hung calls still held its place.
    expect(hangsOver).toBe(0);
    expect(answers).toEqual(expectedAnswers);
    expect(callsOfY(shared)).toEqual(expectedCalls);
    // X got what its credentials earn: server errors until its own circuit opened, then none sent.
    expect(xCodes).toEqual([
      'UPSTREAM_SERVER_ERROR',
      'UPSTREAM_SERVER_ERROR',
      'UPSTREAM_SERVER_ERROR',
      'UPSTREAM_SERVER_ERROR',
      'UPSTREAM_UNAVAILABLE',
      'UPSTREAM_UNAVAILABLE',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UPSTREAM_RATE_LIMITED',
      'UPSTREAM_RATE_LIMITED',
    ]);
    hangs.abort();
    expect(await Promise.all(hung)).toEqual(Array(HANGING).fill('ABORTED'));
  });
});
