import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { GatewayLaunch } from './runtime.js';
import { BENCH_CREDENTIALS } from './shapes.js';

/** Linux's USER_HZ is 100 on every mainstream architecture. */
const MS_PER_CLOCK_TICK = 10;

/** A server the bench runs as a child process, so its CPU and memory are its own. */
export interface Service {
  name: string;
  /** The URL its ready line printed. */
  url: string;
  /** Resident memory now, in MiB; undefined where /proc cannot tell. */
  rssMiB(): number | undefined;
  /** Peak resident memory since the last reset, in MiB; undefined where /proc cannot tell. */
  peakRssMiB(): number | undefined;
  /** CPU time used so far (user + system), in ms; undefined where /proc cannot tell. */
  cpuMs(): number | undefined;
  resetPeakRss(): void;
  stop(): Promise<void>;
}

/**
 * Starts `<node> <args>` (the bench's own Node unless given) and waits for its ready line: the first line
 * it prints, with its URL in it. Its stdout goes to a file, as a deployment's log shipper would take it: a
 * pipe read by this process, which is busy driving the load, would block the gateway's synchronous log
 * writes and time the bench, not the gateway. Its stderr is the bench's, so a crash is seen. It inherits no
 * NODE_OPTIONS from the bench: a server's node options are what `env` says.
 */
export async function startService(
  name: string,
  args: string[],
  env: Record<string, string>,
  node = process.execPath,
): Promise<Service> {
  const logPath = join(mkdtempSync(join(tmpdir(), `bench-${name}-`)), 'stdout.log');
  const { NODE_OPTIONS: _benchNodeOptions, ...inherited } = process.env;
  const child = spawn(node, args, {
    env: { ...inherited, ...env },
    stdio: ['ignore', openSync(logPath, 'w'), 'inherit'],
  });
  const url = await readyUrl(name, child, logPath);
  const proc = `/proc/${child.pid}`;
  const statusMiB = (field: 'VmRSS' | 'VmHWM') => {
    try {
      const kib = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`${proc}/status`, 'utf8'))?.[1];
      return kib === undefined ? undefined : Number(kib) / 1024;
    } catch {
      return undefined;
    }
  };
  return {
    name,
    url,
    rssMiB: () => statusMiB('VmRSS'),
    peakRssMiB: () => statusMiB('VmHWM'),
    cpuMs: () => {
      try {
        // Fields 14 and 15 of /proc/<pid>/stat, after the command name: user and system time in clock ticks.
        const fields = readFileSync(`${proc}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
        return (Number(fields[11]) + Number(fields[12])) * MS_PER_CLOCK_TICK;
      } catch {
        return undefined;
      }
    },
    resetPeakRss: () => {
      try {
        // Linux: writing 5 resets the peak (VmHWM) to the current resident size.
        writeFileSync(`${proc}/clear_refs`, '5');
      } catch {
        // Not Linux, or not allowed: the peak then covers the whole run.
      }
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** Every server runs as deployed (the Dockerfile's NODE_ENV): graphql-js skips its development checks. */
export const PRODUCTION = { NODE_ENV: 'production' };

/** Which Node binary runs a server (a NodeRuntime is one), and node arguments before its script (`--cpu-prof`). */
export interface Runner {
  path: string;
  nodeArgs?: string[];
}

/**
 * A store quota no cell comes near (the real API's is 150 calls a minute): the optimum knows no quota, and
 * a gateway told of the real one paces its calls and refuses pages it cannot admit (the 51-call pages at
 * concurrency 32), which would measure the quota, not the gateway. Its pacing code still runs per call.
 */
const UNREACHED_QUOTA = '100000000/60';

/** The built sandbox with `latencyMs` of upstream latency, on the bench's own Node. */
export function startSandbox(latencyMs: number): Promise<Service> {
  const env = { SANDBOX_PORT: '0', SANDBOX_LATENCY_MS: String(latencyMs), SANDBOX_QUOTA: UNREACHED_QUOTA };
  return startService('sandbox', ['dist/sandbox/main.js'], env);
}

/**
 * The built gateway as the Docker image runs it, `node --env-file=node-options.env dist/main.js` in
 * production (runtime.ts, `gatewayLaunch`), in front of `sandbox` as BENCH_CREDENTIALS' store, with `env`
 * added to its settings. Its read cache is off: the optimum has none, and every figure compares the work
 * of the same upstream calls (a cached page would be answered without them).
 */
export function startGateway(
  sandbox: Service,
  launch: GatewayLaunch,
  runner: Runner,
  env: Record<string, string> = {},
): Promise<Service> {
  const settings = {
    PORT: '0',
    B2B_API_URL: sandbox.url,
    B2B_AUTH_TOKEN: BENCH_CREDENTIALS.authToken,
    B2B_STORE_HASH: BENCH_CREDENTIALS.storeHash,
    READ_CACHE_TTL_MS: '0',
    ...PRODUCTION,
    ...env,
    ...launch.env,
  };
  const args = [...launch.nodeArgs, ...(runner.nodeArgs ?? []), 'dist/main.js'];
  return startService('gateway', args, settings, runner.path);
}

/**
 * The baselines run compiled (bench/tsconfig.build.json), as the gateway does, so no TypeScript loader
 * counts in their memory or CPU; and with Node's default options, since node-options.env is the gateway's
 * deployment. The optimum (optimum-server.ts) makes its calls to `sandbox`, at most `maxInFlight` at once.
 */
export function startOptimum(runner: Runner, sandbox: Service, maxInFlight: number): Promise<Service> {
  const args = [...(runner.nodeArgs ?? []), 'bench/build/bench/optimum-server.js', sandbox.url, String(maxInFlight)];
  return startService('optimum', args, PRODUCTION, runner.path);
}

/** A bare Yoga with the gateway's schema (yoga-server.ts); `lean`, with its body-size stream off. */
export function startYoga(runner: Runner, lean: boolean): Promise<Service> {
  const args = [...(runner.nodeArgs ?? []), 'bench/build/bench/yoga-server.js', ...(lean ? ['--lean'] : [])];
  return startService(lean ? 'lean Yoga' : 'Yoga', args, PRODUCTION, runner.path);
}

/**
 * Polls the service's log file for its ready line: the first complete line with a URL. A gateway with
 * `REDIS_URL` logs that Redis is ready before it listens.
 */
async function readyUrl(name: string, child: ChildProcess, logPath: string): Promise<string> {
  for (;;) {
    const output = readFileSync(logPath, 'utf8');
    const lines = output.split('\n').slice(0, -1);
    const url = lines.map(urlOfReadyLine).find((announced) => announced !== undefined);
    if (url) return url;
    if (child.exitCode !== null)
      throw new Error(`${name} exited with ${child.exitCode} before it was ready:\n${output}`);
    await sleep(20);
  }
}

/**
 * The URL a service announces in its ready line: the gateway's is a JSON log line with a `url` field
 * (src/main.ts), the optimum's plain text. Loopback by address, so no name lookup is timed.
 */
export function urlOfReadyLine(line: string): string | undefined {
  let url: string | undefined;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed === 'object' && parsed !== null && 'url' in parsed && typeof parsed.url === 'string')
      url = parsed.url;
  } catch {
    url = /https?:\/\/[^\s,"]+/.exec(line)?.[0];
  }
  return url?.replace('//localhost:', '//127.0.0.1:');
}
