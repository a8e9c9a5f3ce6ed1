/**
 * How the gateway behaves towards a failing, slow or rate-limited upstream: retries of reads within the
 * request's deadline, the reset header honoured, writes never sent twice, pacing before 429s and the circuit
 * breaker. Each test uses its own store hash (per-request credentials), since pacing
 * and circuit state are per store and live as long as the gateway.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { print } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../src/observability/logging.js';
import type { FaultAction } from '../src/sandbox/faults.js';
import { CreateOfflinePaymentIdOnlyDocument, PaymentTotalDocument } from './gql/graphql.js';
import { serverError, tooManyRequests } from './support/fault-actions.js';
import { offlinePayment } from './support/offline-payment.js';
import { startStack, type StackOptions, type TestStack } from './support/stack.js';

const FAILED = serverError(503);

/** A stack whose stores are the callers' own, so each test starts with fresh pacing and circuit state. */
async function perStoreStack(
  options: StackOptions = {},
): Promise<TestStack & { store: string; headers: Record<string, string> }> {
  const stack = await startStack({ auth: { kind: 'per-request' }, upstreamTimeoutMs: 300, ...options });
  const store = `store${randomUUID().slice(0, 8)}`;
  return Object.assign(stack, { store, headers: { 'x-auth-token': 'token', 'x-store-hash': store } });
}

const NO_BREAKER = { failurePercent: 0, minimumCalls: 1, windowMs: 10_000, openMs: 1_000 };
const NO_RETRIES = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 };
const OK_117 = { data: { payment: { id: '117', total: { currencyCode: 'GBP', value: '156.5300' } } } };

describe('retries of reads', () => {
  let stack: Awaited<ReturnType<typeof perStoreStack>>;
  beforeAll(async () => {
    stack = await perStoreStack({
      // Half of these calls fail on purpose: the breaker, tested below, would rightly stop them.
      resilience: { retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 }, breaker: { ...NO_BREAKER } },
    });
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.sandbox.faults.clear();
    stack.resetUpstreamLog();
  });

  it.each<[string, FaultAction, number]>([
    ['two 503s', FAILED, 2],
    ['a connection reset', { kind: 'reset' }, 1],
    ['a body that stalls halfway', { kind: 'stall' }, 1],
    ['an answer later than the call timeout', { kind: 'delay', ms: 1_000 }, 1],
  ])('answers in full after %s, trying again each time', async (_, action, times) => {
    stack.sandbox.faults.add({ method: 'GET', path: '/payments/117', times, action });

    const { body } = await stack.execute(PaymentTotalDocument, { id: '117' }, stack.headers);

    expect(body).toEqual(OK_117);
    expect(stack.upstreamRequests()).toEqual(Array(times + 1).fill('GET /payments/117'));
  });

  it('waits for the window reset a 429 names before trying again', async () => {
    stack.sandbox.faults.add({ method: 'GET', path: '/payments/117', times: 1, action: tooManyRequests(0.3) });

    const { body } = await stack.execute(PaymentTotalDocument, { id: '117' }, stack.headers);

    expect(body).toEqual(OK_117);
    const [refused, retried] = stack.sandbox.log.entries();
    expect([refused?.status, retried?.status]).toEqual([429, 200]);
    // The backoff alone is at most 50 ms here: only the header explains a later second try.
    expect((retried?.at ?? 0) - (refused?.at ?? 0)).toBeGreaterThanOrEqual(290);
  });
});

