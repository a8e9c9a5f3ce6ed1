import type { Plugin } from 'graphql-yoga';
import { scoped, type Credentials, type ScopedCredentials } from './credentials.js';
import type { SharedStateHealth } from './shared-state/index.js';
import { UpstreamError } from './upstream/errors.js';
import type { Upstream } from './upstream/index.js';

export interface ReadinessOptions {
  /** The process's upstream: its checks share the requests' pacing and circuits (an open one: not ready). */
  upstream: Upstream;
  /** The gateway's own credentials (server mode); undefined in per-request mode. */
  credentials: Credentials | undefined;
  /** How long a verdict is reused: probes from every load balancer must not spend the store's quota. */
  cacheMs: number;
  /** Redis, when the shared state lives there: its loss degrades the instance, never makes it unready. */
  sharedState?: { health(): SharedStateHealth };
  now?: () => number;
}

/**
 * `degraded`: ready, but Redis is unreachable, so keyed writes are refused, reads go without the shared
 * cache and the quota is paced by this instance alone. Every replica shares one Redis: calling them all
 * unready would turn a Redis outage into a gateway outage (docs/deployment.md).
 */
export type ReadinessStatus = 'ready' | 'degraded' | 'unavailable';

/**
 * Whether this instance should get traffic. With server credentials it reads one payment
 * (`GET /payments?limit=1`), which proves the upstream answers and accepts the credentials; in
 * per-request mode it holds no credentials, so any HTTP answer proves the upstream is reachable.
 * Verdicts are cached and concurrent probes share one check; Redis's state is read as it is now. Once
 * draining (shutdown began), it is never ready again. Lives as long as the process.
 */
export class ReadinessProbe {
  private verdict: { ready: boolean; at: number } | undefined;
  private pending: Promise<boolean> | undefined;
  private draining = false;
  private readonly now: () => number;
  private readonly credentials: ScopedCredentials | undefined;

  constructor(private readonly options: ReadinessOptions) {
    this.now = options.now ?? Date.now;
    this.credentials = options.credentials && scoped(options.credentials);
  }

  /** Tells load balancers to stop sending traffic here. */
  markDraining(): void {
    this.draining = true;
  }

  async status(): Promise<ReadinessStatus> {
    if (!(await this.isReady())) return 'unavailable';
    const shared = this.options.sharedState?.health();
    return shared?.mode === 'redis' && !shared.up ? 'degraded' : 'ready';
  }

  async isReady(): Promise<boolean> {
    if (this.draining) return false;
    if (this.verdict && this.now() - this.verdict.at < this.options.cacheMs) return this.verdict.ready;
    this.pending ??= this.checkUpstream().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async checkUpstream(): Promise<boolean> {
    const { upstream } = this.options;
    const deadline = upstream.startDeadline();
    let ready: boolean;
    try {
      if (this.credentials) await upstream.forRequest(this.credentials, deadline).payments.listPayments({ limit: 1 });
      else await upstream.answers(deadline);
      ready = true;
    } catch (error) {
      // A spent quota is shared by every replica: calling them all unready would turn it into an outage.
      ready = error instanceof UpstreamError && error.code === 'UPSTREAM_RATE_LIMITED';
    } finally {
      deadline.dispose();
    }
    this.verdict = { ready, at: this.now() };
    return ready;
  }
}

/**
 * Serves `{"status":"ready"}` (200), `{"status":"degraded","redis":"down"}` (200: still serving) or
 * `{"status":"unavailable"}` (503) at `path`, and nothing more.
 */
export function useReadinessEndpoint(path: string, probe: ReadinessProbe): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== path) return;
      const status = await probe.status();
      const body = status === 'degraded' ? { status, redis: 'down' } : { status };
      endResponse(fetchAPI.Response.json(body, { status: status === 'unavailable' ? 503 : 200 }));
    },
  };
}
