/**
 * The rules of the key stores and of `withIdempotency` that the front door cannot reach in a predictable way:
 * time (TTL, leases), the size bound, owner tokens, and a duplicate outliving its deadline. The contract runs
 * against the in-process store and the Redis one (a real redis-server); time is a clock the test moves, which
 * both stores read (Redis's own expiry, in real time, is shown apart).
 */
import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../src/idempotency/fingerprint.js';
import { InMemoryIdempotencyStore } from '../src/idempotency/memory-store.js';
import { RedisIdempotencyStore } from '../src/idempotency/redis-store.js';
import type { IdempotencyStore } from '../src/idempotency/store.js';
import { withIdempotency, type IdempotencyContext } from '../src/idempotency/with-idempotency.js';
import { RequestDeadline } from '../src/upstream/resilience/deadline.js';
import { UpstreamError } from '../src/upstream/errors.js';
import { useRedisConnections, useRedisServer } from './support/use-redis.js';

const redis = useRedisServer();
const { connect } = useRedisConnections(redis);

interface Clock {
  now: number;
}

/** How each store is made; `ttlMs` is long for Redis so its real-time expiry never races the moved clock. */
const STORES = [
  {
    name: 'InMemoryIdempotencyStore',
    ttlMs: 1_000,
    make: async (clock: Clock, ttlMs: number): Promise<IdempotencyStore> =>
      new InMemoryIdempotencyStore({ ttlMs, maxKeys: 100 }, () => clock.now),
  },
  {
    name: 'RedisIdempotencyStore',
    ttlMs: 60_000,
    make: async (clock: Clock, ttlMs: number): Promise<IdempotencyStore> =>
      new RedisIdempotencyStore(await connect(`test-${randomUUID()}:`), { ttlMs }, () => clock.now),
  },
];

async function claim(store: IdempotencyStore, key: string, fingerprint = 'fp', leaseMs = 500): Promise<string> {
  const begun = await store.begin(key, fingerprint, leaseMs);
  if (begun.state !== 'new') throw new Error(`expected a new key, got ${begun.state}`);
  return begun.token;
}

describe.each(STORES)('$name', ({ make, ttlMs }) => {
  async function storeWithClock() {
    const clock = { now: 0 };
    return { clock, store: await make(clock, ttlMs) };
  }

  it('remembers a result for its TTL, then forgets the key', async () => {
    const { clock, store } = await storeWithClock();
    await store.complete('k', await claim(store, 'k'), { paymentId: 7 });

    clock.now = ttlMs - 1;
    expect(await store.begin('k', 'fp', 500)).toEqual({ state: 'done', result: { paymentId: 7 } });
    clock.now = ttlMs;
    expect(await store.begin('k', 'fp', 500)).toEqual({ state: 'new', token: expect.any(String) });
  });

  it('keeps a result as JSON: nested objects, arrays, strings, numbers, booleans and null come back equal', async () => {
    const { store } = await storeWithClock();
    const result = { id: '12', amounts: [1.5, 0, -2], nested: { ok: true, none: null, text: 'é "quoted"' } };
    await store.complete('k', await claim(store, 'k'), result);

    expect(await store.begin('k', 'fp', 500)).toEqual({ state: 'done', result });
  });

  it('reports a key whose owner outlived its lease as unknown, and ignores that owner afterwards', async () => {
    const { clock, store } = await storeWithClock();
    const token = await claim(store, 'k', 'fp', 500);

    clock.now = 500;
    expect(await store.begin('k', 'fp', 500)).toEqual({ state: 'unknown' });
    await store.complete('k', token, 1);
    expect(await store.begin('k', 'fp', 500)).toEqual({ state: 'unknown' });
  });

  it('lets only the owner settle a key, and tells waiters how it ended', async () => {
    const { store } = await storeWithClock();
    const token = await claim(store, 'k');
    const waiting = await store.begin('k', 'fp', 500);
    if (waiting.state !== 'in-flight') throw new Error('expected in-flight');

    await store.complete('k', 'not-the-owner', 1);
    await store.fail('k', token, 'rejected');

    expect(await waiting.settled).toEqual({ state: 'released' });
    expect((await store.begin('k', 'fp', 500)).state).toBe('new');
  });

  it('tells a waiter the result of the write it waited for', async () => {
    const { store } = await storeWithClock();
    const token = await claim(store, 'k');
    const waiting = await store.begin('k', 'fp', 500);
    if (waiting.state !== 'in-flight') throw new Error('expected in-flight');

    await store.complete('k', token, { paymentId: 9 });

    expect(await waiting.settled).toEqual({ state: 'done', result: { paymentId: 9 } });
  });

  it('tells a waiter whose write ended unknown that it is unknown', async () => {
    const { store } = await storeWithClock();
    const token = await claim(store, 'k');
    const waiting = await store.begin('k', 'fp', 500);
    if (waiting.state !== 'in-flight') throw new Error('expected in-flight');

    await store.fail('k', token, 'unknown');

    expect(await waiting.settled).toEqual({ state: 'unknown' });
    expect(await store.begin('k', 'fp', 500)).toEqual({ state: 'unknown' });
  });

  it('tells a key used with another fingerprint apart, whatever its state', async () => {
    const { store } = await storeWithClock();
    await claim(store, 'k', 'first');
    await store.complete('done', await claim(store, 'done', 'first'), 1);

    expect(await store.begin('k', 'second', 500)).toEqual({ state: 'mismatch' });
    expect(await store.begin('done', 'second', 500)).toEqual({ state: 'mismatch' });
  });
});

