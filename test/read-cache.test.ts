/**
 * The shared read cache, not yet wired into the loaders: freshness and age, stale answers on failure, scopes,
 * evictions, single flight, and bounds; against the in-process store and a real redis-server (two
 * `RedisConnection`s on one server are two replicas). Calls are counted by the `call` each test hands in.
 */
import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { InProcessReadCacheStore } from '../src/shared-state/read-cache-memory.js';
import { RedisReadCacheStore } from '../src/shared-state/read-cache-redis.js';
import { ReadCache, type ReadCall, type ReadKey, type ReadScope } from '../src/shared-state/read-cache.js';
import { useRedisConnections, useRedisServer } from './support/use-redis.js';
import { startTcpProxy } from './support/tcp-proxy.js';
import { waitUntil } from './support/wait-until.js';

const redis = useRedisServer();
const { connect } = useRedisConnections(redis);

const TTL_MS = 1_000;
const STALE_MS = 60_000;
const SETTINGS = { ttlMs: TTL_MS, staleMs: STALE_MS, singleFlight: { lockMs: 10_000, waitMs: 10_000 } };

const ALICE: ReadScope = { storeHash: 'store-1', credential: 'store-1/alice' };
const BOB: ReadScope = { storeHash: 'store-1', credential: 'store-1/bob' };
const OTHER_STORE: ReadScope = { storeHash: 'store-2', credential: 'store-2/alice' };
const PAYMENT_7: ReadKey = { request: 'GET /payments/7', dependsOn: { paymentId: '7' } };
const PAYMENT_8: ReadKey = { request: 'GET /payments/8', dependsOn: { paymentId: '8' } };
const FIRST_PAGE: ReadKey = { request: 'GET /payments?limit=25', dependsOn: 'payment-list' };

/** An upstream stand-in: counts its calls and answers `{ call: n }`, or fails when told to. */
function upstream() {
  const counter = { calls: 0, failWith: undefined as Error | undefined };
  const call = async () => {
    counter.calls += 1;
    if (counter.failWith) throw counter.failWith;
    return { call: counter.calls };
  };
  return Object.assign(counter, { call });
}

interface Clock {
  now: number;
}

const STORES = [
  {
    name: 'in-process',
    replicas: async (clock: Clock, settings = SETTINGS) => {
      const store = new InProcessReadCacheStore({ maxBytes: 1_000_000, ...settings });
      const cache = new ReadCache(store, settings, () => clock.now);
      return [cache, cache] as const;
    },
  },
  {
    name: 'Redis',
    replicas: async (clock: Clock, settings = SETTINGS) => {
      const prefix = `test-${randomUUID()}:`;
      const make = async () =>
        new ReadCache(new RedisReadCacheStore(await connect(prefix), settings), settings, () => clock.now);
      return [await make(), await make()] as const;
    },
  },
];

