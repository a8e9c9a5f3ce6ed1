/**
 * The bench's own redis-server: started per cell, empty, nothing saved to disk, stopped by its pid. Debian's
 * `redis-server` package provides both binaries used here (`apt-get install -y redis-server`).
 *
 * `RedisServer` and `startRedisServer` have the names and shape of the test suite's Redis helper, so the
 * bench can take that one instead once it can be imported outside vitest; `connectedClients` only needs a port.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';

export interface RedisServer {
  readonly port: number;
  /** `redis://127.0.0.1:<port>`. */
  readonly url: string;
  /** Stops the server and waits for it to exit; its keys are gone. */
  stop(): Promise<void>;
}

/** Generous: on a loaded machine a process may take seconds to start. */
const READY_WITHIN_MS = 15_000;

/** Starts `redis-server` on a free loopback port and waits for its "Ready to accept connections" line. */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await ready(child, port);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** How many clients the server at `port` has open, not counting the one asking (`redis-cli`). */
export async function connectedClients(port: number): Promise<number> {
  const { stdout } = await promisify(execFile)('redis-cli', ['-p', String(port), 'INFO', 'clients']);
  const count = /connected_clients:(\d+)/.exec(stdout)?.[1];
  if (count === undefined) throw new Error(`redis-cli INFO clients said no client count:\n${stdout}`);
  return Number(count) - 1;
}

async function ready(child: ChildProcess, port: number): Promise<void> {
  const lines = createInterface({ input: child.stdout! });
  const seen: string[] = [];
  const timer = setTimeout(() => child.kill('SIGTERM'), READY_WITHIN_MS);
  try {
    const started = await Promise.race([
      (async () => {
        for await (const line of lines) {
          seen.push(line);
          if (line.includes('Ready to accept connections')) return true;
        }
        return false;
      })(),
      once(child, 'error').then(([error]: unknown[]) => {
        throw new Error(`cannot run redis-server (apt-get install -y redis-server): ${String(error)}`);
      }),
    ]);
    if (!started) throw new Error(`redis-server on port ${port} stopped before it was ready:\n${seen.join('\n')}`);
  } finally {
    clearTimeout(timer);
    // Its later log lines are not needed; reading on keeps the pipe from filling and blocking it.
    child.stdout?.resume();
  }
}

/** A port the kernel just handed out and released: redis-server cannot pick one itself (port 0 turns TCP off). */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}
