/**
 * The read cache through the front door: GraphQL over HTTP to gateways that read from the sandbox, whose
 * request log shows every upstream call made. One gateway with the cache in its process, then two replicas
 * on one real redis-server. Each test reads as a store of its own (per-request credentials), so no test sees
 * another's answers, pacing or circuit.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import type { FaultAction } from '../src/sandbox/faults.js';
import { GatewayMetrics } from '../src/observability/metrics.js';
import type { SharedStateSettings } from '../src/shared-state/index.js';
import {
  CachedPageDocument,
  CachedPaymentDocument,
  CreateOfflinePaymentIdOnlyDocument,
  UpdatePaymentProcessingStatusDocument,
} from './gql/graphql.js';
import { paymentNotFound, serverError, tooManyRequests } from './support/fault-actions.js';
import { offlinePayment, writtenId } from './support/offline-payment.js';
import { useRedisServer } from './support/use-redis.js';
import { useFileStack } from './support/file-stack.js';
import { startStack, type StackOptions, type TestStack } from './support/stack.js';
import { UpstreamGate } from './support/upstream-gate.js';

const DEFAULTS = loadConfig({}).sharedState;
const REPORT = { 'x-upstream-report': '1' };
const NO_RETRIES = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 };

/** The cache on with `ttlMs`, in the process or on Redis; replicas wait for each other's calls as long as tests run. */
function cacheOn(ttlMs: number, redis?: { url: string; keyPrefix: string }): SharedStateSettings {
  return {
    ...DEFAULTS,
    redis: redis && { ...loadConfig({ REDIS_URL: redis.url }).sharedState.redis!, keyPrefix: redis.keyPrefix },
    readCache: { ...DEFAULTS.readCache, ttlMs, singleFlight: { lockMs: 60_000, waitMs: 60_000 } },
  };
}

/** A caller of its own store: `user` picks the token, so two users of one store are two credentials. */
function caller(store: string, user = 'alice'): Record<string, string> {
  return { 'x-auth-token': `token-${user}`, 'x-store-hash': store, ...REPORT };
}

const newStore = () => `rc${randomUUID().slice(0, 8)}`;

/** The upstream requests the sandbox received for one store, as `METHOD /path?query`. */
function callsOf(stack: TestStack, store: string): string[] {
  return stack.sandbox.log
    .entries()
    .filter((entry) => entry.storeHash === store)
    .map((entry) => {
      const query = new URLSearchParams(entry.query as Record<string, string>).toString();
      return `${entry.method} ${entry.path}${query && `?${query}`}`;
    });
}

/** `extensions.upstream` of an answer that made `calls` calls and had `hits` and `stale` reads from the cache. */
const report = (calls: number, hits: number, stale = 0) => ({
  calls,
  totalMs: expect.any(Number),
  byEndpoint: calls === 0 ? {} : expect.any(Object),
  cache: { hits, stale },
});

/** The one transaction of an offline payment. */
const OFFLINE = [{ type: 'OfflineTransaction' }];

/** The calls of one read of payment 117, in name order (they are made at once). */
const READ_117 = ['GET /payments/117', 'GET /payments/117/transactions'];

const PAYMENT_117 = {
  payment: { id: '117', processingStatus: 'COMPLETED', transactions: expect.any(Array) },
};

/**
 * The calls of a refund through the gateway (the write, then its read back), then of reading that payment
 * and the first page: only its transactions and the page were evicted and not read again since.
 */
const refundThenReads = (id: string) => [
  `PUT /payments/${id}/processing-status`,
  `GET /payments/${id}`,
  `GET /payments/${id}/transactions`,
  'GET /payments?offset=0&limit=1',
];

/** Creates an offline payment as `store`'s caller. */
async function createPayment(stack: TestStack, store: string): Promise<string> {
  const created = await stack.execute(CreateOfflinePaymentIdOnlyDocument, { input: offlinePayment() }, caller(store));
  return writtenId(created.body.data?.createOfflinePayment);
}

/** Payment 117 read by `store`'s caller, then again once that answer came. */
async function readTwice(stack: TestStack, store: string) {
  const first = await stack.execute(CachedPaymentDocument, { id: '117' }, caller(store));
  return [first, await stack.execute(CachedPaymentDocument, { id: '117' }, caller(store))] as const;
}

const PER_REQUEST: StackOptions = { auth: { kind: 'per-request' } };

