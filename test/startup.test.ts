/**
 * Starting the built gateway (`npm test` builds first) as `npm start` and the container do: what a start
 * that cannot succeed says, what a start loads, and that `npm start` passes SIGTERM on to the gateway.
 */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { GatewayProcess, PROJECT_ROOT } from './support/gateway-process.js';

const SLOW_START_MS = 60_000;

/** Runs `node dist/main.js` to its exit; for starts that must fail. */
async function failedStart(env: Record<string, string>) {
  const run = promisify(execFile)(process.execPath, ['dist/main.js'], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    timeout: SLOW_START_MS,
  });
  const outcome = await run.then(
    () => ({ code: 0, stdout: '', stderr: '' }),
    (error: { code?: number; stdout: string; stderr: string }) => error,
  );
  return { code: outcome.code, stdout: outcome.stdout, stderr: outcome.stderr };
}

async function occupiedPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { port: address.port, server };
}

describe('a start that cannot succeed says why in one line and exits 1', () => {
  let blocker: Server | undefined;
  afterEach(() => blocker?.close());

  it(
    'in production without credentials, instead of serving made-up data',
    async () => {
      expect(await failedStart({ NODE_ENV: 'production', PORT: '0' })).toEqual({
        code: 1,
        stdout: '',
        stderr:
          'Invalid configuration: NODE_ENV=production with no upstream credentials: set B2B_AUTH_TOKEN and B2B_STORE_HASH ' +
          "(or AUTH_MODE=per-request with B2B_API_URL), or SANDBOX=true to serve the sandbox's made-up data on purpose\n",
      });
    },
    SLOW_START_MS,
  );

  it(
    'with bad settings of the gateway and of its sandbox, all in one message',
    async () => {
      const outcome = await failedStart({
        PORT: 'eighty',
        SANDBOX_LATENCY_MS: '-5',
        SANDBOX_QUOTA: 'lots',
        LOG_LEVEL: 'loud',
      });

      expect(outcome).toEqual({
        code: 1,
        stdout: '',
        stderr: [
          'Invalid configuration:',
          '  - PORT must be a whole number from 0 to 65535 (got "eighty")',
          '  - LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
          '  - SANDBOX_QUOTA must look like 150/60 (got "lots")',
          '  - SANDBOX_LATENCY_MS must be a whole number from 0 to 60000 (got "-5")',
          '',
        ].join('\n'),
      });
    },
    SLOW_START_MS,
  );

  it(
    'when PORT is in use',
    async () => {
      const occupied = await occupiedPort();
      blocker = occupied.server;

      const outcome = await failedStart({ PORT: String(occupied.port), B2B_AUTH_TOKEN: 't', B2B_STORE_HASH: 'h' });

      expect(outcome.code).toBe(1);
      expect(outcome.stderr).toBe(
        `PORT=${occupied.port}: the port is in use. Set PORT to a free port, or stop what uses it.\n`,
      );
    },
    SLOW_START_MS,
  );

  it(
    "when the embedded sandbox's SANDBOX_PORT is in use",
    async () => {
      const occupied = await occupiedPort();
      blocker = occupied.server;

      const outcome = await failedStart({ PORT: '0', SANDBOX_PORT: String(occupied.port) });

      expect(outcome.code).toBe(1);
      expect(outcome.stderr).toBe(
        `SANDBOX_PORT=${occupied.port}: the port is in use. Set SANDBOX_PORT to a free port, ` +
          'or stop what uses it (is `npm run sandbox` running?).\n',
      );
    },
    SLOW_START_MS,
  );
});

