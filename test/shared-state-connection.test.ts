/**
 * The Redis connection under a real redis-server that is missing at start, stopped, started again and
 * frozen: what its health says, what it counts, and that the idempotency store on it never claims a key it
 * cannot see and never frees one it could not settle.
 */
import { randomUUID } from 'node:crypto';
import { Registry } from 'prom-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RedisIdempotencyStore } from '../src/idempotency/redis-store.js';
import { createSharedState, READ_CACHE_DEFAULTS } from '../src/shared-state/index.js';
import { RedisConnection } from '../src/shared-state/redis-connection.js';
import { REDIS_DEFAULTS, type RedisSettings } from '../src/shared-state/redis-settings.js';
import { startRedisServer, type RedisServer } from './support/redis-server.js';
import { waitUntil } from './support/wait-until.js';

let redis: RedisServer;
const opened: RedisConnection[] = [];
beforeEach(async () => {
  redis = await startRedisServer();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((connection) => connection.close()));
  await redis.stop();
});

function open(settings: Partial<RedisSettings> = {}): { connection: RedisConnection; registry: Registry } {
  const connection = new RedisConnection({
    ...REDIS_DEFAULTS,
    url: redis.url,
    keyPrefix: `test-${randomUUID()}:`,
    ...settings,
  });
  opened.push(connection);
  const registry = new Registry();
  connection.metrics.register(registry);
  return { connection, registry };
}

const failures = (registry: Registry) => registry.getSingleMetricAsString('shared_state_failures_total');

describe('RedisConnection', () => {
  it('starts without Redis, says it is down, refuses keys, and connects by itself once Redis is there', async () => {
    await redis.stop();
    const { connection } = open();
    const store = new RedisIdempotencyStore(connection, { ttlMs: 60_000 });

    await waitUntil(() => connection.health().lastError !== undefined, 'a connection attempt failed');
    expect(connection.health()).toMatchObject({ up: false, lastError: expect.any(String) });
    await expect(store.begin('k', 'fp', 1_000)).rejects.toMatchObject({
      extensions: { code: 'IDEMPOTENCY_UNAVAILABLE', retryable: true },
    });

    await redis.restart();

    expect(await connection.whenReady(15_000)).toBe(true);
    expect(connection.health().up).toBe(true);
    expect((await store.begin('k', 'fp', 1_000)).state).toBe('new');
  });

  it('counts each refused command by store and reason while Redis is stopped', async () => {
    const { connection, registry } = open();
    await connection.whenReady(10_000);
    const store = new RedisIdempotencyStore(connection, { ttlMs: 60_000 });

    await redis.stop();
    await waitUntil(() => !connection.health().up, 'the connection sees Redis gone');
    await Promise.allSettled([store.begin('a', 'fp', 1_000), store.begin('b', 'fp', 1_000)]);

    expect(await failures(registry)).toContain('shared_state_failures_total{store="idempotency",reason="offline"} 2');
  });

  it('fails commands to a frozen Redis after the command timeout, says it is down, and is up again once Redis answers', async () => {
    const { connection, registry } = open();
    await connection.whenReady(10_000);
    const clock = { now: 0 };
    const store = new RedisIdempotencyStore(connection, { ttlMs: 60_000 }, () => clock.now);
    const token = await claim(store, 'k');

    redis.pause();
    try {
      await expect(store.begin('other', 'fp', 1_000)).rejects.toMatchObject({
        extensions: { code: 'IDEMPOTENCY_UNAVAILABLE' },
      });
      // The owner's settlement cannot be recorded: dropped, not thrown at the write that already succeeded.
      await expect(store.complete('k', token, 1)).resolves.toBeUndefined();
      expect(connection.health().up).toBe(false);
    } finally {
      redis.resume();
    }

    expect(await failures(registry)).toContain('shared_state_failures_total{store="idempotency",reason="timeout"} 2');
    expect((await store.begin('k', 'fp', 1_000)).state).toBe('in-flight');
    expect(connection.health().up).toBe(true);
    clock.now = 1_000;
    expect(await store.begin('k', 'fp', 1_000)).toEqual({ state: 'unknown' });
  });
});

describe('createSharedState', () => {
  const settings = (url: string | undefined) => ({
    redis: url === undefined ? undefined : { ...REDIS_DEFAULTS, url, keyPrefix: `test-${randomUUID()}:` },
    idempotency: { ttlMs: 60_000, maxKeys: 100 },
    readCache: READ_CACHE_DEFAULTS,
  });
  const scope = { storeHash: 'store-1', credential: 'store-1/alice' };
  const key = { request: 'GET /payments/7', dependsOn: { paymentId: '7' } };

  it('keeps every store in the process without Redis: two instances share nothing', async () => {
    const [a, b] = await Promise.all([createSharedState(settings(undefined)), createSharedState(settings(undefined))]);

    await a.idempotency.begin('k', 'fp', 1_000);
    await a.readCache.read(scope, key, async () => 1);

    expect(a.health()).toEqual({ mode: 'in-process' });
    expect((await b.idempotency.begin('k', 'fp', 1_000)).state).toBe('new');
    expect((await b.readCache.read(scope, key, async () => 2)).source).toBe('upstream');
  });

  it('shares keys, answers and quotas through one Redis connection per instance, and closes it', async () => {
    const shared = settings(redis.url);
    const [a, b] = await Promise.all([createSharedState(shared), createSharedState({ ...shared })]);
    const registry = new Registry();
    a.registerMetrics(registry);
    expect(await a.whenReady(10_000)).toBe(true);
    expect(await b.whenReady(10_000)).toBe(true);

    await a.idempotency.begin('k', 'fp', 1_000);
    await a.readCache.read(scope, key, async () => 1);
    await a.quotaView.startCall('store-1', { maxInFlight: 8, threshold: 8, expiresInMs: 10_000 });

    expect(a.health()).toMatchObject({ mode: 'redis', up: true });
    expect((await b.idempotency.begin('k', 'fp', 1_000)).state).toBe('in-flight');
    expect(await b.readCache.read(scope, key, async () => 2)).toMatchObject({ source: 'cache', value: 1 });
    expect((await b.quotaView.state('store-1')).inFlight).toBe(1);
    expect(await registry.getSingleMetricAsString('shared_state_redis_up')).toContain('shared_state_redis_up 1');
    await Promise.all([a.close(), b.close()]);
    expect(a.health()).toMatchObject({ mode: 'redis', up: false });
  });
});

async function claim(store: RedisIdempotencyStore, key: string): Promise<string> {
  const begun = await store.begin(key, 'fp', 1_000);
  if (begun.state !== 'new') throw new Error(`expected a new key, got ${begun.state}`);
  return begun.token;
}
