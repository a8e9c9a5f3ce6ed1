/**
 * `npm run bench`: the gateway against the optimum (bench/optimum-server.ts), shape by shape, at 0 and 50 ms
 * of upstream latency and at concurrency 1 and 32, driven by autocannon. Prints per cell requests/s, p50 and
 * p99 latency, CPU per query, upstream calls per query and the gateway's peak RSS, each beside the
 * optimum's, then the targets of issue 4 met or missed. The sandbox, the gateway (built first, run as the
 * Dockerfile runs it) and the optimum are child processes; CPU and peak RSS come from /proc.
 *
 * `npm run bench -- --gateway-node-flags="--max-semi-space-size=64"` runs the gateway with extra node flags.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startSandboxAndGateway, startService, type Service } from './processes.js';
import { SHAPES, type Shape } from './shapes.js';

const LATENCIES_MS = [0, 50];
const CONCURRENCIES = [1, 32];
/** Per cell and side, run as two halves in the order gateway, optimum, optimum, gateway: drift cancels out. */
const CELL_SECONDS = 4;
const WARM_UP_SECONDS = 2;
/** The gateway's default per-store cap; the optimum gets the same. */
const MAX_IN_FLIGHT = 8;
/**
 * A concurrency-32 cell runs one round (32 requests) instead of for some seconds when a request takes longer
 * than this at concurrency 1: 32 in parallel then take seconds, and a timed cell would end mostly unanswered.
 */
const SLOW_REQUEST_MS = 150;
/** Both servers run as deployed (the Dockerfile's NODE_ENV): graphql-js skips its development checks. */
const PRODUCTION = { NODE_ENV: 'production' };

/** How long a run lasts: for some seconds, or until so many requests are answered. */
type Extent = { duration: number } | { amount: number };

/** One side of one cell: sums, so halves add up. */
interface Cell {
  seconds: number;
  /** Answered with 200 and the expected body. */
  requests: number;
  p50: number;
  p99: number;
  /** Anything but a 200 with the expected body. */
  problems: string[];
  /** CPU time of the server (not the sandbox), ms. */
  cpuMs?: number;
  peakRssMiB?: number;
}

interface Row {
  latencyMs: number;
  shape: Shape;
  connections: number;
  gateway: Cell;
  optimum: Cell;
  byCount: boolean;
}

interface Probe {
  gatewayCalls: number;
  optimumCalls: number;
  reportedCalls: unknown;
}

/** A target server and the exact body every answer of it must be. */
interface Target {
  service: Service;
  expectBody: string;
}

