import type { Plugin } from 'graphql-yoga';
import type { Credentials } from './config.js';
import { B2bClient, b2bAuthHeaders } from './upstream/b2b-client.js';
import { UpstreamError } from './upstream/errors.js';
import type { UpstreamPools } from './upstream/http-pools.js';
import { PaymentsApi } from './upstream/payments-api.js';
import { B2B_RATE_LIMITS } from './upstream/rate-limit-headers.js';
import type { Resilience } from './upstream/resilience.js';
import { UpstreamClient } from './upstream/upstream-client.js';

export interface ReadinessOptions {
  b2bBaseUrl: URL;
  pools: UpstreamPools;
  upstreamTimeoutMs: number;
  /** The process's pacing and circuit state: an open circuit means not ready, without a call. */
  resilience: Resilience;
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

  constructor(private readonly options: ReadinessOptions) {
    this.now = options.now ?? Date.now;
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
    const { credentials, resilience, b2bBaseUrl } = this.options;
    const deadline = resilience.startDeadline();
    const http = new UpstreamClient({
      baseUrl: b2bBaseUrl,
      dispatcher: this.options.pools.for(b2bBaseUrl.origin),
      headers: credentials ? b2bAuthHeaders(credentials) : {},
      timeoutMs: this.options.upstreamTimeoutMs,
      guard: resilience.guard({
        origin: b2bBaseUrl.origin,
        store: credentials?.storeHash ?? '',
        deadline,
        rateLimits: B2B_RATE_LIMITS,
      }),
    });
    let ready: boolean;
    try {
      if (credentials) await new PaymentsApi(new B2bClient(http)).listPayments({ limit: 1 });
      else await http.send({ endpoint: 'readiness', method: 'GET', path: '/payments', query: { limit: 1 } });
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