describe('the request deadline', () => {
  it('caps the tries of a failing read and answers with the last failure', async () => {
    // Backoffs of half their ceiling: 50, 100, 200, 200... ms, so a 700 ms deadline holds about 5 of 10 tries.
    const stack = await perStoreStack({
      random: () => 0.5,
      resilience: {
        requestDeadlineMs: 700,
        retry: { attempts: 10, baseDelayMs: 100, maxDelayMs: 400 },
        breaker: { ...NO_BREAKER },
      },
    });
    try {
      stack.sandbox.faults.add({ method: 'GET', path: '/payments/117', action: FAILED });

      const { body } = await stack.execute(PaymentTotalDocument, { id: '117' }, stack.headers);

      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'UPSTREAM_SERVER_ERROR',
        retryable: true,
        upstreamStatus: 503,
      });
      const tries = stack.upstreamRequests().length;
      expect(tries).toBeGreaterThanOrEqual(3);
      expect(tries).toBeLessThanOrEqual(6);
    } finally {
      await stack.close();
    }
  });

  it('answers UPSTREAM_RATE_LIMITED at once when the reset a 429 names is beyond the deadline', async () => {
    const stack = await perStoreStack({ resilience: { requestDeadlineMs: 1_000 } });
    try {
      stack.sandbox.faults.add({ method: 'GET', path: '/payments/117', action: tooManyRequests(30) });

      const { body } = await stack.execute(PaymentTotalDocument, { id: '117' }, stack.headers);

      expect(body.errors?.[0]?.extensions).toEqual({
        code: 'UPSTREAM_RATE_LIMITED',
        retryable: true,
        upstreamStatus: 429,
        upstreamRequestId: expect.any(String),
        retryAfterSeconds: 30,
      });
      expect(stack.upstreamRequests()).toEqual(['GET /payments/117']);
    } finally {
      await stack.close();
    }
  });
});

