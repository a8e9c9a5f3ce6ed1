/**
 * `npm run bench:soak`: the gateway, built and run as in production (`node --env-file=node-options.env
 * dist/main.js`, its own process, on the production runtime unless `--gateway-node` names another),
 * against a sandbox that fails a share of calls in every way it knows and enforces a per-store quota, driven
 * at a fixed concurrency for a while. Prints what came back, the latency, and the gateway's memory over time,
 * then checks: no crash, no 5xx or masked error of the gateway's own making, p99 within the request deadline
 * (plus a margin), RSS growth under 20 % after warm-up. Exits 1 when a check fails. Not a test: it prints
 * figures (bench/soak.md keeps the last ones).
 *
 * RSS is compared after a full garbage collection, asked for through the inspector protocol: sampled RSS
 * follows V8's collection cycle (the old space grows for tens of seconds, then drops), so two samples taken
 * at different points of it say nothing about a leak.
 *
 *   npm run bench:soak -- --seconds=60 --concurrency=64 --fault-rate=0.05 --quota=600/2
 *   npm run bench:soak -- --gateway-node=20 --gateway-node-options=""   (as for npm run bench)
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { Pool, WebSocket } from 'undici';
import { faultMix } from '../src/sandbox/fault-spec.js';
import { parseQuota } from '../src/sandbox/rate-limit.js';
import { startSandbox } from '../src/sandbox/server.js';
import { urlOfReadyLine } from './processes.js';
import { gatewayLaunch, resolveNode, type GatewayLaunch, type NodeRuntime } from './runtime.js';

interface SoakOptions {
  seconds: number;
  concurrency: number;
  faultRate: number;
  quota: string;
  warmupSeconds: number;
  runtime: NodeRuntime;
  launch: GatewayLaunch;
}

/** Gateway settings for the run: short budgets, so stalled and slow calls cost seconds, not minutes. */
const GATEWAY_SETTINGS = {
  UPSTREAM_TIMEOUT_MS: '1000',
  REQUEST_DEADLINE_MS: '3000',
  // The sandbox pads "very large" bodies to 2 MiB, above this cap.
  UPSTREAM_MAX_BODY_BYTES: String(1024 * 1024),
};
const OVERSIZE_BYTES = 2 * 1024 * 1024;
const P99_MARGIN_MS = 500;
const MAX_RSS_GROWTH = 0.2;

const QUERIES = {
  onePayment: `query OnePayment($id: ID!) {
    payment(id: $id) { id processingStatus total { currencyCode value } transactions { type } operations { allowedOperations } }
  }`,
  pageWithTransactions: `query Page($offset: Int) {
    payments(offset: $offset, limit: 10) { totalCount nodes { id total { value } transactions { type } } }
  }`,
};

interface Tally {
  requests: number;
  /** HTTP status of the gateway's answers. */
  statuses: Map<number, number>;
  /** Answers by outcome: complete, partial (data and errors) or failed (no data). */
  outcomes: Map<string, number>;
  /** GraphQL errors by extensions.code. */
  codes: Map<string, number>;
  latenciesMs: number[];
  transportFailures: number;
}

function parseOptions(args: string[]): SoakOptions {
  const { values } = parseArgs({
    args,
    options: {
      seconds: { type: 'string', default: '60' },
      concurrency: { type: 'string', default: '64' },
      'fault-rate': { type: 'string', default: '0.05' },
      quota: { type: 'string', default: '600/2' },
      warmup: { type: 'string', default: '10' },
      'gateway-node': { type: 'string' },
      'gateway-node-options': { type: 'string' },
    },
  });
  return {
    seconds: Number(values.seconds),
    concurrency: Number(values.concurrency),
    faultRate: Number(values['fault-rate']),
    quota: values.quota,
    warmupSeconds: Number(values.warmup),
    runtime: resolveNode(values['gateway-node']),
    launch: gatewayLaunch(values['gateway-node-options']),
  };
}

interface Gateway {
  child: ChildProcess;
  url: string;
  /** The inspector's WebSocket, to ask for a full garbage collection. */
  inspectorUrl: string;
}