describe('the read cache in one process', () => {
  const stack = useFileStack({ ...PER_REQUEST, sharedState: cacheOn(60_000) });

  it('answers a second identical query without a call, and reports its hits', async () => {
    const store = newStore();

    const [first, second] = await readTwice(stack, store);

    expect(first.body).toEqual({ data: PAYMENT_117, extensions: { upstream: report(2, 0) } });
    expect(second.body).toEqual({ data: first.body.data, extensions: { upstream: report(0, 2) } });
    expect(callsOf(stack, store).sort()).toEqual(READ_117);
  });

  it('caches list pages with their payments’ transactions and details, which a payment read later shares', async () => {
    const store = newStore();

    const page = await stack.execute(CachedPageDocument, { first: 2 }, caller(store));
    const again = await stack.execute(CachedPageDocument, { first: 2 }, caller(store));
    const [first, second] = page.body.data?.payments.nodes.map((node) => node.id) ?? [];
    const payment = await stack.execute(CachedPaymentDocument, { id: first ?? '' }, caller(store));

    expect(again.body).toEqual({ data: page.body.data, extensions: { upstream: report(0, 3) } });
    // The page's items carry every detail field: each was kept as its payment's detail.
    expect(payment.body).toEqual({
      data: { payment: page.body.data?.payments.nodes[0] },
      extensions: { upstream: report(0, 2) },
    });
    expect(callsOf(stack, store)).toEqual([
      'GET /payments?offset=0&limit=2',
      `GET /payments/${first}/transactions`,
      `GET /payments/${second}/transactions`,
    ]);
  });

  it('never answers another credential, of the same store or another, from what one credential read', async () => {
    const store = newStore();
    const other = newStore();

    await stack.execute(CachedPaymentDocument, { id: '117' }, caller(store, 'alice'));
    const bob = await stack.execute(CachedPaymentDocument, { id: '117' }, caller(store, 'bob'));
    const otherStore = await stack.execute(CachedPaymentDocument, { id: '117' }, caller(other, 'alice'));
    const aliceAgain = await stack.execute(CachedPaymentDocument, { id: '117' }, caller(store, 'alice'));

    expect([bob.body.extensions, otherStore.body.extensions]).toEqual([
      { upstream: report(2, 0) },
      { upstream: report(2, 0) },
    ]);
    expect(aliceAgain.body.extensions).toEqual({ upstream: report(0, 2) });
    expect(callsOf(stack, store)).toHaveLength(4);
    expect(callsOf(stack, other)).toHaveLength(2);
  });

  it('makes one call for identical reads in flight at once', async () => {
    const gate = await UpstreamGate.start(/^\/payments\/117(\/transactions)?$/);
    const metrics = new GatewayMetrics();
    const gated = await startStack({
      ...PER_REQUEST,
      sharedState: cacheOn(60_000),
      b2bBaseUrl: new URL(gate.baseUrl),
      app: { metrics },
    });
    gate.forwardTo(gated.sandbox.baseUrl);
    const store = newStore();
    try {
      const answers = Promise.all(
        Array.from({ length: 5 }, () => gated.execute(CachedPaymentDocument, { id: '117' }, caller(store))),
      );
      await gate.whenHeld(2);
      await until(async () => (await inFlight(metrics)) >= 5, 'the five requests are in flight');
      gate.release();

      const bodies = (await answers).map((answer) => answer.body);
      expect(bodies.map((body) => body.data)).toEqual(Array(5).fill(PAYMENT_117));
      expect(
        bodies.map((body) => (body.extensions?.['upstream'] as { calls: number } | undefined)?.calls).sort(),
      ).toEqual([0, 0, 0, 0, 2]);
      expect(callsOf(gated, store).sort()).toEqual(READ_117);
    } finally {
      await gated.close();
      await gate.stop();
    }
  });

  it('evicts what a write changed before it answers: the payment and the list pages, not other payments', async () => {
    const store = newStore();
    const id = await createPayment(stack, store);
    await stack.execute(CachedPaymentDocument, { id }, caller(store));
    await stack.execute(CachedPaymentDocument, { id: '117' }, caller(store));
    await stack.execute(CachedPageDocument, { first: 1 }, caller(store));
    stack.sandbox.log.clear();

    const write = await stack.execute(
      UpdatePaymentProcessingStatusDocument,
      { input: { paymentId: id, processingStatus: 'REFUNDED' } },
      caller(store),
    );
    const written = await stack.execute(CachedPaymentDocument, { id }, caller(store));
    const untouched = await stack.execute(CachedPaymentDocument, { id: '117' }, caller(store));
    const page = await stack.execute(CachedPageDocument, { first: 1 }, caller(store));

    expect(write.body.data?.updatePaymentProcessingStatus).toMatchObject({ payment: { processingStatus: 'REFUNDED' } });
    expect(written.body).toEqual({
      data: { payment: { id, processingStatus: 'REFUNDED', transactions: expect.any(Array) } },
      // The write read the detail back (kept); its transactions were evicted with it.
      extensions: { upstream: report(1, 1) },
    });
    expect(untouched.body.extensions).toEqual({ upstream: report(0, 2) });
    expect(page.body.data?.payments.nodes).toEqual([{ id, processingStatus: 'REFUNDED', transactions: OFFLINE }]);
    expect(callsOf(stack, store)).toEqual(refundThenReads(id));
  });

  it('evicts after a write whose outcome is unknown, and not after one the upstream refused', async () => {
    const store = newStore();
    const id = await createPayment(stack, store);
    const input = { paymentId: id, processingStatus: 'REFUNDED' } as const;
    const setStatus = () => stack.execute(UpdatePaymentProcessingStatusDocument, { input }, caller(store));
    await stack.execute(CachedPaymentDocument, { id }, caller(store));

    stack.sandbox.faults.add({ method: 'PUT', times: 1, afterHandling: true, action: serverError(503) });
    const unknown = await setStatus();
    const afterUnknown = await stack.execute(CachedPaymentDocument, { id }, caller(store));
    // The status it already has is not one it may be given: a 400, nothing changed upstream.
    const refused = await setStatus();
    const afterRefused = await stack.execute(CachedPaymentDocument, { id }, caller(store));

    expect(unknown.body.errors?.[0]?.extensions?.['code']).toBe('OUTCOME_UNKNOWN');
    expect(afterUnknown.body).toEqual({
      data: { payment: { id, processingStatus: 'REFUNDED', transactions: OFFLINE } },
      extensions: { upstream: report(2, 0) },
    });
    expect(refused.body.data?.updatePaymentProcessingStatus).toMatchObject({ __typename: 'OperationNotAllowedError' });
    expect(afterRefused.body).toEqual({ data: afterUnknown.body.data, extensions: { upstream: report(0, 2) } });
  });
});