describe('the in-flight cap', () => {
  it('lets a request whose client left leave the queue for a slot at once, sending nothing', async () => {
    const logged: string[] = [];
    const logger = createLogger('info', { write: (line: string) => logged.push(line) });
    const stack = await perStoreStack({ upstreamMaxInFlight: 1, upstreamTimeoutMs: 5_000, app: { logger } });
    try {
      stack.sandbox.faults.add({
        method: 'GET',
        path: '/payments/117',
        times: 1,
        action: { kind: 'delay', ms: 1_000 },
      });
      const holder = stack.execute(PaymentTotalDocument, { id: '117' }, stack.headers);
      await sleep(100);

      // The second caller queues behind the slow call and leaves after 100 ms.
      const leaving = fetch(`${stack.gatewayUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...stack.headers, 'x-request-id': 'leaves-early' },
        body: JSON.stringify({ query: print(PaymentTotalDocument), variables: { id: '118' } }),
        signal: AbortSignal.timeout(100),
      });
      await expect(leaving).rejects.toThrow();
      await sleep(200);

      // Its request is over well before the slow call ends, without having sent anything.
      const line = logged
        .map((text) => JSON.parse(text) as Record<string, unknown>)
        .find((entry) => entry['requestId'] === 'leaves-early');
      expect(line).toMatchObject({ upstreamCallCount: 0, errorCodes: ['UPSTREAM_TIMEOUT'] });
      expect(stack.upstreamRequests()).toEqual(['GET /payments/117']);
      expect((await holder).body).toEqual(OK_117);
    } finally {
      await stack.close();
    }
  });
});

describe('writes', () => {
  it('are tried again when the connection was refused (nothing was sent): UPSTREAM_UNREACHABLE, not OUTCOME_UNKNOWN', async () => {
    // Port 1 refuses connections: the write provably never left the gateway.
    const stack = await startStack({ b2bBaseUrl: new URL('http://127.0.0.1:1/api/v3/io/ip') });
    try {
      const input = { ...offlinePayment({ externalId: 'REFUSED-1', amount: '1.00' }), idempotencyKey: randomUUID() };
      const { body } = await stack.execute(CreateOfflinePaymentIdOnlyDocument, { input });

      expect(body.data).toEqual({ createOfflinePayment: null });
      expect(body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNREACHABLE', retryable: true });
    } finally {
      await stack.close();
    }
  });
});

describe('pacing by the rate-limit headers', () => {
  const QUOTA = { limit: 10, windowMs: 1_000 };
  const burst = (stack: Awaited<ReturnType<typeof perStoreStack>>) =>
    Promise.all(Array.from({ length: 15 }, () => stack.execute(PaymentTotalDocument, { id: '117' }, stack.headers)));

  it('slows a burst larger than the quota down before the upstream answers 429', async () => {
    const stack = await perStoreStack({
      sandbox: { quota: QUOTA },
      // A generous call timeout: without retries, one call slowed by a loaded machine would fail the burst
      // for another reason than the quota.
      upstreamTimeoutMs: 5_000,
      resilience: { requestDeadlineMs: 5_000, pacing: { threshold: 5 }, retry: NO_RETRIES },
    });
    try {
      const answers = await burst(stack);

      expect(answers.map((answer) => answer.body)).toEqual(Array(15).fill(OK_117));
      expect(stack.sandbox.log.entries().map((entry) => entry.status)).toEqual(Array(15).fill(200));
    } finally {
      await stack.close();
    }
  });

  it('without pacing, the same burst runs into 429s (the test above can fail)', async () => {
    const stack = await perStoreStack({
      sandbox: { quota: QUOTA },
      upstreamTimeoutMs: 5_000,
      resilience: { requestDeadlineMs: 5_000, pacing: { threshold: 0 }, retry: NO_RETRIES },
    });
    try {
      await burst(stack);

      expect(stack.sandbox.log.entries().map((entry) => entry.status)).toContain(429);
    } finally {
      await stack.close();
    }
  });
});

describe('the circuit breaker', () => {
  const OPEN_MS = 800;
  let stack: Awaited<ReturnType<typeof perStoreStack>>;
  beforeAll(async () => {
    stack = await perStoreStack({
      // Long enough that a loaded machine still asks again inside it.
      resilience: {
        breaker: { failurePercent: 50, minimumCalls: 3, windowMs: 10_000, openMs: OPEN_MS },
        retry: NO_RETRIES,
      },
    });
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.sandbox.faults.clear();
    stack.resetUpstreamLog();
  });

  const query = (store: string) =>
    stack.execute(PaymentTotalDocument, { id: '117' }, { 'x-auth-token': 'token', 'x-store-hash': store });
  const codeOf = (answer: Awaited<ReturnType<typeof query>>) => answer.body.errors?.[0]?.extensions?.['code'];
  const callsFor = (store: string) => stack.sandbox.log.entries().filter((entry) => entry.storeHash === store).length;

  it('opens once most calls fail, fails fast without calling, and closes when a probe succeeds', async () => {
    const store = `breaker${randomUUID().slice(0, 8)}`;
    stack.sandbox.faults.add({ method: 'GET', action: FAILED });
    for (let i = 0; i < 3; i += 1) expect(codeOf(await query(store))).toBe('UPSTREAM_SERVER_ERROR');

    const fast = await query(store);
    expect(fast.body.errors?.[0]?.extensions).toEqual({
      code: 'UPSTREAM_UNAVAILABLE',
      retryable: true,
      retryAfterSeconds: 1,
    });
    expect(callsFor(store)).toBe(3);

    // The upstream recovers; once the circuit's open time is over, one probe goes and closes it.
    stack.sandbox.faults.clear();
    await sleep(OPEN_MS + 50);
    expect((await query(store)).body).toEqual(OK_117);
    expect((await query(store)).body).toEqual(OK_117);
    expect(callsFor(store)).toBe(5);
  });

  it('opens again when the probe fails', async () => {
    const store = `breaker${randomUUID().slice(0, 8)}`;
    stack.sandbox.faults.add({ method: 'GET', action: FAILED });
    for (let i = 0; i < 3; i += 1) await query(store);
    await sleep(OPEN_MS + 50);

    expect(codeOf(await query(store))).toBe('UPSTREAM_SERVER_ERROR');
    expect(codeOf(await query(store))).toBe('UPSTREAM_UNAVAILABLE');
    expect(callsFor(store)).toBe(4);
  });

  it('stays closed through a run of failures among many successes: it opens on a rate, not on a streak', async () => {
    const store = `breaker${randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 10; i += 1) await query(store);
    stack.sandbox.faults.add({ method: 'GET', times: 3, action: FAILED });
    for (let i = 0; i < 3; i += 1) expect(codeOf(await query(store))).toBe('UPSTREAM_SERVER_ERROR');

    expect((await query(store)).body).toEqual(OK_117);
    expect(callsFor(store)).toBe(14);
  });

  it("is per store: one store's open circuit does not stop another's calls", async () => {
    const failing = `breaker${randomUUID().slice(0, 8)}`;
    const healthy = `breaker${randomUUID().slice(0, 8)}`;
    stack.sandbox.faults.add({ method: 'GET', action: FAILED });
    for (let i = 0; i < 3; i += 1) await query(failing);
    stack.sandbox.faults.clear();

    expect(codeOf(await query(failing))).toBe('UPSTREAM_UNAVAILABLE');
    expect((await query(healthy)).body).toEqual(OK_117);
  });
});