describe('InMemoryIdempotencyStore bound', () => {
  it('refuses a new key when maxKeys live keys fill it, never forgetting one before its TTL', async () => {
    const clock = { now: 0 };
    const store = new InMemoryIdempotencyStore({ ttlMs: 60_000, maxKeys: 3 }, () => clock.now);
    await claim(store, 'in-flight', 'fp', 120_000);
    await store.complete('old', await claim(store, 'old'), 1);
    clock.now = 10_000;
    await store.complete('new', await claim(store, 'new'), 3);

    await expect(store.begin('another', 'fp', 500)).rejects.toMatchObject({
      extensions: { code: 'IDEMPOTENCY_UNAVAILABLE', retryable: true },
    });
    expect(await store.begin('old', 'fp', 500)).toEqual({ state: 'done', result: 1 });
    expect((await store.begin('in-flight', 'fp', 500)).state).toBe('in-flight');

    // Once the oldest key has expired, it makes room; the others are kept.
    clock.now = 60_000;
    expect((await store.begin('another', 'fp', 500)).state).toBe('new');
    expect(await store.begin('new', 'fp', 500)).toEqual({ state: 'done', result: 3 });
    expect((await store.begin('in-flight', 'fp', 500)).state).toBe('in-flight');
  });
});

describe('RedisIdempotencyStore across replicas', () => {
  async function replicas(ttlMs = 60_000) {
    const prefix = `test-${randomUUID()}:`;
    const clock = { now: 0 };
    const [a, b] = [await connect(prefix), await connect(prefix)];
    return {
      prefix,
      clock,
      connectionA: a,
      a: new RedisIdempotencyStore(a, { ttlMs }, () => clock.now),
      b: new RedisIdempotencyStore(b, { ttlMs }, () => clock.now),
    };
  }

  it('lets a replica answer from the result another replica stored, and wait for one it is writing', async () => {
    const { a, b } = await replicas();
    const token = await claim(a, 'k');
    const waiting = await b.begin('k', 'fp', 500);
    if (waiting.state !== 'in-flight') throw new Error('expected in-flight');

    await a.complete('k', token, { paymentId: 3 });

    expect(await waiting.settled).toEqual({ state: 'done', result: { paymentId: 3 } });
    expect(await b.begin('k', 'fp', 500)).toEqual({ state: 'done', result: { paymentId: 3 } });
  });

  it('gives a key to exactly one of many claims sent at once from two replicas', async () => {
    const { a, b } = await replicas();

    const begun = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).begin('k', 'fp', 5_000)));

    expect(begun.filter((outcome) => outcome.state === 'new')).toHaveLength(1);
    expect(begun.filter((outcome) => outcome.state === 'in-flight')).toHaveLength(19);
  });

  it('leaves the key of a replica that died mid-write unknown once its lease is over, never free', async () => {
    const { a, b, clock, connectionA } = await replicas();
    await claim(a, 'k', 'fp', 1_000);
    await connectionA.close();

    clock.now = 999;
    expect((await b.begin('k', 'fp', 1_000)).state).toBe('in-flight');
    clock.now = 1_000;
    expect(await b.begin('k', 'fp', 1_000)).toEqual({ state: 'unknown' });
  });

  it('keeps every key under the prefix with a TTL: lease plus TTL in flight, the TTL once settled', async () => {
    const { a, prefix } = await replicas(30_000);
    const inspector = createClient({ url: redis.current.url });
    await inspector.connect();
    try {
      const token = await claim(a, 'scope:k', 'fp', 10_000);
      const inFlightTtl = await inspector.pTTL(`${prefix}idem:scope:k`);
      await a.complete('scope:k', token, 1);
      const settledTtl = await inspector.pTTL(`${prefix}idem:scope:k`);

      expect(inFlightTtl).toBeGreaterThan(30_000);
      expect(inFlightTtl).toBeLessThanOrEqual(40_000);
      expect(settledTtl).toBeGreaterThan(10_000);
      expect(settledTtl).toBeLessThanOrEqual(30_000);
      expect(await inspector.keys(`${prefix}*`)).toEqual([`${prefix}idem:scope:k`]);
    } finally {
      inspector.destroy();
    }
  });

  it('lets Redis itself forget a settled key after the TTL, in real time', async () => {
    const prefix = `test-${randomUUID()}:`;
    const store = new RedisIdempotencyStore(await connect(prefix), { ttlMs: 200 });
    await store.complete('k', await claim(store, 'k'), 1);

    await new Promise((resolve) => setTimeout(resolve, 400));

    expect((await store.begin('k', 'fp', 500)).state).toBe('new');
  });
});

