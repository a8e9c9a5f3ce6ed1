/**
 * One cell of the capacity bench: a fresh sandbox (its own process, the real API's quota and 50 ms latency),
 * a fresh redis-server, 1 or 2 gateway replicas as deployed (`node dist/main.js`, each its own process, all on
 * that Redis); then the team of users for a fixed time, the replicas taken in turn.
 */
import { setMaxListeners } from 'node:events';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import { startService, type Service } from '../processes.js';
import { startRedisServer, type RedisServer } from '../../test/support/redis-server.js';
import { failure, outcomeOf, type Outcome } from './answers.js';
import { SandboxCalls } from './sandbox-calls.js';
import { User, type Step, type StepKind } from './workload.js';

/** The real API's quota per store (docs/upstream-contract.md §5.1) and a remote API's latency. */
export const SANDBOX_SETTINGS = { SANDBOX_PORT: '0', SANDBOX_QUOTA: '150/60', SANDBOX_LATENCY_MS: '50' };
const STORE = { B2B_AUTH_TOKEN: 'capacity-token', B2B_STORE_HASH: 'capacity' };
/** As the Dockerfile runs it: graphql-js skips its development checks. */
const PRODUCTION = { NODE_ENV: 'production' };
const SANDBOX_LOG_POLL_MS = 5_000;

export interface CellSpec {
  replicas: number;
  cache: boolean;
}

export interface Load {
  seconds: number;
  users: number;
  /** Think time between a user's steps, drawn evenly from this range. */
  thinkSeconds: { min: number; max: number };
}

export interface CellResult extends CellSpec {
  seconds: number;
  /** Answers that arrived within the cell's time. */
  answers: Array<{ kind: StepKind; outcome: Outcome; latencyMs: number }>;
  /** Requests still unanswered when the time was up: cut, and not counted. */
  cut: number;
  upstream: SandboxCalls;
  /** The machine's 1-minute load average when the cell started and when it ended. */
  loadAverage: { start: number; end: number };
}

/**
 * The gateway's shared-state settings for a cell: always Redis, as the documented deployment of several
 * replicas has it (one quota view and idempotency store for all), so cache off and on differ in the read
 * cache alone; with the cache off `READ_CACHE_TTL_MS=0`, with it on the defaults unless `ttlMs` is given.
 */
export function sharedStateSettings(redis: RedisServer, cache: boolean, ttlMs?: number): Record<string, string> {
  const ttl = cache ? ttlMs : 0;
  const readCache: Record<string, string> = ttl === undefined ? {} : { READ_CACHE_TTL_MS: String(ttl) };
  return { REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'bench-capacity:', ...readCache };
}

/** `ttlMs`: the cache-on cells' `READ_CACHE_TTL_MS`; undefined leaves the gateway's default. */
export async function runCell(spec: CellSpec, load: Load, ttlMs?: number): Promise<CellResult> {
  const services: Array<{ stop(): Promise<void> }> = [];
  try {
    const redis = await startRedisServer();
    services.push(redis);
    const sandbox = await startService('sandbox', ['dist/sandbox/main.js'], SANDBOX_SETTINGS);
    services.push(sandbox);
    const replicas: Service[] = [];
    for (let index = 0; index < spec.replicas; index++) {
      const env = { PORT: '0', B2B_API_URL: sandbox.url, BC_API_URL: new URL(sandbox.url).origin, ...STORE };
      const replica = await startService(`gateway-${index + 1}`, ['dist/main.js'], {
        ...env,
        ...PRODUCTION,
        ...sharedStateSettings(redis, spec.cache, ttlMs),
      });
      services.push(replica);
      replicas.push(replica);
    }
    return await drive(spec, load, sandbox, replicas);
  } finally {
    for (const service of services.reverse()) await service.stop();
  }
}

async function drive(spec: CellSpec, load: Load, sandbox: Service, replicas: Service[]): Promise<CellResult> {
  const pools = replicas.map((replica) => ({
    pool: new Pool(new URL(replica.url).origin, { connections: load.users }),
    path: new URL(replica.url).pathname,
  }));
  let turn = 0;
  const nextReplica = () => pools[turn++ % pools.length]!;
  const startedAt = Date.now();
  const until = startedAt + load.seconds * 1000;
  const upstream = new SandboxCalls(new URL(sandbox.url).origin, until);
  const result: CellResult = {
    ...spec,
    seconds: load.seconds,
    answers: [],
    cut: 0,
    upstream,
    loadAverage: { start: loadavg()[0] ?? 0, end: 0 },
  };
  // Requests still out when the time is up are cut, so every cell measures the same span.
  const timeUp = AbortSignal.timeout(load.seconds * 1000);
  // Every user's request in flight listens to it.
  setMaxListeners(load.users + 1, timeUp);
  // A failed poll loses nothing: the entries stay in the log for the next one.
  const poller = setInterval(() => void upstream.poll().catch(() => {}), SANDBOX_LOG_POLL_MS);

  const runUser = async (user: User) => {
    // Users start at a random moment within one think time, not all at once.
    let thinkMs = user.thinkMs(0, load.thinkSeconds.max);
    while (Date.now() + thinkMs < until) {
      await sleep(thinkMs);
      const step = user.next();
      const { pool, path } = nextReplica();
      const started = performance.now();
      const answer = await send(pool, path, step, timeUp);
      if (answer === 'cut') {
        result.cut += 1;
        return;
      }
      result.answers.push({ kind: step.kind, outcome: answer.outcome, latencyMs: performance.now() - started });
      user.saw(step, answer.body);
      thinkMs = user.thinkMs(load.thinkSeconds.min, load.thinkSeconds.max);
    }
  };
  await Promise.all(Array.from({ length: load.users }, (_, index) => runUser(new User(index + 1))));
  clearInterval(poller);
  result.loadAverage.end = loadavg()[0] ?? 0;
  await upstream.poll();
  await Promise.all(pools.map(({ pool }) => pool.destroy()));
  return result;
}

async function send(
  pool: Pool,
  path: string,
  step: Step,
  signal: AbortSignal,
): Promise<'cut' | { outcome: Outcome; body: unknown }> {
  try {
    const response = await pool.request({
      path,
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-upstream-report': '1' },
      body: step.body,
      signal,
    });
    const text = await response.body.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return { outcome: failure(`HTTP ${response.statusCode}, not JSON`), body: undefined };
    }
    return { outcome: outcomeOf(response.statusCode, body), body };
  } catch (error) {
    if (signal.aborted) return 'cut';
    return { outcome: failure(`TRANSPORT ${(error as Error).name}`), body: undefined };
  }
}
