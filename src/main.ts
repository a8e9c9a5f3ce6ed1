import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig, loadedOrExit, type Config } from './config.js';
import { credentialSource } from './credentials.js';
import { createLogger } from './logging.js';
import { createOtlpTracing } from './observability/tracing.js';
import { ReadinessProbe } from './readiness.js';
import { InMemoryIdempotencyStore } from './idempotency/memory-store.js';
import { startSandbox, type Sandbox } from './sandbox/server.js';
import { loadTrustedDocuments } from './security/trusted-documents.js';
import { installGracefulShutdown } from './shutdown.js';
import { UpstreamPools } from './upstream/http-pools.js';
import { Resilience } from './upstream/resilience.js';
import { StoreLimiters } from './upstream/store-limiter.js';
import { createApp } from './yoga.js';

/** Credentials the gateway uses against its embedded sandbox, which accepts any non-empty pair. */
const SANDBOX_CREDENTIALS = { authToken: 'sandbox-token', storeHash: 'sandbox' };

/**
 * The upstream base URLs: the configured APIs, or an embedded sandbox started here, which serves the
 * Admin API's `/stores/{hash}/v3/...` paths from its origin.
 */
async function resolveUpstream(config: Config): Promise<{ b2bBaseUrl: URL; bcBaseUrl: URL; sandbox?: Sandbox }> {
  if (config.upstream.kind === 'remote') {
    return { b2bBaseUrl: config.upstream.b2bApiUrl, bcBaseUrl: config.upstream.bcApiUrl };
  }
  const sandbox = await startSandbox(config.upstream.sandbox);
  return { b2bBaseUrl: new URL(sandbox.baseUrl), bcBaseUrl: new URL(sandbox.origin), sandbox };
}

async function main(): Promise<void> {
  const config = loadedOrExit(() => loadConfig());

  const logger = createLogger(config.logLevel);
  const trustedDocuments = config.trustedDocumentsPath ? loadTrustedDocuments(config.trustedDocumentsPath) : undefined;
  const tracing = config.tracing && createOtlpTracing(config.tracing);
  const { b2bBaseUrl, bcBaseUrl, sandbox } = await resolveUpstream(config);
  const serverCredentials = config.auth.kind === 'server' ? (config.auth.credentials ?? SANDBOX_CREDENTIALS) : undefined;
  // Server mode: one store, so as many sockets per origin as it may use at once. Per-request mode: many
  // stores share each origin's pool, so the sockets are not capped there (each store's limiter caps its
  // own calls); a pool capped at one store's share would queue every other store behind it.
  const connections = config.auth.kind === 'server' ? config.upstreamMaxInFlight : undefined;
  const pools = new UpstreamPools({ connections, timeoutMs: config.upstreamTimeoutMs });
  // Process-level, like the pools: the quota, the upstream's health and the keys are shared by all requests.
  const resilience = new Resilience(config.resilience);
  const readiness = new ReadinessProbe({
    b2bBaseUrl,
    pools,
    resilience,
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    credentials: serverCredentials,
    cacheMs: config.readinessCacheMs,
  });
  const app = createApp({
    b2bBaseUrl,
    bcBaseUrl,
    credentials: credentialSource(config.auth, serverCredentials),
    pools,
    limiters: new StoreLimiters(config.upstreamMaxInFlight),
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    limits: config.limits,
    exposure: config.exposure,
    logger,
    readiness,
    ...(trustedDocuments && { trustedDocuments }),
    ...(tracing && { tracing }),
    resilience,
    idempotency: new InMemoryIdempotencyStore(config.idempotency),
    upstreamReport: config.upstreamReport,
    corsOrigins: config.corsOrigins,
    authMode: config.auth.kind,
  });
  const server = createServer(app);
  installGracefulShutdown({
    server,
    graceMs: config.shutdownGraceMs,
    logger,
    onDrainStart: () => readiness.markDraining(),
    close: [() => pools.close(), async () => sandbox?.close(), async () => tracing?.shutdown()],
  });
  server.listen(config.port, () => {
    const { port } = server.address() as AddressInfo;
    logger.info(
      {
        port,
        url: `http://localhost:${port}/graphql`,
        upstream: sandbox ? sandbox.origin : [b2bBaseUrl.origin, bcBaseUrl.origin],
        sandbox: sandbox !== undefined,
        authMode: config.auth.kind,
        graphiql: config.exposure.graphiql,
        introspection: config.exposure.introspection,
        trustedDocuments: trustedDocuments?.size ?? null,
        tracing: tracing !== undefined,
      },
      'listening',
    );
  });
}

await main();