describe.each(STORES)('ReadCache over the $name store', ({ replicas }) => {
  async function cacheWithClock(settings = SETTINGS) {
    const clock = { now: 1_000_000 };
    const [cache, other] = await replicas(clock, settings);
    return { clock, cache, other };
  }

  it('serves an answer younger than the TTL without a call, with its age, and calls again once it is older', async () => {
    const { clock, cache } = await cacheWithClock();
    const source = upstream();

    const first = await cache.read(ALICE, PAYMENT_7, source.call);
    clock.now += TTL_MS - 1;
    const second = await cache.read(ALICE, PAYMENT_7, source.call);
    clock.now += 1;
    const third = await cache.read(ALICE, PAYMENT_7, source.call);

    expect(first).toEqual({ value: { call: 1 }, source: 'upstream', joined: false });
    expect(second).toEqual({ value: { call: 1 }, source: 'cache', ageMs: TTL_MS - 1, joined: false });
    expect(third).toEqual({ value: { call: 2 }, source: 'upstream', joined: false });
    expect(source.calls).toBe(2);
  });

  it('never serves an answer to other credentials of the same store, nor to another store', async () => {
    const { cache } = await cacheWithClock();
    const source = upstream();

    await cache.read(ALICE, PAYMENT_7, source.call);
    const bob = await cache.read(BOB, PAYMENT_7, source.call);
    const otherStore = await cache.read(OTHER_STORE, PAYMENT_7, source.call);

    expect([bob.source, otherStore.source]).toEqual(['upstream', 'upstream']);
    expect(source.calls).toBe(3);
  });

  it('serves a kept answer, marked stale with its age and the failure, when the call fails and the caller allows it', async () => {
    const { clock, cache } = await cacheWithClock();
    const source = upstream();
    await cache.read(ALICE, PAYMENT_7, source.call);
    const failure = new Error('429');
    source.failWith = failure;

    clock.now += STALE_MS - 1;
    const serveStale = (error: unknown) => error === failure;
    const stale = await cache.read(ALICE, PAYMENT_7, source.call, { serveStale });
    const refused = cache.read(ALICE, PAYMENT_7, source.call, { serveStale: () => false });

    expect(stale).toEqual({ value: { call: 1 }, source: 'stale', ageMs: STALE_MS - 1, error: failure, joined: false });
    await expect(refused).rejects.toBe(failure);
    clock.now += 1;
    await expect(cache.read(ALICE, PAYMENT_7, source.call, { serveStale: () => true })).rejects.toBe(failure);
  });

  it('tells the call whether a kept answer would stand in for it: not with none, one too old, or one a write superseded', async () => {
    const { clock, cache, other } = await cacheWithClock();
    const told: boolean[] = [];
    const call = async ({ fallback }: ReadCall) => {
      told.push(fallback);
      return { fallback };
    };

    await cache.read(ALICE, PAYMENT_7, call);
    clock.now += TTL_MS;
    await cache.read(ALICE, PAYMENT_7, call);
    clock.now += STALE_MS;
    await cache.read(ALICE, PAYMENT_7, call);
    await other.evictPayment('store-1', '7');
    await cache.read(ALICE, PAYMENT_7, call);

    expect(told).toEqual([false, true, false, false]);
  });

  it('keeps the answers that came inside another, for its credentials only, unless a write evicted them during its call', async () => {
    const { clock, cache, other } = await cacheWithClock();
    const source = upstream();
    const detailsOf = (keys: ReadKey[]) => (page: { call: number }) => keys.map((key) => ({ key, value: { page } }));

    await cache.read(ALICE, FIRST_PAGE, source.call, { alongside: detailsOf([PAYMENT_7, PAYMENT_8]) });
    const seven = await other.read(ALICE, PAYMENT_7, source.call);
    const bobsSeven = await other.read(BOB, PAYMENT_7, source.call);
    clock.now += TTL_MS;
    // Payment 8 is written while the page is being read again: what the page says of it may be from before.
    const writeDuringCall = async () => {
      await other.evictPayment('store-1', '8');
      return source.call();
    };
    await cache.read(ALICE, FIRST_PAGE, writeDuringCall, { alongside: detailsOf([PAYMENT_7, PAYMENT_8]) });
    const eight = await other.read(ALICE, PAYMENT_8, source.call);
    const sevenAgain = await other.read(ALICE, PAYMENT_7, source.call);

    expect(seven).toEqual({ value: { page: { call: 1 } }, source: 'cache', ageMs: 0, joined: false });
    expect(bobsSeven).toEqual({ value: { call: 2 }, source: 'upstream', joined: false });
    expect(eight).toEqual({ value: { call: 4 }, source: 'upstream', joined: false });
    // Nothing from the second page was kept, not even payment 7's: its first answer has expired.
    expect(sevenAgain).toEqual({ value: { call: 5 }, source: 'upstream', joined: false });
  });

  it('evicts a payment’s answers and the store’s list pages for every credential, and keeps other payments’', async () => {
    const { cache, other } = await cacheWithClock();
    const source = upstream();
    const reads = [
      [ALICE, PAYMENT_7],
      [BOB, PAYMENT_7],
      [ALICE, PAYMENT_8],
      [BOB, FIRST_PAGE],
    ] as const;
    for (const [scope, key] of reads) {
      await cache.read(scope, key, source.call);
    }

    await other.evictPayment('store-1', '7');

    const sources = [];
    for (const [scope, key] of reads) {
      sources.push((await cache.read(scope, key, source.call)).source);
    }
    expect(sources).toEqual(['upstream', 'upstream', 'cache', 'upstream']);
  });

  it('evicts only list pages when a payment is created', async () => {
    const { cache, other } = await cacheWithClock();
    const source = upstream();
    await cache.read(ALICE, PAYMENT_7, source.call);
    await cache.read(ALICE, FIRST_PAGE, source.call);

    await other.evictPaymentList('store-1');

    expect((await cache.read(ALICE, PAYMENT_7, source.call)).source).toBe('cache');
    expect((await cache.read(ALICE, FIRST_PAGE, source.call)).source).toBe('upstream');
  });

  it('does not keep an answer whose call was under way when a write evicted it', async () => {
    const { cache, other } = await cacheWithClock();
    let answer = (_: { call: number }) => {};
    let reading: Promise<unknown> = Promise.resolve();
    await new Promise<void>((started) => {
      reading = cache.read(ALICE, PAYMENT_7, () => {
        started();
        return new Promise<{ call: number }>((settle) => (answer = settle));
      });
    });

    await other.evictPayment('store-1', '7');
    answer({ call: 0 });
    await reading;

    const source = upstream();
    expect(await cache.read(ALICE, PAYMENT_7, source.call)).toMatchObject({ source: 'upstream', value: { call: 1 } });
  });

  it('makes one call for identical reads in flight at once, each caller getting its own copy', async () => {
    const { cache } = await cacheWithClock();
    const source = upstream();

    const reads = await Promise.all(Array.from({ length: 5 }, () => cache.read(ALICE, FIRST_PAGE, source.call)));

    expect(source.calls).toBe(1);
    expect(reads.map((read) => read.joined)).toEqual([false, true, true, true, true]);
    expect(reads.map((read) => read.value)).toEqual(Array(5).fill({ call: 1 }));
    expect(new Set(reads.map((read) => read.value)).size).toBe(5);
  });

  it('with a TTL of 0 is off: calls every time, shares no call, keeps nothing to serve when a call fails', async () => {
    const { cache } = await cacheWithClock({ ...SETTINGS, ttlMs: 0 });
    const source = upstream();

    await cache.read(ALICE, PAYMENT_7, source.call);
    const together = await Promise.all([1, 2].map(() => cache.read(ALICE, PAYMENT_7, source.call)));
    const failure = new Error('503');
    source.failWith = failure;
    const failed = cache.read(ALICE, PAYMENT_7, source.call, { serveStale: () => true });

    await expect(failed).rejects.toBe(failure);
    expect(together.map((read) => read.joined)).toEqual([false, false]);
    expect(source.calls).toBe(4);
  });

  it('serves an answer a write superseded only as a stale one, when the call fails', async () => {
    const { cache, other } = await cacheWithClock();
    const source = upstream();
    await cache.read(ALICE, PAYMENT_7, source.call);
    await other.evictPayment('store-1', '7');
    const failure = new Error('429');
    source.failWith = failure;

    const stale = await cache.read(ALICE, PAYMENT_7, source.call, { serveStale: () => true });

    expect(stale).toEqual({ value: { call: 1 }, source: 'stale', ageMs: 0, error: failure, joined: false });
    expect(source.calls).toBe(2);
  });

  it('lets a read after an eviction make its own call rather than join one that started before it', async () => {
    const { cache, other } = await cacheWithClock();
    let answerFirst = (_: { call: number }) => {};
    // Wrapped: a promise resolved with a promise would wait for it.
    const first = new Promise<{ reading: Promise<unknown> }>((started) => {
      const reading = cache.read(ALICE, PAYMENT_7, () => {
        started({ reading });
        return new Promise<{ call: number }>((settle) => (answerFirst = settle));
      });
    });
    const { reading: firstRead } = await first;

    await other.evictPayment('store-1', '7');
    const afterWrite = await cache.read(ALICE, PAYMENT_7, async () => ({ call: 2 }));
    answerFirst({ call: 1 });

    expect(afterWrite).toEqual({ value: { call: 2 }, source: 'upstream', joined: false });
    expect(await firstRead).toMatchObject({ value: { call: 1 }, joined: false });
  });

  it('makes the read again for a joiner when the request whose call it shared was over', async () => {
    const { cache } = await cacheWithClock();
    let failLeader = (_: Error) => {};
    let leaderOver = false;
    const leader = new Promise<{ reading: Promise<unknown> }>((started) => {
      const reading = cache.read(
        ALICE,
        PAYMENT_7,
        () => {
          started({ reading });
          return new Promise<{ call: number }>((_, reject) => (failLeader = reject));
        },
        { over: () => leaderOver },
      );
    });
    const { reading: leaderRead } = await leader;
    const joinerCalls = upstream();
    const joiner = cache.read(ALICE, PAYMENT_7, joinerCalls.call);

    leaderOver = true;
    const gone = new Error('client gone');
    failLeader(gone);

    await expect(leaderRead).rejects.toBe(gone);
    expect(await joiner).toEqual({ value: { call: 1 }, source: 'upstream', joined: false });
    expect(joinerCalls.calls).toBe(1);
  });
});