describe('fingerprint', () => {
  const input = {
    paymentId: 42,
    body: { lines: [{ invoiceId: 7, amount: '10.00' }], note: undefined, externalId: 'ERP-1' },
  };

  it('digests the same input alike however its keys are ordered, and tells other input or operations apart', () => {
    const reordered = { body: { externalId: 'ERP-1', lines: [{ amount: '10.00', invoiceId: 7 }] }, paymentId: 42 };

    expect(fingerprint('updateOfflinePayment', reordered)).toBe(fingerprint('updateOfflinePayment', input));
    expect(fingerprint('updateOfflinePayment', { ...input, paymentId: 43 })).not.toBe(
      fingerprint('updateOfflinePayment', input),
    );
    expect(fingerprint('deletePayment', input)).not.toBe(fingerprint('updateOfflinePayment', input));
  });

  it('keeps the digests replicas already stored: a change here would split keys during a rolling deploy', () => {
    expect(fingerprint('updateOfflinePayment', input)).toBe('mF9c_3oZYKaIlp8OGJ4PUx46pTsCh43gb9iA5eFnydk');
  });
});

describe.each(STORES)('withIdempotency over $name', ({ make, ttlMs }) => {
  function context(store: IdempotencyStore, deadlineMs = 1_000): { idempotency: IdempotencyContext } {
    return { idempotency: { store, scope: 'test', headerKey: 'key-1', deadline: new RequestDeadline(deadlineMs) } };
  }
  const write = { operation: 'createOfflinePayment', input: { amount: '1.00' } };
  const storeOnRealClock = () =>
    make(
      {
        get now() {
          return Date.now();
        },
      },
      ttlMs,
    );

  it('lets a duplicate whose deadline comes first answer IDEMPOTENCY_KEY_IN_USE, retryable', async () => {
    const store = await storeOnRealClock();
    let finish = (_: number) => {};
    const first = withIdempotency(context(store), write, () => new Promise<number>((resolve) => (finish = resolve)));

    const duplicate = withIdempotency(context(store, 50), write, async () => 2);

    await expect(duplicate).rejects.toMatchObject({ extensions: { code: 'IDEMPOTENCY_KEY_IN_USE', retryable: true } });
    finish(1);
    expect(await first).toBe(1);
  });

  it('lets a duplicate of a refused write try itself once the first is refused', async () => {
    const store = await storeOnRealClock();
    let refuse = () => {};
    const sending = new Promise<void>((started) => {
      const refusing = () =>
        new Promise<number>((_, reject) => {
          refuse = () => reject(new UpstreamError('UPSTREAM_RATE_LIMITED'));
          started();
        });
      void withIdempotency(context(store), write, refusing).catch(() => {});
    });
    await sending;
    const duplicate = withIdempotency(context(store), write, async () => 2);

    refuse();

    expect(await duplicate).toBe(2);
  });

  it('turns a failure that does not prove the write took no effect into OUTCOME_UNKNOWN, and keeps the key unknown', async () => {
    const store = await storeOnRealClock();
    let sends = 0;
    const failing = async (): Promise<number> => {
      sends += 1;
      throw new UpstreamError('UPSTREAM_BAD_RESPONSE', { endpoint: 'createOfflinePayment', reason: 'no paymentId' });
    };

    await expect(withIdempotency(context(store), write, failing)).rejects.toMatchObject({
      code: 'OUTCOME_UNKNOWN',
      retryable: false,
    });
    await expect(withIdempotency(context(store), write, failing)).rejects.toMatchObject({ code: 'OUTCOME_UNKNOWN' });
    expect(sends).toBe(1);
  });
});
