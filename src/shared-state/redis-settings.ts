/**
 * Redis's settings and their defaults, apart from the connection (redis-connection.ts) so that reading them
 * (config.ts) loads no Redis client: a gateway without REDIS_URL never does.
 */

/**
 * Where the shared state lives: `REDIS_URL` and `REDIS_KEY_PREFIX`, with timeouts that keep Redis off the
 * critical path.
 */
export interface RedisSettings {
  /** `redis://[[user]:password@]host[:port][/db]`, or `rediss://` for TLS. */
  url: string;
  /** Put before every key, so several gateways (or environments) can share one Redis without meeting. */
  keyPrefix: string;
  /** How long a command may wait for its answer before it counts as failed (Redis answers in well under 1 ms). */
  commandTimeoutMs: number;
  /** How long one connection attempt may take; attempts go on in the background until Redis answers. */
  connectTimeoutMs: number;
}

export const REDIS_DEFAULTS = {
  keyPrefix: 'b2b-gateway:',
  commandTimeoutMs: 500,
  connectTimeoutMs: 2_000,
} as const satisfies Omit<RedisSettings, 'url'>;