describe('with a TTL of 0 (READ_CACHE_TTL_MS=0)', () => {
  const stack = useFileStack({ ...PER_REQUEST, sharedState: cacheOn(0) });

  it('caches nothing: the same query again makes its calls again, and no cache is reported', async () => {
    const store = newStore();

    const [first, second] = await readTwice(stack, store);

    const { cache: _, ...noCache } = report(2, 0);
    expect([first.body, second.body]).toEqual(Array(2).fill({ data: PAYMENT_117, extensions: { upstream: noCache } }));
    expect(callsOf(stack, store).sort()).toEqual([...READ_117, ...READ_117].sort());
  });

  it('serves nothing stale when a call fails', async () => {
    const store = newStore();
    await stack.execute(CachedPaymentDocument, { id: '117' }, caller(store));
    stack.sandbox.faults.add({ method: 'GET', path: '/payments/117', times: 3, action: serverError(503) });

    const failed = await stack.execute(CachedPaymentDocument, { id: '117' }, caller(store));
    expect(failed.body.data).toEqual({ payment: null });
    expect(failed.body.errors?.[0]?.extensions?.['code']).toBe('UPSTREAM_SERVER_ERROR');
    expect(failed.body.extensions).not.toHaveProperty('stale');
  });
});

/** Long enough for a loaded machine to read twice inside it, short enough to wait out. */
const SHORT_TTL_MS = 200;

