/**
 * The composition root: the one place that wires the gateway together, for `main.ts`, the tests
 * (test/support/stack.ts) and the benchmarks alike. It reads nothing from the environment (config.ts
 * does) and listens on nothing (its caller does). Modules that only some settings need (GraphiQL's page,
 * the tracing SDK) are imported here on demand, so a gateway that does not use them never loads them.
 */
import type { Server } from 'node:http';
import type { Config, RemoteUpstream } from './config.js';
import { credentialSource } from './credentials.js';
import type { IdempotencyStore } from './idempotency/store.js';
import { createStdoutLogger, type Logger } from './observability/logging.js';
import { GatewayMetrics } from './observability/metrics.js';
import type { Tracing } from './observability/tracing.js';
import { createHttpServer } from './ops/http-server.js';
import { ReadinessProbe } from './readiness.js';
import { loadTrustedDocuments, type TrustedDocuments } from './security/trusted-documents.js';
import { createSharedState, type SharedState } from './shared-state/index.js';
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
  /** Default: the shared state's (Redis with `REDIS_URL`, else in the process). */
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
  /** Closes the upstream pools and the shared state (Redis), flushes tracing; call once the server has closed. */
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
  const metrics = overrides.metrics ?? new GatewayMetrics();
  const sharedState = await startSharedState(config, logger);
  sharedState.registerMetrics(metrics.registry);
  const { b2bApiUrl, bcApiUrl } = config.upstream;
  const serverCredentials = config.auth.kind === 'server' ? config.auth.credentials : undefined;
  // Server mode: one caller, so as many sockets per origin as it may use at once. Per-request mode: many
  // callers share each origin's pool, so the sockets are not capped there (each caller's slots cap its
  // own calls); a pool capped at one caller's share would queue every other caller behind it.
  const connections =
    overrides.poolConnections ?? (config.auth.kind === 'server' ? config.upstreamMaxInFlight : undefined);
  // Process-level: the sockets and the upstream's health are shared by all requests; the stores' quotas by
  // every replica too, when the shared state lives in Redis.
  const upstream = createUpstream(
    {
      b2bBaseUrl: b2bApiUrl,
      bcBaseUrl: bcApiUrl,
      callTimeoutMs: config.upstreamTimeoutMs,
      maxInFlight: config.upstreamMaxInFlight,
      connections,
      resilience: config.resilience,
    },
    {
      quotaView: sharedState.quotaView,
      readCache: sharedState.readCache,
      ...(overrides.random && { random: overrides.random }),
    },
  );
  upstream.registerMetrics(metrics.registry);
  const readiness =
    overrides.readiness ??
    new ReadinessProbe({ upstream, credentials: serverCredentials, cacheMs: config.readinessCacheMs, sharedState });
  const app = createApp({
    credentials: credentialSource(config.auth, serverCredentials),
    upstream,
    limits: config.limits,
    exposure: config.exposure,
    ...(renderGraphiQL && { renderGraphiQL }),
    logger,
    metrics,
    readiness,
    ...(trustedDocuments && { trustedDocuments }),
    ...(tracing && { tracing }),
    idempotency: overrides.idempotency ?? sharedState.idempotency,
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
      await sharedState.close();
      await tracing?.shutdown();
    },
  };
}

/** How long the start waits for Redis: a gateway that starts while Redis is down serves, and recovers with it. */
const REDIS_START_WAIT_MS = 2_000;

/** The shared state, and a word in the log when Redis is set but not reached at start. */
async function startSharedState(config: GatewayConfig, logger: Logger): Promise<SharedState> {
  const sharedState = await createSharedState(config.sharedState, logger);
  if (!(await sharedState.whenReady(REDIS_START_WAIT_MS))) {
    logger.warn({}, 'Redis (REDIS_URL) not reached at start: reads go on without the cache, keyed writes are refused');
  }
  return sharedState;
}

/** `auto`: readable lines for a person at a terminal, JSON lines for a log collector. */
function logFormatOf(config: GatewayConfig) {
  if (config.logFormat !== 'auto') return config.logFormat;
  return process.stdout.isTTY ? 'pretty' : 'json';
}