async function post(url: string, shape: Shape, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: shape.body,
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url} ${shape.label}: HTTP ${response.status}: ${text.slice(0, 300)}`);
  return { text, json: JSON.parse(text) as { errors?: unknown; extensions?: { upstream?: { calls?: unknown } } } };
}

/** The sandbox's request log, over its control endpoint: its length after the call. */
async function sandboxLog(sandbox: Service, method: 'GET' | 'DELETE'): Promise<number> {
  const response = await fetch(new URL('/__sandbox/requests', sandbox.url), { method });
  const body = (await response.json()) as { data: unknown[] };
  return Array.isArray(body.data) ? body.data.length : 0;
}

async function upstreamCallsOf(sandbox: Service, send: () => Promise<unknown>): Promise<number> {
  await sandboxLog(sandbox, 'DELETE');
  await send();
  return sandboxLog(sandbox, 'GET');
}

/** Waits until no upstream call arrives for a while: load abandoned at a run's end must not leak into the next. */
async function settle(sandbox: Service): Promise<void> {
  for (;;) {
    await sandboxLog(sandbox, 'DELETE');
    await sleep(300);
    if ((await sandboxLog(sandbox, 'GET')) === 0) return;
  }
}

/**
 * Checks the gateway and the optimum give the same answer, and counts the calls each makes; returns the
 * targets with the bodies every later answer must match byte for byte.
 */
async function probe(sandbox: Service, gateway: Service, optimum: Service, shape: Shape) {
  const reported = await post(gateway.url, shape, { 'x-upstream-report': '1' });
  const fromGateway = await post(gateway.url, shape);
  const fromOptimum = await post(optimum.url, shape);
  if (fromGateway.json.errors) {
    throw new Error(`${shape.label}: the gateway answered errors: ${fromGateway.text.slice(0, 500)}`);
  }
  if (!isDeepStrictEqual(fromGateway.json, fromOptimum.json)) {
    const both = [fromGateway, fromOptimum].map((answer) => answer.text.slice(0, 800)).join('\n');
    throw new Error(`${shape.label}: the optimum's answer differs from the gateway's:\n${both}`);
  }
  const calls: Probe = {
    gatewayCalls: await upstreamCallsOf(sandbox, () => post(gateway.url, shape)),
    optimumCalls: await upstreamCallsOf(sandbox, () => post(optimum.url, shape)),
    reportedCalls: reported.json.extensions?.upstream?.calls,
  };
  return {
    calls,
    gateway: { service: gateway, expectBody: fromGateway.text },
    optimum: { service: optimum, expectBody: fromOptimum.text },
  };
}

async function drive(target: Target, shape: Shape, connections: number, extent: Extent): Promise<Cell> {
  const started = performance.now();
  const result = await autocannon({
    url: target.service.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: shape.body,
    connections,
    ...extent,
    timeout: 60,
    // GraphQL errors come back as HTTP 200: every body must be the probed answer.
    expectBody: target.expectBody,
  });
  const problems = Object.entries({
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
  })
    .filter(([, count]) => count > 0)
    .map(([what, count]) => `${count} ${what}`);
  return {
    // autocannon's own duration is in whole seconds: too coarse for a one-round cell.
    seconds: (performance.now() - started) / 1000,
    requests: result['2xx'] - result.mismatches,
    p50: result.latency.p50,
    p99: result.latency.p99,
    problems,
  };
}

async function measure(sandbox: Service, target: Target, shape: Shape, connections: number, extent: Extent): Promise<Cell> {
  await settle(sandbox);
  target.service.resetPeakRss();
  const cpuBefore = target.service.cpuMs();
  const cell = await drive(target, shape, connections, extent);
  const cpuAfter = target.service.cpuMs();
  const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  return { ...cell, cpuMs, peakRssMiB: target.service.peakRssMiB() };
}

/** Two halves of one side; latencies are averaged (p50) or the worse kept (p99). */
function combine(first: Cell, second: Cell): Cell {
  const sum = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a + b);
  return {
    seconds: first.seconds + second.seconds,
    requests: first.requests + second.requests,
    p50: (first.p50 + second.p50) / 2,
    p99: Math.max(first.p99, second.p99),
    problems: [...first.problems, ...second.problems],
    cpuMs: sum(first.cpuMs, second.cpuMs),
    peakRssMiB: Math.max(first.peakRssMiB ?? 0, second.peakRssMiB ?? 0) || undefined,
  };
}

/** Both sides of a cell; timed cells as halves in the order gateway, optimum, optimum, gateway. */
async function measurePair(
  sandbox: Service,
  gateway: Target,
  optimum: Target,
  shape: Shape,
  connections: number,
  byCount: boolean,
) {
  if (byCount) {
    const extent = { amount: connections };
    const gatewayCell = await measure(sandbox, gateway, shape, connections, extent);
    return { gateway: gatewayCell, optimum: await measure(sandbox, optimum, shape, connections, extent) };
  }
  const half = { duration: CELL_SECONDS / 2 };
  const gatewayFirst = await measure(sandbox, gateway, shape, connections, half);
  const optimumFirst = await measure(sandbox, optimum, shape, connections, half);
  const optimumSecond = await measure(sandbox, optimum, shape, connections, half);
  const gatewaySecond = await measure(sandbox, gateway, shape, connections, half);
  return { gateway: combine(gatewayFirst, gatewaySecond), optimum: combine(optimumFirst, optimumSecond) };
}

async function benchLatency(latencyMs: number, gatewayNodeFlags: string[], rows: Row[], probes: Map<string, Probe>) {
  const services: Service[] = [];
  try {
    const { sandbox, gateway } = await startSandboxAndGateway(services, latencyMs, {
      nodeFlags: gatewayNodeFlags,
      env: { UPSTREAM_MAX_IN_FLIGHT: String(MAX_IN_FLIGHT) },
    });
    const optimumArgs = ['--import', 'tsx', 'bench/optimum-server.ts', sandbox.url, String(MAX_IN_FLIGHT)];
    const optimum = await startService('optimum', optimumArgs, PRODUCTION);
    services.push(optimum);

    for (const shape of SHAPES) {
      const targets = await probe(sandbox, gateway, optimum, shape);
      probes.set(shape.label, targets.calls);
      // Warm-up, so the JIT has compiled both sides' hot paths before anything is measured.
      for (const target of [targets.gateway, targets.optimum]) {
        await drive(target, shape, MAX_IN_FLIGHT, { duration: WARM_UP_SECONDS });
      }
      let slow = false;
      for (const connections of CONCURRENCIES) {
        const byCount = connections > 1 && slow;
        const cells = await measurePair(sandbox, targets.gateway, targets.optimum, shape, connections, byCount);
        if (connections === 1) slow = cells.gateway.p50 > SLOW_REQUEST_MS;
        const row = { latencyMs, shape, connections, byCount, ...cells };
        rows.push(row);
        console.error(describeRow(row));
      }
    }
  } finally {
    for (const service of services.reverse()) await service.stop();
  }
}

const fixed = (value: number, digits = 0) => value.toFixed(digits);
const rps = (cell: Cell) => cell.requests / cell.seconds;
const cpuPerQuery = (cell: Cell) => (cell.cpuMs === undefined ? undefined : cell.cpuMs / cell.requests);
const ratio = (gateway: number, optimum: number) => (optimum === 0 ? 'n/a' : (gateway / optimum).toFixed(2));
const cpu = (cell: Cell) => {
  const value = cpuPerQuery(cell);
  return value === undefined ? 'n/a' : fixed(value, 2);
};

function describeRow(row: Row): string {
  const { gateway: g, optimum: o } = row;
  const problems = [...g.problems.map((p) => `gateway: ${p}`), ...o.problems.map((p) => `optimum: ${p}`)];
  return (
    `${row.latencyMs} ms, ${row.shape.label}, c=${row.connections}: ${fixed(rps(g), 1)} vs ${fixed(rps(o), 1)} req/s, ` +
    `p50 ${g.p50} vs ${o.p50} ms${problems.length ? `  PROBLEMS: ${problems.join(', ')}` : ''}`
  );
}

function table(rows: Row[], probes: Map<string, Probe>): string {
  const columns = [
    'upstream latency',
    'shape',
    'conc.',
    'req/s gateway / optimum (ratio)',
    'p50 ms gateway / optimum (ratio)',
    'p99 ms gateway / optimum',
    'CPU ms per query gateway / optimum',
    'upstream calls per query gateway / optimum',
    'gateway peak RSS MiB',
  ];
  const lines = [`| ${columns.join(' | ')} |`, `|${'---|'.repeat(columns.length)}`];
  for (const row of rows) {
    const { gateway: g, optimum: o } = row;
    const calls = probes.get(row.shape.label);
    const flagged = g.problems.length + o.problems.length > 0 ? ' (errors!)' : '';
    lines.push(
      `| ${row.latencyMs} ms | ${row.shape.label} | ${row.connections}${row.byCount ? ` (n=${g.requests})` : ''} ` +
        `| ${fixed(rps(g), 1)} / ${fixed(rps(o), 1)} (${ratio(rps(g), rps(o))}) ` +
        `| ${g.p50} / ${o.p50} (${ratio(g.p50, o.p50)}) | ${g.p99} / ${o.p99} ` +
        `| ${cpu(g)} / ${cpu(o)} ` +
        `| ${calls?.gatewayCalls} / ${calls?.optimumCalls} | ${g.peakRssMiB === undefined ? 'n/a' : fixed(g.peakRssMiB)}${flagged} |`,
    );
  }
  return lines.join('\n');
}

function targets(rows: Row[], probes: Map<string, Probe>): string {
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  const lines: string[] = [];
  for (const [label, calls] of probes) {
    const met = calls.gatewayCalls === calls.optimumCalls && calls.reportedCalls === calls.gatewayCalls;
    const counts = `gateway ${calls.gatewayCalls} (its report: ${calls.reportedCalls}), minimum ${calls.optimumCalls}`;
    lines.push(`- calls, ${label}: ${counts}: ${verdict(met)}`);
  }
  for (const row of rows) {
    if (row.latencyMs === 50 && row.connections === 1) {
      const value = row.gateway.p50 / row.optimum.p50;
      const verdictText = `${value.toFixed(2)}x the optimum (target <= 1.10): ${verdict(value <= 1.1)}`;
      lines.push(`- p50 at 50 ms, c=1, ${row.shape.label}: ${verdictText}`);
    }
    if (row.latencyMs === 0) {
      const value = rps(row.gateway) / rps(row.optimum);
      const verdictText = `${value.toFixed(2)}x the optimum (target >= 0.5): ${verdict(value >= 0.5)}`;
      lines.push(`- req/s at 0 ms, c=${row.connections}, ${row.shape.label}: ${verdictText}`);
    }
  }
  const problems = rows.filter((row) => row.gateway.problems.length + row.optimum.problems.length > 0);
  lines.push(`- every response a 200 with the expected body: ${verdict(problems.length === 0)}`);
  return lines.join('\n');
}

function machine(gatewayNodeFlags: string[]): string {
  let memory: string;
  try {
    memory = execFileSync('free', ['-h'], { encoding: 'utf8' }).trim();
  } catch {
    memory = `${(totalmem() / 2 ** 30).toFixed(1)} GiB total`;
  }
  return [
    `nproc: ${availableParallelism()} (${cpus()[0]?.model ?? 'unknown CPU'})`,
    `node: ${process.version}`,
    `gateway node flags: ${gatewayNodeFlags.join(' ') || '(none)'}`,
    'free -h:',
    memory,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'gateway-node-flags': { type: 'string', default: '' } } });
  const gatewayNodeFlags = (values['gateway-node-flags'] ?? '').split(' ').filter((flag) => flag !== '');
  const started = Date.now();
  console.error('Building the gateway (npm run build)...');
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  const rows: Row[] = [];
  const probes = new Map<string, Probe>();
  for (const latencyMs of LATENCIES_MS) await benchLatency(latencyMs, gatewayNodeFlags, rows, probes);

  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`## Machine\n\n\`\`\`\n${machine(gatewayNodeFlags)}\n\`\`\`\n`);
  console.log(`## Results (${CELL_SECONDS} s per cell and side, per-store cap ${MAX_IN_FLIGHT}, ${seconds} s in all)\n`);
  console.log(`${table(rows, probes)}\n`);
  console.log(`## Targets\n\n${targets(rows, probes)}`);
}

await main();
