import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { RedisConnection } from '../../src/shared-state/redis-connection.js';
import { REDIS_DEFAULTS } from '../../src/shared-state/redis-settings.js';

/** A real `redis-server` on a loopback port of its own, with nothing saved to disk. */
export interface RedisServer {
  readonly port: number;
  /** `redis://127.0.0.1:<port>`. */
  readonly url: string;
  /** Stops the server (SIGTERM to its pid) and waits for it to exit; its keys are gone. */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty, and waits until it answers. */
  restart(): Promise<void>;
  /** Freezes it (SIGSTOP): connections stay open, nothing answers, as with a hung Redis. */
  pause(): void;
  /** Lets a paused server go on (SIGCONT). */
  resume(): void;
}

/** Generous: a loaded machine may take seconds to start a process. */
const READY_WITHIN_MS = 10_000;
const EXIT_WITHIN_MS = 10_000;

/**
 * Starts `redis-server --port <free port> --bind 127.0.0.1 --save '' --appendonly no` and waits until it
 * answers PING. Debian's `redis-server` package provides it (`apt-get install -y redis-server`).
 */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined = await launch(port);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child) await terminate(child);
      child = undefined;
    },
    async restart() {
      if (child) await terminate(child);
      child = await launch(port);
    },
    pause() {
      child?.kill('SIGSTOP');
    },
    resume() {
      child?.kill('SIGCONT');
    },
  };
}

/** One server for the whole test file: started before its first test, stopped after its last. */
export function useRedisServer(): { readonly current: RedisServer } {
  let server: RedisServer | undefined;
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(() => server?.stop());
  return {
    get current(): RedisServer {
      if (!server) throw new Error('the Redis server is used before beforeAll started it');
      return server;
    },
  };
}

/**
 * Connections as replicas make them, each its own socket to the file's server (or to `url`, e.g. through a
 * proxy), ready before they are handed out and closed after each test.
 */
export function useRedisConnections(server: { readonly current: RedisServer }) {
  const opened: RedisConnection[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((connection) => connection.close()));
  });
  return {
    async connect(keyPrefix: string, url = server.current.url): Promise<RedisConnection> {
      const connection = new RedisConnection({ ...REDIS_DEFAULTS, url, keyPrefix });
      opened.push(connection);
      if (!(await connection.whenReady(10_000))) throw new Error(`Redis at ${url} did not answer`);
      return connection;
    },
  };
}

async function launch(port: number): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning'];
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-2_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (error) =>
      reject(new Error(`cannot run redis-server (apt-get install -y redis-server): ${error.message}`)),
    );
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code} before answering:\n${output}`)));
  });
  failed.catch(() => {});
  await Promise.race([answersPing(port), failed]);
  return child;
}

async function answersPing(port: number): Promise<void> {
  const until = Date.now() + READY_WITHIN_MS;
  while (Date.now() < until) {
    if (await ping(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`redis-server on port ${port} did not answer PING within ${READY_WITHIN_MS} ms`);
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let reply = '';
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A paused server would never act on SIGTERM.
  child.kill('SIGCONT');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), EXIT_WITHIN_MS);
  await exited;
  clearTimeout(timer);
}

/** A port the kernel just handed out and released; redis-server takes it a moment later. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
