/**
 * `npm start`: reads the settings, starts the embedded sandbox in sandbox mode, builds the gateway
 * (gateway.ts), listens, and drains on SIGTERM or SIGINT (ops/shutdown.ts). A start that cannot succeed
 * (bad settings, a port in use) says why in one message on stderr and exits 1.
 */
import { ConfigError, exitAtStart, parseConfig, type Config, type RemoteUpstream } from './config.js';
import { createGateway, type GatewayConfig } from './gateway.js';
import { listen } from './ops/http-server.js';
import { installGracefulShutdown } from './ops/shutdown.js';

/** Credentials the gateway uses against its embedded sandbox, which accepts any non-empty pair. */
const SANDBOX_CREDENTIALS = { authToken: 'sandbox-token', storeHash: 'sandbox' };
const IS_NPM_RUN_SANDBOX_RUNNING = 'or stop what uses it (is `npm run sandbox` running?)';

const parsed = parseConfig(process.env);
// The one import of sandbox code: a gateway on a real API never loads it.
const sandboxMode = (parsed.ok ? parsed.config.upstream.kind === 'sandbox' : parsed.sandbox)
  ? await import('./sandbox/index.js')
  : undefined;
const sandboxSettings = sandboxMode?.parseSandboxSettings(process.env);
const problems = [
  ...(parsed.ok ? [] : parsed.problems),
  ...(sandboxSettings?.ok === false ? sandboxSettings.problems : []),
];
if (!parsed.ok || problems.length > 0) exitAtStart(new ConfigError(problems).message);
const config = parsed.config;

const sandbox =
  sandboxMode && sandboxSettings?.ok
    ? await sandboxMode
        .startSandbox(sandboxSettings.options)
        .catch((error: unknown) =>
          exitIfPortInUse(error, 'SANDBOX_PORT', sandboxSettings.options.port, IS_NPM_RUN_SANDBOX_RUNNING),
        )
    : undefined;
const upstream: RemoteUpstream =
  config.upstream.kind === 'remote'
    ? config.upstream
    : // The sandbox serves the Admin API's `/stores/{hash}/v3/...` paths from its origin.
      { kind: 'remote', b2bApiUrl: new URL(sandbox?.baseUrl ?? ''), bcApiUrl: new URL(sandbox?.origin ?? '') };

const gateway = await createGateway(withUpstream(config, upstream));
const { server, logger } = gateway;
installGracefulShutdown({
  server,
  graceMs: config.shutdownGraceMs,
  logger,
  onDrainStart: () => gateway.readiness.markDraining(),
  close: [() => gateway.close(), async () => sandbox?.close()],
});
const { port } = await listen(server, config.port).catch((error: unknown) =>
  exitIfPortInUse(error, 'PORT', config.port, 'or stop what uses it'),
);

// The first line names where GraphiQL is and whether the data is real.
const url = `http://localhost:${port}/graphql`;
const upstreamText = sandbox ? `the embedded sandbox on ${sandbox.origin} (made-up data)` : upstream.b2bApiUrl.origin;
const graphiqlText = config.exposure.graphiql ? `GraphiQL at ${url}` : 'GraphiQL off (GRAPHIQL_ENABLED)';
const fields = {
  port,
  url,
  pid: process.pid,
  upstream: sandbox ? sandbox.origin : [upstream.b2bApiUrl.origin, upstream.bcApiUrl.origin],
  sandbox: sandbox !== undefined,
  authMode: config.auth.kind,
  graphiql: config.exposure.graphiql,
  introspection: config.exposure.introspection,
  trustedDocuments: config.trustedDocumentsPath ?? null,
  tracing: config.tracing !== undefined,
};
// SANDBOX=true in production is allowed on purpose, and said loudly: clients get made-up payments.
if (sandbox && config.production) {
  const warning = `SANDBOX=true in production: answers come from ${upstreamText}`;
  logger.warn(fields, `listening on ${url}, ${graphiqlText}; ${warning}`);
} else {
  logger.info(fields, `listening on ${url}, ${graphiqlText}; upstream: ${upstreamText}`);
}

/** The settings with the upstream resolved, and in sandbox mode the credentials its sandbox accepts. */
function withUpstream(settings: Config, remote: RemoteUpstream): GatewayConfig {
  const auth =
    settings.auth.kind === 'server' && !settings.auth.credentials && sandbox
      ? { kind: 'server' as const, credentials: SANDBOX_CREDENTIALS }
      : settings.auth;
  return { ...settings, upstream: remote, auth };
}

/** A port in use is a setting to change, said in one line; anything else is a crash with its stack. */
function exitIfPortInUse(error: unknown, setting: string, value: number, advice: string): never {
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    exitAtStart(`${setting}=${value}: the port is in use. Set ${setting} to a free port, ${advice}.`);
  }
  throw error;
}
