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
import { createUpstream } from './upstream/index.js';
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
  // Server mode: one caller, so as many sockets per origin as it may use at once. Per-request mode: many
  // callers share each origin's pool, so the sockets are not capped there (each caller's slots cap its
  // own calls); a pool capped at one caller's share would queue every other caller behind it.
  const connections = config.auth.kind === 'server' ? config.upstreamMaxInFlight : undefined;
  // Process-level: the sockets, the quota, the upstream's health are shared by all requests.
  const upstream = createUpstream({
    b2bBaseUrl,
    bcBaseUrl,
    callTimeoutMs: config.upstreamTimeoutMs,
    maxInFlight: config.upstreamMaxInFlight,
    connections,
    resilience: config.resilience,
  });
  const readiness = new ReadinessProbe({
    upstream,
    credentials: serverCredentials,
    cacheMs: config.readinessCacheMs,
  });
  const app = createApp({
    credentials: credentialSource(config.auth, serverCredentials),
    upstream,
    limits: config.limits,
    exposure: config.exposure,
    logger,
    readiness,
    ...(trustedDocuments && { trustedDocuments }),
    ...(tracing && { tracing }),
    idempotency: new InMemoryIdempotencyStore(config.idempotency),
    upstreamReport: config.upstreamReport,
    corsOrigins: config.corsOrigins,
  });
  const server = createServer(app);
  installGracefulShutdown({
    server,
    graceMs: config.shutdownGraceMs,
    logger,
    onDrainStart: () => readiness.markDraining(),
    close: [() => upstream.close(), async () => sandbox?.close(), async () => tracing?.shutdown()],
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
