import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { loadConfig, type UpstreamReportMode } from '../../src/config.js';
import type { ContextDependencies } from '../../src/context.js';
import { credentialSource, type AuthMode, type Credentials } from '../../src/credentials.js';
import { InMemoryIdempotencyStore } from '../../src/idempotency/memory-store.js';
import type { IdempotencyStore } from '../../src/idempotency/store.js';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/server.js';
import { createUpstream } from '../../src/upstream/index.js';
import type { ResilienceSettings } from '../../src/upstream/resilience/caller.js';
import { createApp, type AppOptions } from '../../src/yoga.js';

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
  close(): Promise<void>;
}

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
  /** Upstream requests in flight per caller; also the pool's sockets in server mode, as in main.ts. Default 8. */
  upstreamMaxInFlight?: number;
  /** Pool sockets per origin when they should differ from the cap (to show the cap holds on its own). */
  poolConnections?: number;
  upstreamReport?: UpstreamReportMode;
  /** Where idempotency keys live; a fresh in-memory store by default. */
  idempotency?: IdempotencyStore;
  /** Production settings (limits, logger, metrics, tracing, trusted documents...), or a function of the sandbox giving them. */
  app?: AppSettings | ((sandbox: Sandbox) => AppSettings);
}

type AppSettings = Omit<Partial<AppOptions>, keyof ContextDependencies>;

export async function startStack(options: StackOptions = {}): Promise<TestStack> {
  const sandbox = await startSandbox({ port: 0, ...options.sandbox });
  const upstreamTimeoutMs = options.upstreamTimeoutMs ?? 5_000;
  const maxInFlight = options.upstreamMaxInFlight ?? 8;
  const auth = options.auth ?? { kind: 'server', credentials: TEST_CREDENTIALS };
  const defaults = loadConfig({});
  const upstream = createUpstream(
    {
      b2bBaseUrl: options.b2bBaseUrl ?? new URL(sandbox.baseUrl),
      // The sandbox serves the Admin API's `/stores/{hash}/v3/...` paths from its origin, as in sandbox mode.
      bcBaseUrl: new URL(sandbox.origin),
      callTimeoutMs: upstreamTimeoutMs,
      maxInFlight,
      // As main.ts: capped at one caller's share in server mode, uncapped when callers share the pools.
      connections: options.poolConnections ?? (auth.kind === 'server' ? maxInFlight : undefined),
      resilience: { ...defaults.resilience, ...options.resilience },
    },
    { random: options.random },
  );
  const dependencies: ContextDependencies = {
    credentials: credentialSource(auth, auth.kind === 'server' ? auth.credentials : undefined),
    upstream,
    idempotency: options.idempotency ?? new InMemoryIdempotencyStore(defaults.idempotency),
  };
  const app = createApp({
    ...dependencies,
    ...(options.upstreamReport && { upstreamReport: options.upstreamReport }),
    ...(typeof options.app === 'function' ? options.app(sandbox) : options.app),
  });
  const server = createServer(app);
  const gatewayUrl = await listen(server);

  return {
    gatewayUrl,
    sandbox,
    async execute(document, variables, headers = {}) {
      const response = await fetch(`${gatewayUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    upstreamRequests: () => sandbox.log.entries().map(describeRequest),
    resetUpstreamLog: () => sandbox.log.clear(),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await upstream.close();
      await sandbox.close();
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

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}