describe('stale beats an error', () => {
  const stack = useFileStack({
    ...PER_REQUEST,
    sharedState: cacheOn(SHORT_TTL_MS),
    resilience: {
      retry: NO_RETRIES,
      // Opens at the second of two failures after two successes, and stays open for the test.
      breaker: { failurePercent: 40, minimumCalls: 2, windowMs: 60_000, openMs: 60_000 },
    },
  });

  /** Reads payment 117 and waits until that answer is past its TTL (but well within the stale window). */
  async function expiredRead(store: string, user = 'alice') {
    const fresh = await stack.execute(CachedPaymentDocument, { id: '117' }, caller(store, user));
    expect(fresh.body.data).toEqual(PAYMENT_117);
    await sleep(SHORT_TTL_MS + 50);
    return fresh.body.data;
  }

  /** Payment 117 read while the upstream answers each of its calls with `action`. */
  function readFailing(store: string, action: FaultAction, user = 'alice') {
    stack.sandbox.faults.add({ method: 'GET', path: /^\/payments\/117/, action });
    return stack.execute(CachedPaymentDocument, { id: '117' }, caller(store, user));
  }

  /** The whole answer served from kept answers: the data as read before, marked stale with its age. */
  const staleAnswer = (data: unknown, calls: number) => ({
    data,
    extensions: {
      upstream: report(calls, 0, 2),
      stale: { ageMs: expect.any(Number), reads: 2 },
    },
  });

  it('on a 429, and then, the quota known spent, without sending the call at all', async () => {
    const store = newStore();
    const before = await expiredRead(store);

    const answered429 = await readFailing(store, tooManyRequests(60));
    const notSent = await stack.execute(CachedPaymentDocument, { id: '117' }, caller(store));

    expect(answered429.body).toEqual(staleAnswer(before, 2));
    expect(notSent.body).toEqual(staleAnswer(before, 0));
    expect((notSent.body.extensions?.['stale'] as { ageMs: number } | undefined)?.ageMs).toBeGreaterThanOrEqual(
      SHORT_TTL_MS,
    );
    expect(callsOf(stack, store).sort()).toEqual([...READ_117, ...READ_117].sort());
  });

  it('on a 5xx', async () => {
    const store = newStore();
    const before = await expiredRead(store);

    const answer = await readFailing(store, serverError(503));

    expect(answer.body).toEqual(staleAnswer(before, 2));
  });

  it('while the circuit is open, without a call', async () => {
    const store = newStore();
    const before = await expiredRead(store);
    stack.sandbox.faults.add({ method: 'GET', path: /^\/payments\/118/, action: serverError(503) });
    const opening = await stack.execute(CachedPaymentDocument, { id: '118' }, caller(store));
    stack.sandbox.log.clear();

    const answer = await stack.execute(CachedPaymentDocument, { id: '117' }, caller(store));

    expect(opening.body.errors?.[0]?.extensions?.['code']).toBe('UPSTREAM_SERVER_ERROR');
    expect(answer.body).toEqual(staleAnswer(before, 0));
    expect(callsOf(stack, store)).toEqual([]);
  });

  it('not on a 404: the payment is gone, and the answer says so', async () => {
    const store = newStore();
    await expiredRead(store);

    const answer = await readFailing(store, paymentNotFound);

    expect(answer.body).toEqual({ data: { payment: null }, extensions: { upstream: report(2, 0) } });
  });

  it('never with an answer another credential read', async () => {
    const store = newStore();
    await expiredRead(store, 'alice');

    const bob = await readFailing(store, serverError(503), 'bob');

    expect(bob.body.data).toEqual({ payment: null });
    expect(bob.body.errors?.[0]?.extensions?.['code']).toBe('UPSTREAM_SERVER_ERROR');
    expect(bob.body.extensions).not.toHaveProperty('stale');
  });

  it('never for what the request itself wrote: a write read back while the upstream fails shows no kept answer', async () => {
    const store = newStore();
    await expiredRead(store);
    stack.sandbox.faults.add({ method: 'GET', path: '/payments/117', action: serverError(503) });

    const write = await stack.execute(
      UpdatePaymentProcessingStatusDocument,
      { input: { paymentId: '117', processingStatus: 'REFUNDED' } },
      caller(store),
    );

    // Its kept answer says COMPLETED: the payment is missing, with the read's own error, rather than shown so.
    expect(write.body.data).toEqual({
      updatePaymentProcessingStatus: {
        __typename: 'UpdatePaymentProcessingStatusSuccess',
        paymentId: '117',
        payment: null,
      },
    });
    expect(write.body.errors?.map((error) => [error.path, error.extensions?.['code']])).toEqual([
      [['updatePaymentProcessingStatus', 'payment'], 'UPSTREAM_SERVER_ERROR'],
    ]);
    expect(write.body.extensions).toEqual({ upstream: report(2, 0) });
    expect(callsOf(stack, store).slice(2)).toEqual(['PUT /payments/117/processing-status', 'GET /payments/117']);
  });

  it('never for a write: a write the upstream refused with a 429 is an error, whatever the cache holds', async () => {
    const store = newStore();
    await expiredRead(store);
    stack.sandbox.faults.add({ method: 'PUT', action: tooManyRequests(60) });

    const write = await stack.execute(
      UpdatePaymentProcessingStatusDocument,
      { input: { paymentId: '117', processingStatus: 'REFUNDED' } },
      caller(store),
    );

    expect(write.body.data).toEqual({ updatePaymentProcessingStatus: null });
    expect(write.body.errors?.[0]?.extensions?.['code']).toBe('UPSTREAM_RATE_LIMITED');
    expect(write.body.extensions).not.toHaveProperty('stale');
  });
});

