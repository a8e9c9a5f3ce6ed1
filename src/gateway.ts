/**
 * The composition root: the one place that wires the gateway together, for `main.ts`, the tests
 * (test/support/stack.ts) and the benchmarks alike. It reads nothing from the environment (config.ts
 * does) and listens on nothing (its caller does). Modules that only some settings need (GraphiQL's page,
 * the tracing SDK) are imported here on demand, so a gateway that does not use them never loads them.
 */
import type { Server } from 'node:http';
import type { Config, RemoteUpstream } from './config.js';
import { credentialSource } from './credentials.js';
import { InMemoryIdempotencyStore } from './idempotency/memory-store.js';
import type { IdempotencyStore } from './idempotency/store.js';
import { createStdoutLogger, type Logger } from './observability/logging.js';
import type { GatewayMetrics } from './observability/metrics.js';
import type { Tracing } from './observability/tracing.js';
import { createHttpServer } from './ops/http-server.js';
import { ReadinessProbe } from './readiness.js';
import { loadTrustedDocuments, type TrustedDocuments } from './security/trusted-documents.js';
import { createUpstream } from './upstream/index.js';
import { createApp } from './yoga.js';

/** The settings of a gateway whose upstream is known: in sandbox mode, main.ts points it at the sandbox. */
export type GatewayConfig = Omit<Config, 'upstream'> & { upstream: RemoteUpstream };

/** What a caller supplies instead of what the settings would make; tests and benchmarks use these. */
export interface GatewayOverrides {
  /** Default: stdout, in `config.logFormat`. */
  logger?: Logger;
  /** Default: a fresh registry. */
  metrics?: GatewayMetrics;
  /** Default: a probe of `config.upstream` with the server credentials, if any. */
  readiness?: ReadinessProbe;
  /** Default: OTLP export when `config.tracing` is set, else none. */
  tracing?: Tracing;
  /** Default: read from `config.trustedDocumentsPath` when set. */
  trustedDocuments?: TrustedDocuments;
  /** Default: an in-process store with `config.idempotency`. */
  idempotency?: IdempotencyStore;
  /** Chances for retry jitter, to make backoffs predictable; Math.random by default. */
  random?: () => number;
  /** Pool sockets per origin, when they should differ from the rule in `createGateway`. */
  poolConnections?: number;
}

export interface Gateway {
  /** The Yoga handler, also a Node request listener. */
  app: ReturnType<typeof createApp>;
  /** A Node HTTP server for `app` with `config.http`'s timeouts and cap; not listening yet. */
  server: Server;
  readiness: ReadinessProbe;
  logger: Logger;
  /** Closes the upstream pools and flushes tracing; call once the server has closed (ops/shutdown.ts). */
  close(): Promise<void>;
}

/** Builds the gateway from its settings; lives until `close`. */
export async function createGateway(config: GatewayConfig, overrides: GatewayOverrides = {}): Promise<Gateway> {
  const logger = overrides.logger ?? (await createStdoutLogger(config.logLevel, logFormatOf(config)));
  const tracing =
    overrides.tracing ??
    (config.tracing && (await import('./observability/tracing.js')).createOtlpTracing(config.tracing));
  const renderGraphiQL = config.exposure.graphiql
    ? (await import('@graphql-yoga/render-graphiql')).renderGraphiQL
    : undefined;
  const trustedDocuments =
    overrides.trustedDocuments ??
    (config.trustedDocumentsPath ? loadTrustedDocuments(config.trustedDocumentsPath) : undefined);
  const { b2bApiUrl, bcApiUrl } = config.upstream;
  const serverCredentials = config.auth.kind === 'server' ? config.auth.credentials : undefined;
  // Server mode: one caller, so as many sockets per origin as it may use at once. Per-request mode: many
  // callers share each origin's pool, so the sockets are not capped there (each caller's slots cap its
  // own calls); a pool capped at one caller's share would queue every other caller behind it.
  const connections =
    overrides.poolConnections ?? (config.auth.kind === 'server' ? config.upstreamMaxInFlight : undefined);
  // Process-level: the sockets, the quota and the upstream's health are shared by all requests.
  const upstream = createUpstream(
    {
      b2bBaseUrl: b2bApiUrl,
      bcBaseUrl: bcApiUrl,
      callTimeoutMs: config.upstreamTimeoutMs,
      maxInFlight: config.upstreamMaxInFlight,
      connections,
      resilience: config.resilience,
    },
    { ...(overrides.random && { random: overrides.random }) },
  );
  const readiness =
    overrides.readiness ??
    new ReadinessProbe({ upstream, credentials: serverCredentials, cacheMs: config.readinessCacheMs });
  const app = createApp({
    credentials: credentialSource(config.auth, serverCredentials),
    upstream,
    limits: config.limits,
    exposure: config.exposure,
    ...(renderGraphiQL && { renderGraphiQL }),
    logger,
    ...(overrides.metrics && { metrics: overrides.metrics }),
    readiness,
    ...(trustedDocuments && { trustedDocuments }),
    ...(tracing && { tracing }),
    idempotency: overrides.idempotency ?? new InMemoryIdempotencyStore(config.idempotency),
    upstreamReport: config.upstreamReport,
    corsOrigins: config.corsOrigins,
    authMode: config.auth.kind,
  });
  return {
    app,
    server: createHttpServer(app, config.http),
    readiness,
    logger,
    async close() {
      await upstream.close();
      await tracing?.shutdown();
    },
  };
}

/** `auto`: readable lines for a person at a terminal, JSON lines for a log collector. */
function logFormatOf(config: GatewayConfig) {
  if (config.logFormat !== 'auto') return config.logFormat;
  return process.stdout.isTTY ? 'pretty' : 'json';
}
