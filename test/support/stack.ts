import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { loadConfig } from '../../src/config.js';
import type { AuthMode, Credentials } from '../../src/credentials.js';
import { createGateway, type Gateway, type GatewayOverrides } from '../../src/gateway.js';
import type { IdempotencyStore } from '../../src/idempotency/store.js';
import { silentLogger } from '../../src/observability/logging.js';
import type { UpstreamReportMode } from '../../src/observability/upstream-report.js';
import { listen, type HttpServerSettings } from '../../src/ops/http-server.js';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/server.js';
import type { Exposure } from '../../src/security/exposure.js';
import type { QueryLimits } from '../../src/security/query-limits.js';
import type { SharedStateSettings } from '../../src/shared-state/index.js';
import type { ResilienceSettings } from '../../src/upstream/resilience/caller.js';

export const TEST_CREDENTIALS: Credentials = { authToken: 'test-token-5f1e', storeHash: 'teststore' };

/**
 * Resilience off: one attempt per call, no pacing, no circuit breaker. For tests of how one upstream
 * answer maps to a GraphQL answer, where retries would read a second answer and earlier tests' failures
 * would open the circuit.
 */
export const SINGLE_ATTEMPT: Partial<ResilienceSettings> = {
  retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
  pacing: { threshold: 0 },
  breaker: { failurePercent: 0, minimumCalls: 1, windowMs: 10_000, openMs: 10_000 },
};

export interface GraphQLResponse<Data> {
  status: number;
  body: ExecutionResult<Data> & { extensions?: Record<string, unknown> };
}

/** A sandbox and a gateway, each on a free loopback port, talking real HTTP to each other. */
export interface TestStack {
  gatewayUrl: string;
  sandbox: Sandbox;
  execute<Data, Variables>(
    document: TypedDocumentNode<Data, Variables>,
    variables?: Variables,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Data>>;
  /** Upstream requests the sandbox received since the last reset, as `METHOD /path?query`. */
  upstreamRequests(): string[];
  resetUpstreamLog(): void;
  /**
   * A fresh gateway on the same sandbox (no pacing, circuit, key or cache state left from earlier
   * requests), with the sandbox's fault rules and request log cleared. The sandbox keeps its data.
   */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** What a test sets beside the upstream: limits, exposure, CORS, and what it supplies itself. */
type SuppliedByTests = 'logger' | 'metrics' | 'readiness' | 'tracing' | 'trustedDocuments';
export type AppSettings = Pick<GatewayOverrides, SuppliedByTests> & {
  limits?: QueryLimits;
  exposure?: Exposure;
  corsOrigins?: string[];
};

export interface StackOptions {
  sandbox?: SandboxOptions;
  /** Where the gateway sends B2B calls instead of the sandbox, e.g. a port that refuses connections. */
  b2bBaseUrl?: URL;
  /** `server` (the default) uses TEST_CREDENTIALS; `per-request` forwards each caller's headers. */
  auth?: AuthMode;
  /** Per upstream call; default 5 s. */
  upstreamTimeoutMs?: number;
  /** Replaces the default settings (config.ts) named here. */
  resilience?: Partial<ResilienceSettings>;
  /** Chances for retry jitter, to make backoffs predictable; Math.random by default. */
  random?: () => number;
  /** Upstream requests in flight per caller; also the pool's sockets in server mode, as in gateway.ts. Default 64. */
  upstreamMaxInFlight?: number;
  /** Pool sockets per origin when they should differ from the cap (to show the cap holds on its own). */
  poolConnections?: number;
  upstreamReport?: UpstreamReportMode;
  /** Where idempotency keys live; a fresh in-memory store by default. */
  idempotency?: IdempotencyStore;
  /**
   * Redis and the read cache. Default: in the process, with the read cache off (`READ_CACHE_TTL_MS=0`), so
   * every request makes its own calls and tests of call plans need not reset between queries.
   */
  sharedState?: SharedStateSettings;
  /** Replaces the HTTP server's default timeouts and cap (config.ts) named here. */
  http?: Partial<HttpServerSettings>;
  /**
   * Production settings (limits, logger, metrics, tracing, trusted documents...), or a function of the
   * sandbox giving them.
   */
  app?: AppSettings | ((sandbox: Sandbox) => AppSettings);
}

export async function startStack(options: StackOptions = {}): Promise<TestStack> {
  const sandbox = await startSandbox({ port: 0, ...options.sandbox });
  let gateway = await startGateway(sandbox, options);

  return {
    get gatewayUrl() {
      return gateway.url;
    },
    sandbox,
    async execute(document, variables, headers = {}) {
      const response = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    upstreamRequests: () => sandbox.log.entries().map(describeRequest),
    resetUpstreamLog: () => sandbox.log.clear(),
    async reset() {
      await gateway.stop();
      sandbox.faults.clear();
      sandbox.log.clear();
      gateway = await startGateway(sandbox, options);
    },
    async close() {
      await gateway.stop();
      await sandbox.close();
    },
  };
}

/** A gateway built by `createGateway`, as main.ts builds it, from the defaults and the test's settings. */
async function startGateway(sandbox: Sandbox, options: StackOptions): Promise<{ url: string; stop(): Promise<void> }> {
  const defaults = loadConfig({});
  const { limits, exposure, corsOrigins, logger, ...supplied } =
    typeof options.app === 'function' ? options.app(sandbox) : (options.app ?? {});
  const gateway: Gateway = await createGateway(
    {
      ...defaults,
      upstream: {
        kind: 'remote',
        b2bApiUrl: options.b2bBaseUrl ?? new URL(sandbox.baseUrl),
        // The sandbox serves the Admin API's `/stores/{hash}/v3/...` paths from its origin, as in sandbox mode.
        bcApiUrl: new URL(sandbox.origin),
      },
      auth: options.auth ?? { kind: 'server', credentials: TEST_CREDENTIALS },
      upstreamTimeoutMs: options.upstreamTimeoutMs ?? 5_000,
      resilience: { ...defaults.resilience, ...options.resilience },
      http: { ...defaults.http, ...options.http },
      upstreamMaxInFlight: options.upstreamMaxInFlight ?? defaults.upstreamMaxInFlight,
      sharedState: options.sharedState ?? {
        ...defaults.sharedState,
        readCache: { ...defaults.sharedState.readCache, ttlMs: 0 },
      },
      ...(options.upstreamReport && { upstreamReport: options.upstreamReport }),
      ...(limits && { limits }),
      ...(exposure && { exposure }),
      ...(corsOrigins && { corsOrigins }),
    },
    {
      ...supplied,
      logger: logger ?? silentLogger(),
      ...(options.idempotency && { idempotency: options.idempotency }),
      ...(options.random && { random: options.random }),
      ...(options.poolConnections !== undefined && { poolConnections: options.poolConnections }),
    },
  );
  const { port } = await listen(gateway.server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await new Promise<void>((resolve) => gateway.server.close(() => resolve()));
      await gateway.close();
    },
  };
}

function describeRequest(entry: { method: string; path: string; query: Record<string, string | string[]> }): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(entry.query)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, item);
  }
  const query = params.toString();
  return `${entry.method} ${entry.path}${query ? `?${query}` : ''}`;
}