/** A gateway with a short TTL over a sandbox whose quota is `limit` calls a minute per store. */
const quotaStack = (limit: number) =>
  useFileStack({ ...PER_REQUEST, sharedState: cacheOn(SHORT_TTL_MS), sandbox: { quota: { limit, windowMs: 60_000 } } });

/** Payment 117 read by a new store's caller (its first 2 calls), once that answer is past its TTL. */
async function keptPastTtl(stack: TestStack) {
  const store = newStore();
  const fresh = await stack.execute(CachedPaymentDocument, { id: '117' }, caller(store));
  await sleep(SHORT_TTL_MS + 50);
  return { store, fresh };
}

/** An answer served from the two kept answers of payment 117, unsent. */
const staleUnsent = (data: unknown) => ({
  data,
  extensions: { upstream: report(0, 0, 2), stale: { ageMs: expect.any(Number), reads: 2 } },
});

describe('a read with a kept answer never waits for the quota', () => {
  // After the first read's 2 calls, 30 are left: all at or below the pacing threshold (30), so every call from
  // then on takes a paced turn, one about every 2 s.
  const stack = quotaStack(32);

  it('is answered stale at once, unsent, while a write and a read with nothing kept still go', async () => {
    const { store, fresh } = await keptPastTtl(stack);

    const stale = await stack.execute(CachedPaymentDocument, { id: '117' }, caller(store));
    const write = await stack.execute(
      UpdatePaymentProcessingStatusDocument,
      { input: { paymentId: '117', processingStatus: 'REFUNDED' } },
      caller(store),
    );
    const nothingKept = await stack.execute(CachedPaymentDocument, { id: '118' }, caller(store));

    expect(fresh.body.data).toEqual(PAYMENT_117);
    expect(stale.body).toEqual(staleUnsent(fresh.body.data));
    expect(write.body.errors).toBeUndefined();
    // Read back after the write evicted it: the kept answer is superseded, so the read waits its turn.
    expect(write.body.data?.updatePaymentProcessingStatus).toMatchObject({ payment: { processingStatus: 'REFUNDED' } });
    expect(nothingKept.body).toEqual({
      data: { payment: { id: '118', processingStatus: expect.any(String), transactions: expect.any(Array) } },
      extensions: { upstream: report(2, 0) },
    });
    // None for the stale read; each read's two calls are made at once, in either order.
    const calls = callsOf(stack, store);
    expect([calls.slice(0, 2).sort(), calls.slice(2, 4), calls.slice(4).sort()]).toEqual([
      READ_117,
      ['PUT /payments/117/processing-status', 'GET /payments/117'],
      ['GET /payments/118', 'GET /payments/118/transactions'],
    ]);
    expect(stack.sandbox.log.entries().filter((entry) => entry.storeHash === store && entry.status !== 200)).toEqual(
      [],
    );
  });
});

describe('reads with a kept answer keep to the window’s even rate', () => {
  // 100 calls a minute: one every 0.6 s at an even rate. After the first read's 2 calls, 98 are left.
  const stack = quotaStack(100);

  it('serves a kept answer stale while the window’s calls are spent ahead of that rate, and refreshes it once they are not', async () => {
    const { store, fresh } = await keptPastTtl(stack);

    // Well above the pacing threshold, but the window has hardly begun: what is left belongs to its rest.
    const stale = await stack.execute(CachedPaymentDocument, { id: '117' }, caller(store));
    const nothingKept = await stack.execute(CachedPaymentDocument, { id: '118' }, caller(store));
    // 96 left: the even rate leaves that many to the rest of the window 2.4 s into it; this is later.
    await sleep(3_500);
    const refreshed = await stack.execute(CachedPaymentDocument, { id: '117' }, caller(store));

    expect(stale.body).toEqual(staleUnsent(fresh.body.data));
    expect(nothingKept.body.extensions).toEqual({ upstream: report(2, 0) });
    expect(refreshed.body).toEqual({ data: fresh.body.data, extensions: { upstream: report(2, 0) } });
    const calls = callsOf(stack, store);
    expect([calls.slice(0, 2).sort(), calls.slice(2, 4).sort(), calls.slice(4).sort()]).toEqual([
      READ_117,
      ['GET /payments/118', 'GET /payments/118/transactions'],
      READ_117,
    ]);
  });
});