async function startGateway(b2bApiUrl: string, { runtime, launch }: SoakOptions): Promise<Gateway> {
  const child = spawn(runtime.path, [...launch.nodeArgs, '--inspect=127.0.0.1:0', 'dist/main.js'], {
    env: {
      PATH: process.env['PATH'],
      PORT: '0',
      B2B_API_URL: b2bApiUrl,
      B2B_AUTH_TOKEN: 'soak-token',
      B2B_STORE_HASH: 'soakstore',
      ...GATEWAY_SETTINGS,
      ...launch.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [inspectorLine] = (await once(child.stderr!, 'data')) as [Buffer];
  // The inspector's own notices are noise here; anything else the gateway says on stderr is shown.
  child.stderr!.on('data', (chunk: Buffer) => {
    const lines = chunk
      .toString()
      .split('\n')
      .filter((text) => text !== '' && !/^(Debugger|For help|Waiting for the debugger)/.test(text));
    if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
  });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  const url = urlOfReadyLine(line.toString().split('\n')[0] ?? '');
  const inspectorUrl = /(ws:\/\/\S+)/.exec(inspectorLine.toString())?.[1];
  if (!url || !inspectorUrl) throw new Error(`gateway did not start: ${inspectorLine.toString()}${line.toString()}`);
  return { child, url, inspectorUrl };
}

/** Asks the gateway's V8 for a full collection, then reads its RSS once the freed pages are returned. */
async function rssAfterFullGc(gateway: Gateway): Promise<number> {
  const socket = new WebSocket(gateway.inspectorUrl);
  await once(socket, 'open');
  const answered = once(socket, 'message');
  socket.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }));
  await answered;
  socket.close();
  await sleep(1_000);
  return rssMiB(gateway.child.pid ?? 0);
}

/** Resident set size of a process, in MiB (Linux). */
function rssMiB(pid: number): number {
  const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kib) / 1024;
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

async function drive(gateway: Pool, path: string, until: number, tally: Tally, random: () => number): Promise<void> {
  while (Date.now() < until) {
    const onePayment = random() < 0.8;
    const body = JSON.stringify(
      onePayment
        ? { query: QUERIES.onePayment, variables: { id: String(1 + Math.floor(random() * 540)) } }
        : { query: QUERIES.pageWithTransactions, variables: { offset: Math.floor(random() * 500) } },
    );
    const started = performance.now();
    try {
      const response = await gateway.request({
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body,
      });
      const answer = (await response.body.json()) as {
        data?: unknown;
        errors?: Array<{ extensions?: { code?: string } }>;
      };
      tally.latenciesMs.push(performance.now() - started);
      bump(tally.statuses, response.statusCode);
      const hasData = answer.data !== null && answer.data !== undefined && !isEmptyRoot(answer.data);
      bump(tally.outcomes, !answer.errors ? 'complete' : hasData ? 'partial' : 'failed');
      for (const error of answer.errors ?? []) bump(tally.codes, error.extensions?.code ?? '(none)');
    } catch {
      tally.transportFailures += 1;
    }
    tally.requests += 1;
  }
}