describe('ReadCache over Redis, as two replicas', () => {
  /** B's store tells the test each time B has asked to be the replica that calls. */
  async function twoReplicas(onClaim = () => {}) {
    const prefix = `test-${randomUUID()}:`;
    const connections = [await connect(prefix), await connect(prefix)];
    const [storeA, storeB] = connections.map((connection) => new RedisReadCacheStore(connection, SETTINGS));
    if (!storeA || !storeB) throw new Error('two replicas expected');
    const claimingB = Object.assign(Object.create(storeB) as RedisReadCacheStore, {
      claimCall: async (...args: Parameters<RedisReadCacheStore['claimCall']>) => {
        const claim = await storeB.claimCall(...args);
        onClaim();
        return claim;
      },
    });
    return { prefix, connections, a: new ReadCache(storeA, SETTINGS), b: new ReadCache(claimingB, SETTINGS) };
  }

  it('serves on one replica the answer another kept', async () => {
    const { a, b } = await twoReplicas();
    const source = upstream();

    await a.read(ALICE, PAYMENT_7, source.call);
    const fromB = await b.read(ALICE, PAYMENT_7, source.call);

    expect(fromB).toMatchObject({ source: 'cache', value: { call: 1 } });
    expect(source.calls).toBe(1);
  });

  it('lets a replica wait for the call another replica is making for the same read, then serve its answer', async () => {
    let bClaimed = () => {};
    const bWaits = new Promise<void>((resolve) => (bClaimed = resolve));
    const { a, b } = await twoReplicas(() => bClaimed());
    let answer = (_: { call: number }) => {};
    let calls = 0;
    const slow = () => {
      calls += 1;
      return new Promise<{ call: number }>((settle) => (answer = settle));
    };
    await new Promise<void>((started) => {
      void a.read(ALICE, FIRST_PAGE, () => {
        started();
        return slow();
      });
    });

    const fromB = b.read(ALICE, FIRST_PAGE, slow);
    await bWaits;
    answer({ call: 1 });

    expect(await fromB).toMatchObject({ source: 'cache', value: { call: 1 } });
    expect(calls).toBe(1);
  });

  it('keeps every key under the prefix with a TTL, and no credential or request in any key', async () => {
    const { a, prefix } = await twoReplicas();
    const source = upstream();
    await a.read(ALICE, FIRST_PAGE, source.call);
    await a.read(ALICE, PAYMENT_7, source.call);
    await a.evictPayment('store-1', '8');

    const inspector = createClient({ url: redis.current.url });
    await inspector.connect();
    try {
      const keys = await inspector.keys(`${prefix}*`);
      const ttls = await Promise.all(keys.map((key) => inspector.pTTL(key)));

      expect(keys).toHaveLength(4);
      for (const ttl of ttls) expect(ttl).toBeGreaterThan(0);
      for (const ttl of ttls) expect(ttl).toBeLessThanOrEqual(2 * STALE_MS);
      expect(keys.join(' ')).not.toMatch(/alice|GET|limit/);
    } finally {
      inspector.destroy();
    }
  });

  it('goes on calling while a replica cannot reach Redis (counted), and once it can, nothing its missed eviction should have removed is served', async () => {
    const proxy = await startTcpProxy(redis.current.port);
    const prefix = `test-${randomUUID()}:`;
    const throughProxy = await connect(prefix, `redis://127.0.0.1:${proxy.port}`);
    const registry = new Registry();
    throughProxy.metrics.register(registry);
    const a = new ReadCache(new RedisReadCacheStore(throughProxy, SETTINGS), SETTINGS);
    const b = new ReadCache(new RedisReadCacheStore(await connect(prefix), SETTINGS), SETTINGS);
    const source = upstream();
    try {
      await a.read(ALICE, PAYMENT_7, source.call);

      proxy.cut();
      await waitUntil(() => !throughProxy.health().up, 'replica A loses Redis');
      // A's eviction cannot reach Redis, and its reads call the upstream each time; B still reaches Redis.
      await a.evictPayment('store-1', '7');
      await a.read(ALICE, PAYMENT_8, source.call);
      await a.read(ALICE, PAYMENT_8, source.call);
      expect(await b.read(ALICE, PAYMENT_7, source.call)).toMatchObject({ source: 'cache' });
      proxy.restore();

      expect(source.calls).toBe(3);
      expect(await registry.getSingleMetricAsString('shared_state_failures_total')).toMatch(
        /shared_state_failures_total\{store="read-cache",reason="offline"\} [1-9]/,
      );
      await waitUntil(() => throughProxy.health().up, 'replica A reaches Redis again');
      await a.read(ALICE, PAYMENT_8, source.call);
      expect(await b.read(ALICE, PAYMENT_7, source.call)).toMatchObject({ source: 'upstream', value: { call: 5 } });
      expect(await b.read(ALICE, PAYMENT_7, source.call)).toMatchObject({ source: 'cache', value: { call: 5 } });
    } finally {
      await proxy.close();
    }
  });
});
