import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig, type Config } from './config.js';
import type { B2bTarget } from './context.js';
import { startSandbox, type Sandbox } from './sandbox/server.js';
import { UpstreamPools } from './upstream/http-pools.js';
import { createApp } from './yoga.js';

/** Credentials the gateway uses against its embedded sandbox, which accepts any non-empty pair. */
const SANDBOX_CREDENTIALS = { authToken: 'sandbox-token', storeHash: 'sandbox' };
/** Upstream requests in flight per origin; the B2B quota is 150 a minute per store, shared. */
const UPSTREAM_CONNECTIONS = 16;
/** How long in-flight requests may take to finish after SIGTERM before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

async function resolveTarget(config: Config): Promise<{ target: B2bTarget; sandbox?: Sandbox }> {
  if (config.upstream.kind === 'remote') {
    return { target: { baseUrl: config.upstream.b2bApiUrl, credentials: config.upstream.credentials } };
  }
  const sandbox = await startSandbox({
    port: config.upstream.sandboxPort,
    latencyMs: config.upstream.sandboxLatencyMs,
  });
  return { target: { baseUrl: new URL(sandbox.baseUrl), credentials: SANDBOX_CREDENTIALS }, sandbox };
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

  const { target, sandbox } = await resolveTarget(config);
  const pools = new UpstreamPools({ connections: UPSTREAM_CONNECTIONS, timeoutMs: config.upstreamTimeoutMs });
  const app = createApp({ b2b: target, pools, upstreamTimeoutMs: config.upstreamTimeoutMs });
  const server = createServer(app);
  server.listen(config.port, () => {
    const { port } = server.address() as AddressInfo;
    const upstream = sandbox ? `the embedded sandbox at ${sandbox.baseUrl}` : target.baseUrl.origin;
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
