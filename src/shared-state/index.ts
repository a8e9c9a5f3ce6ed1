import type { Registry } from 'prom-client';
import { InMemoryIdempotencyStore, type MemoryStoreSettings } from '../idempotency/memory-store.js';
import type { IdempotencyStore } from '../idempotency/store.js';
import { InProcessQuotaView, type QuotaView } from './quota-view.js';
import { ReadCache, READ_CACHE_SINGLE_FLIGHT, type ReadCacheSettings } from './read-cache.js';
import { InProcessReadCacheStore } from './read-cache-memory.js';
import type { RedisHealth, SharedStateLog } from './redis-connection.js';
import type { RedisSettings } from './redis-settings.js';

export type { SharedStateLog } from './redis-connection.js';
export type { ReadCacheSettings } from './read-cache.js';

export interface SharedStateSettings {
  /** From `REDIS_URL` and `REDIS_KEY_PREFIX`; undefined keeps every store in the process. */
  redis: RedisSettings | undefined;
  /** `IDEMPOTENCY_TTL_MS`; `IDEMPOTENCY_MAX_KEYS` bounds the in-process store only (Redis keys expire). */
  idempotency: MemoryStoreSettings;
  /** `READ_CACHE_TTL_MS` and `READ_CACHE_STALE_MS`; `maxBytes` bounds the in-process store only. */
  readCache: ReadCacheSettings & { maxBytes: number };
}

export const READ_CACHE_DEFAULTS = {
  // Payments also change outside the gateway: a screen may show them this much late (docs/shared-state.md).
  ttlMs: 10_000,
  staleMs: 300_000,
  maxBytes: 32 * 1024 * 1024,
  singleFlight: READ_CACHE_SINGLE_FLIGHT,
} as const satisfies SharedStateSettings['readCache'];

export type SharedStateHealth = { mode: 'in-process' } | ({ mode: 'redis' } & RedisHealth);

/** The stores that several replicas share through Redis, or that one process keeps for itself. */
export interface SharedState {
  idempotency: IdempotencyStore;
  readCache: ReadCache;
  quotaView: QuotaView;
  /** For `/ready`: in-process is always up. */
  health(): SharedStateHealth;
  /** Puts the Redis failure counter and up gauge in the app's registry (nothing to add in-process). */
  registerMetrics(registry: Registry): void;
  /** At start: true once Redis answers, false after `withinMs` (the stores then refuse or fall back until it does). */
  whenReady(withinMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * The shared-state layer, made once by the composition root: with `settings.redis`, one Redis connection
 * behind the idempotency store, the read cache and the quota view; without, their in-process versions, and
 * the Redis client is never loaded. Lives as long as the process; `close` on shutdown, after the last request.
 */
export async function createSharedState(settings: SharedStateSettings, log?: SharedStateLog): Promise<SharedState> {
  const { readCache } = settings;
  if (!settings.redis) {
    return {
      idempotency: new InMemoryIdempotencyStore(settings.idempotency),
      readCache: new ReadCache(new InProcessReadCacheStore(readCache), readCache),
      quotaView: new InProcessQuotaView(),
      health: () => ({ mode: 'in-process' }),
      registerMetrics: () => {},
      whenReady: async () => true,
      close: async () => {},
    };
  }
  const [{ RedisConnection }, { RedisIdempotencyStore }, { RedisReadCacheStore }, { RedisQuotaView }] =
    await Promise.all([
      import('./redis-connection.js'),
      import('../idempotency/redis-store.js'),
      import('./read-cache-redis.js'),
      import('./quota-view-redis.js'),
    ]);
  const redis = new RedisConnection(settings.redis, log);
  return {
    idempotency: new RedisIdempotencyStore(redis, { ttlMs: settings.idempotency.ttlMs }),
    readCache: new ReadCache(new RedisReadCacheStore(redis, readCache), readCache),
    quotaView: new RedisQuotaView(redis),
    health: () => ({ mode: 'redis', ...redis.health() }),
    registerMetrics: (registry) => redis.metrics.register(registry),
    whenReady: (withinMs) => redis.whenReady(withinMs),
    close: () => redis.close(),
  };
}