describe('two replicas on one Redis', () => {
  const redis = useRedisServer();
  let a: TestStack;
  let b: TestStack;
  let gate: UpstreamGate;
  const metricsOfA = new GatewayMetrics();
  beforeAll(async () => {
    const shared = cacheOn(60_000, { url: redis.current.url, keyPrefix: `test-${randomUUID()}:` });
    a = await startStack({ ...PER_REQUEST, sharedState: shared, app: { metrics: metricsOfA } });
    // B reads A's sandbox, through a gate that can hold its reads of payment 118: one upstream, two replicas.
    gate = await UpstreamGate.start(/^\/payments\/118(\/transactions)?$/);
    gate.forwardTo(a.sandbox.baseUrl);
    b = await startStack({ ...PER_REQUEST, sharedState: shared, b2bBaseUrl: new URL(gate.baseUrl) });
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await gate?.stop();
  });

  it('answers on B what A read, without a call', async () => {
    const store = newStore();

    const onA = await a.execute(CachedPaymentDocument, { id: '117' }, caller(store));
    const onB = await b.execute(CachedPaymentDocument, { id: '117' }, caller(store));

    expect(onB.body).toEqual({ data: onA.body.data, extensions: { upstream: report(0, 2) } });
    expect(callsOf(a, store)).toHaveLength(2);
  });

  it('shows B a write made through A as soon as A answers it', async () => {
    const store = newStore();
    const id = await createPayment(a, store);
    await b.execute(CachedPaymentDocument, { id }, caller(store));
    const pageBefore = await b.execute(CachedPageDocument, { first: 1 }, caller(store));
    a.sandbox.log.clear();

    await a.execute(
      UpdatePaymentProcessingStatusDocument,
      { input: { paymentId: id, processingStatus: 'REFUNDED' } },
      caller(store),
    );
    const onB = await b.execute(CachedPaymentDocument, { id }, caller(store));
    const pageOnB = await b.execute(CachedPageDocument, { first: 1 }, caller(store));

    const completed = { id, processingStatus: 'COMPLETED', transactions: OFFLINE };
    expect(pageBefore.body.data?.payments.nodes).toEqual([completed]);
    expect(onB.body.data).toEqual({ payment: { id, processingStatus: 'REFUNDED', transactions: OFFLINE } });
    expect(pageOnB.body.data?.payments.nodes[0]).toEqual({ id, processingStatus: 'REFUNDED', transactions: OFFLINE });
    expect(callsOf(a, store)).toEqual(refundThenReads(id));
  });

  it('makes one call when A asks for what B is reading', async () => {
    const store = newStore();
    const onB = b.execute(CachedPaymentDocument, { id: '118' }, caller(store));
    await gate.whenHeld(2);
    const onA = a.execute(CachedPaymentDocument, { id: '118' }, caller(store));
    await until(async () => (await inFlight(metricsOfA)) >= 1, 'A’s request is in flight');
    gate.release();

    const [fromB, fromA] = await Promise.all([onB, onA]);
    expect(fromA.body).toEqual({ data: fromB.body.data, extensions: { upstream: report(0, 2) } });
    expect(callsOf(a, store).sort()).toEqual(['GET /payments/118', 'GET /payments/118/transactions']);
  });
});

async function inFlight(metrics: GatewayMetrics): Promise<number> {
  const gauge = await metrics.registry.getSingleMetric('graphql_requests_in_flight')?.get();
  return gauge?.values[0]?.value ?? 0;
}

/** Checks `condition` every 20 ms for as long as a loaded machine may need (15 s). */
async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const giveUpAt = Date.now() + 15_000;
  while (!(await condition())) {
    if (Date.now() > giveUpAt) throw new Error(`timed out waiting until ${what}`);
    await sleep(20);
  }
}
