import type { Plugin } from 'graphql-yoga';
import { scoped, type Credentials, type ScopedCredentials } from './credentials.js';
import { UpstreamError } from './upstream/errors.js';
import type { Upstream } from './upstream/index.js';

export interface ReadinessOptions {
  /** The process's upstream: its checks share the requests' pacing and circuits (an open one: not ready). */
  upstream: Upstream;
  /** The gateway's own credentials (server mode); undefined in per-request mode. */
  credentials: Credentials | undefined;
  /** How long a verdict is reused: probes from every load balancer must not spend the store's quota. */
  cacheMs: number;
  now?: () => number;
}

/**
 * Whether this instance should get traffic. With server credentials it reads one payment
 * (`GET /payments?limit=1`), which proves the upstream answers and accepts the credentials; in
 * per-request mode it holds no credentials, so any HTTP answer proves the upstream is reachable.
 * Verdicts are cached and concurrent probes share one check. Once draining (shutdown began), it is
 * never ready again. Lives as long as the process.
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

/** Serves `{"status":"ready"}` (200) or `{"status":"unavailable"}` (503) at `path`, and nothing more. */
export function useReadinessEndpoint(path: string, probe: ReadinessProbe): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== path) return;
      const ready = await probe.isReady();
      endResponse(
        fetchAPI.Response.json({ status: ready ? 'ready' : 'unavailable' }, { status: ready ? 200 : 503 }),
      );
    },
  };
}
