import { Pool } from 'undici';

export interface PoolSettings {
  /** Sockets per origin (the pool does not pipeline); undefined: as many as calls need. */
  connections: number | undefined;
  /** Connect, response-headers and body timeouts: undici's defaults are minutes. */
  timeoutMs: number;
}

/**
 * One undici Pool per upstream origin. Lives as long as the process; `close` drains them on shutdown.
 */
export class UpstreamPools {
  private readonly pools = new Map<string, Pool>();

  constructor(private readonly settings: PoolSettings) {}

  for(origin: string): Pool {
    let pool = this.pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, {
        connections: this.settings.connections,
        pipelining: 1,
        connect: { timeout: this.settings.timeoutMs },
        headersTimeout: this.settings.timeoutMs,
        bodyTimeout: this.settings.timeoutMs,
        keepAliveTimeout: 10_000,
      });
      this.pools.set(origin, pool);
    }
    return pool;
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((pool) => pool.close()));
    this.pools.clear();
  }
}