/** `{ payment: null }`: the root field itself failed. */
function isEmptyRoot(data: unknown): boolean {
  return typeof data === 'object' && data !== null && Object.values(data).every((value) => value === null);
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

function table(map: Map<string | number, number>, total: number): string {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(
      ([key, count]) =>
        `    ${String(key).padEnd(24)} ${String(count).padStart(8)}  ${((100 * count) / total).toFixed(2).padStart(6)} %`,
    )
    .join('\n');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const quota = parseQuota(options.quota);
  if (!quota) throw new Error(`--quota must look like 1500/2 (got ${options.quota})`);

  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
  const sandbox = await startSandbox({
    latencyMs: 5,
    latencyJitterMs: 20,
    quota,
    faults: faultMix(options.faultRate, { oversizeBytes: OVERSIZE_BYTES, slowMs: 1_500 }),
    faultSeed: 7,
  });
  const started = await startGateway(sandbox.baseUrl, options);
  const { child, url } = started;
  let exitedEarly: string | undefined;
  child.once('exit', (code, signal) => {
    exitedEarly = `exit code ${code} signal ${signal}`;
  });

  console.log(
    `soak: ${options.seconds} s at concurrency ${options.concurrency}; sandbox fails ${options.faultRate * 100} % of calls ` +
      `(503, reset, slow, stall, malformed, oversize), quota ${quota.limit} per ${quota.windowMs / 1000} s; gateway ${url}`,
  );
  console.log(`gateway on Node ${options.runtime.version}, NODE_OPTIONS ${options.launch.nodeOptions || '(none)'}`);
  const gateway = new Pool(new URL(url).origin, { connections: options.concurrency });
  const tally: Tally = {
    requests: 0,
    statuses: new Map(),
    outcomes: new Map(),
    codes: new Map(),
    latenciesMs: [],
    transportFailures: 0,
  };
  const rss: number[] = [];
  const sampler = setInterval(() => {
    if (!exitedEarly && child.pid) rss.push(rssMiB(child.pid));
  }, 1_000);
  const startedAt = Date.now();
  const until = startedAt + options.seconds * 1000;
  // Both measured under load, so both hold the same in-flight working set.
  const baselineRss = sleep(options.warmupSeconds * 1000).then(() => rssAfterFullGc(started));
  const finalRss = sleep((options.seconds - 3) * 1000).then(() => rssAfterFullGc(started));
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  await Promise.all(
    Array.from({ length: options.concurrency }, () => drive(gateway, new URL(url).pathname, until, tally, random)),
  );
  clearInterval(sampler);
  const elapsedSeconds = (Date.now() - startedAt) / 1000;
  const baseline = await baselineRss;
  const final = await finalRss;

  const crashed = exitedEarly;
  if (!crashed) {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
  await gateway.close();
  await sandbox.close();

  const sorted = [...tally.latenciesMs].sort((a, b) => a - b);
  const growth = (final - baseline) / baseline;
  const gateway5xx = [...tally.statuses].filter(([status]) => status >= 500).reduce((sum, [, count]) => sum + count, 0);
  const masked = tally.codes.get('INTERNAL_SERVER_ERROR') ?? 0;
  const deadlineMs = Number(GATEWAY_SETTINGS.REQUEST_DEADLINE_MS);
  const p99 = percentile(sorted, 0.99);

  console.log(`
requests           ${tally.requests} in ${elapsedSeconds.toFixed(1)} s (${(tally.requests / elapsedSeconds).toFixed(0)} per second)
HTTP statuses
${table(tally.statuses, tally.requests)}
answers
${table(tally.outcomes, tally.requests)}
GraphQL error codes (an answer may carry several)
${table(tally.codes, tally.requests)}
transport failures ${tally.transportFailures}
latency ms         p50 ${percentile(sorted, 0.5).toFixed(0)}  p90 ${percentile(sorted, 0.9).toFixed(0)}  p99 ${p99.toFixed(0)}  max ${(sorted.at(-1) ?? 0).toFixed(0)}
gateway RSS MiB    after a full GC: at ${options.warmupSeconds} s ${baseline.toFixed(1)}, at ${options.seconds - 3} s ${final.toFixed(1)} (growth ${(growth * 100).toFixed(1)} %)
  sampled every 5 s ${rss
    .filter((_, second) => second % 5 === 4)
    .map((value) => value.toFixed(0))
    .join(' ')} (peak ${Math.max(...rss).toFixed(0)})
`);

  const checks: Array<[string, boolean]> = [
    [`the gateway stayed up${crashed ? ` (it stopped: ${crashed})` : ''}`, !crashed],
    [`no 5xx answer from the gateway (${gateway5xx})`, gateway5xx === 0],
    [`no masked INTERNAL_SERVER_ERROR (${masked})`, masked === 0],
    [`no transport failure talking to the gateway (${tally.transportFailures})`, tally.transportFailures === 0],
    [
      `p99 ${p99.toFixed(0)} ms within the ${deadlineMs} ms deadline + ${P99_MARGIN_MS} ms`,
      p99 <= deadlineMs + P99_MARGIN_MS,
    ],
    [`RSS growth ${(growth * 100).toFixed(1)} % under ${MAX_RSS_GROWTH * 100} %`, growth < MAX_RSS_GROWTH],
  ];
  for (const [check, passed] of checks) console.log(`${passed ? 'PASS' : 'FAIL'}  ${check}`);
  await sleep(0);
  process.exit(checks.every(([, passed]) => passed) ? 0 : 1);
}

await main();