describe('what a start loads', () => {
  let gateway: GatewayProcess | undefined;
  afterEach(() => gateway?.kill());

  /** The module URLs a started gateway loaded, through test/support/record-modules.mjs. */
  async function modulesLoaded(env: Record<string, string>): Promise<string[]> {
    const log = join(mkdtempSync(join(tmpdir(), 'modules-')), 'loaded.txt');
    gateway = GatewayProcess.start(['--import', './test/support/record-modules.mjs', 'dist/main.js'], {
      ...env,
      MODULE_LOG: log,
    });
    await gateway.logLine('listening');
    gateway.signal('SIGTERM');
    expect(await gateway.exited).toBe(0);
    return readFileSync(log, 'utf8').split('\n');
  }

  const optional = (urls: string[]) => ({
    graphiql: urls.some((url) => url.includes('/@graphql-yoga/render-graphiql/')),
    tracingSdk: urls.some((url) => url.includes('/@opentelemetry/sdk-trace-base/')),
    otlpExporter: urls.some((url) => url.includes('/@opentelemetry/exporter-trace-otlp-http/')),
    sandbox: urls.some((url) => url.includes('/dist/sandbox/')),
    redisClient: urls.some((url) => url.includes('/@redis/client/')),
  });

  it(
    'in production: no GraphiQL page, no tracing SDK, no sandbox, no Redis client',
    async () => {
      const urls = await modulesLoaded({
        NODE_ENV: 'production',
        B2B_AUTH_TOKEN: 'token',
        B2B_STORE_HASH: 'store',
        B2B_API_URL: 'http://127.0.0.1:9/api/v3/io/ip',
      });

      expect(urls.some((url) => url.endsWith('/dist/gateway.js'))).toBe(true);
      expect(optional(urls)).toEqual({
        graphiql: false,
        tracingSdk: false,
        otlpExporter: false,
        sandbox: false,
        redisClient: false,
      });
    },
    SLOW_START_MS,
  );

  it(
    'each of them once its setting asks for it',
    async () => {
      // Redis is not listening there: the gateway still starts, and says so.
      const urls = await modulesLoaded({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9',
        REDIS_URL: 'redis://127.0.0.1:9',
      });

      expect(optional(urls)).toEqual({
        graphiql: true,
        tracingSdk: true,
        otlpExporter: true,
        sandbox: true,
        redisClient: true,
      });
    },
    SLOW_START_MS,
  );
});

describe('npm start', () => {
  it(
    'passes SIGTERM on to the gateway, which drains and exits, leaving no process behind',
    async () => {
      // --ignore-scripts skips the prestart build (npm test has built), not the start script itself.
      const npm = spawn('npm', ['start', '--ignore-scripts', '--silent'], {
        cwd: PROJECT_ROOT,
        env: { PATH: process.env['PATH'] ?? '', PORT: '0', SANDBOX_PORT: '0' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const lines: Array<Record<string, unknown>> = [];
      const listening = new Promise<Record<string, unknown>>((resolve) => {
        createInterface({ input: npm.stdout }).on('line', (line) => {
          const parsed = JSON.parse(line) as Record<string, unknown>;
          lines.push(parsed);
          if (String(parsed['msg']).startsWith('listening ')) resolve(parsed);
        });
      });
      const exited = once(npm, 'exit');
      const { pid } = await listening;

      npm.kill('SIGTERM');

      expect((await exited)[0]).toBe(0);
      expect(lines.map((line) => line['msg'])).toEqual([
        expect.stringMatching(/^listening on /),
        'draining',
        'stopped',
      ]);
      expect(() => process.kill(Number(pid), 0)).toThrowError(expect.objectContaining({ code: 'ESRCH' }));
    },
    SLOW_START_MS,
  );
});

describe('the dev loop', () => {
  const LISTENING =
    'listening on http://localhost:\\d+/graphql, GraphiQL at http://localhost:\\d+/graphql; ' +
    'upstream: the embedded sandbox on http://127\\.0\\.0\\.1:\\d+ \\(made-up data\\)';

  it(
    'logs readable lines in a terminal, the first naming GraphiQL and the sandbox',
    async () => {
      // `script` gives the gateway a terminal for its stdout, as a developer's shell does.
      const terminal = spawn('script', ['-qfec', `${process.execPath} dist/main.js`, '/dev/null'], {
        cwd: PROJECT_ROOT,
        env: { PATH: process.env['PATH'] ?? '', PORT: '0', SANDBOX_PORT: '0' },
        stdio: ['pipe', 'pipe', 'inherit'],
        detached: true,
      });
      const exited = once(terminal, 'exit');
      const firstLine = new Promise<string>((resolve) => {
        createInterface({ input: terminal.stdout }).on('line', (line) => {
          if (line.trim() !== '') resolve(line);
        });
      });

      const line = await firstLine;
      process.kill(-Number(terminal.pid), 'SIGTERM');
      await exited;

      expect(line).not.toMatch(/^\s*\{/);
      expect(line).toMatch(new RegExp(`INFO.*${LISTENING}`));
    },
    SLOW_START_MS,
  );

  it(
    'logs JSON lines when stdout is not a terminal, the first with the same message',
    async () => {
      const gateway = GatewayProcess.start(['dist/main.js'], {});
      try {
        const listening = await gateway.logLine('listening');
        expect(listening.msg).toMatch(new RegExp(`^${LISTENING}$`));
        expect(gateway.otherOutput).toEqual([]);
      } finally {
        gateway.kill();
      }
    },
    SLOW_START_MS,
  );
});
