import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig, type Config } from './config.js';
import { credentialSource } from './credentials.js';
import { startSandbox, type Sandbox } from './sandbox/server.js';
import { UpstreamPools } from './upstream/http-pools.js';
import { StoreLimiters } from './upstream/store-limiter.js';
import { createApp } from './yoga.js';

/** Credentials the gateway uses against its embedded sandbox, which accepts any non-empty pair. */
const SANDBOX_CREDENTIALS = { authToken: 'sandbox-token', storeHash: 'sandbox' };
/** How long in-flight requests may take to finish after SIGTERM before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/** The upstream base URL: the configured API, or an embedded sandbox started here. */
async function resolveUpstream(config: Config): Promise<{ b2bBaseUrl: URL; sandbox?: Sandbox }> {
  if (config.upstream.kind === 'remote') return { b2bBaseUrl: config.upstream.b2bApiUrl };
  const sandbox = await startSandbox({
    port: config.upstream.sandboxPort,
    latencyMs: config.upstream.sandboxLatencyMs,
  });
  return { b2bBaseUrl: new URL(sandbox.baseUrl), sandbox };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }

  const { b2bBaseUrl, sandbox } = await resolveUpstream(config);
  const serverCredentials = config.auth.kind === 'server' ? (config.auth.credentials ?? SANDBOX_CREDENTIALS) : undefined;
  // As many sockets per origin as one store may use at once: no socket the cap would leave idle.
  const pools = new UpstreamPools({ connections: config.upstreamMaxInFlight, timeoutMs: config.upstreamTimeoutMs });
  const app = createApp({
    b2bBaseUrl,
    credentials: credentialSource(config.auth, serverCredentials),
    pools,
    limiters: new StoreLimiters(config.upstreamMaxInFlight),
    upstreamTimeoutMs: config.upstreamTimeoutMs,
    upstreamReport: config.upstreamReport,
  });
  const server = createServer(app);
  server.listen(config.port, () => {
    const { port } = server.address() as AddressInfo;
    const upstream = sandbox ? `the embedded sandbox at ${sandbox.baseUrl}` : b2bBaseUrl.origin;
    console.log(`Gateway on http://localhost:${port}/graphql, talking to ${upstream}`);
  });

  const shutdown = () => {
    const forceExit = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
    forceExit.unref();
    server.close(async () => {
      await pools.close();
      await sandbox?.close();
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

await main();
