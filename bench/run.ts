/**
 * `npm run bench`: what the gateway costs beside its baselines, each measured in the same run. First its
 * idle memory beside a bare Yoga's with the same schema (bench/yoga-server.ts); then its fixed cost per
 * request, CPU per `{ __typename }`, beside a bare Yoga's and a lean Yoga's (Yoga's body-size stream off);
 * then, shape by shape, at 0 and 50 ms of upstream latency and at concurrency 1 and 32, the gateway against
 * the optimum (bench/optimum-server.ts): requests/s, p50 and p99 latency, CPU per query, upstream calls per
 * query and peak RSS, each beside the optimum's. Ends with the targets met or missed. Every server is a
 * child process on the same Node (`--gateway-node`), the gateway started as the Docker image starts it;
 * CPU and memory come from /proc. bench/README.md states the method.
 *
 *   npm run bench                                   the production runtime (the Docker image's Node 24)
 *   npm run bench -- --gateway-node=20              the servers on Node 20 (or a path to a node binary)
 *   npm run bench -- --gateway-node-options=""      the gateway without node-options.env's NODE_OPTIONS
 *   npm run bench -- --smoke                        every part, briefly: proves the bench runs, no figures
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startGateway, startOptimum, startSandbox, startYoga, type Service } from './processes.js';
import { gatewayLaunch, resolveNode, type GatewayLaunch, type NodeRuntime } from './runtime.js';
import { SHAPES, type Shape } from './shapes.js';

const LATENCIES_MS = [0, 50];
const CONCURRENCIES = [1, 32];
/**
 * The per-store cap of calls in flight, the gateway's and the optimum's alike: the gateway's default was 8
 * until the shared quota (64 since), and 8 keeps these figures comparable with the earlier runs'.
 */
const MAX_IN_FLIGHT = 8;
/**
 * A concurrency-32 cell runs one round (32 requests) instead of for some seconds when a request takes longer
 * than this at concurrency 1: 32 in parallel then take seconds, and a timed cell would end mostly unanswered.
 */
const SLOW_REQUEST_MS = 150;
/** The fixed cost is measured at the concurrency where the gateway's single thread is busiest. */
const FIXED_COST_CONNECTIONS = 32;
/**
 * The fixed cost runs this many times a cell's time per server: its ratio is a target of its own, and
 * the cheapest request was the noisiest to time (the lean Yoga's CPU per query moved from 0.10 to 0.17 ms
 * between two 4 s runs on the shared machine).
 */
const FIXED_COST_CELLS = 3;
const TYPENAME_QUERY = '{ __typename }';
const TYPENAME: Shape = { label: TYPENAME_QUERY, operationName: '', body: JSON.stringify({ query: TYPENAME_QUERY }) };

/** How long each part runs. */
interface Timing {
  /** Per cell and side, run as halves in the order A, B, B, A (or A, B, C, C, B, A): drift cancels out. */
  cellSeconds: number;
  warmUpSeconds: number;
  /** Starts of each server for its idle memory, alternating, and how long each sits idle before it is read. */
  idleRounds: number;
  idleSeconds: number;
}
const FULL: Timing = { cellSeconds: 4, warmUpSeconds: 2, idleRounds: 3, idleSeconds: 5 };
/** Every part at its shortest: proves the bench runs; its figures mean nothing. */
const SMOKE: Timing = { cellSeconds: 2, warmUpSeconds: 1, idleRounds: 1, idleSeconds: 1 };

/** What the servers run on: one Node for all, and how the gateway is launched on it. */
interface Setup {
  runtime: NodeRuntime;
  launch: GatewayLaunch;
  timing: Timing;
}

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

/** Idle resident memory of the gateway and of a bare Yoga, one figure per start, in MiB. */
interface IdleMemory {
  gateway: number[];
  yoga: number[];
}

/** The `{ __typename }` runs of the gateway and of its two Yoga baselines. */
interface FixedCost {
  gateway: Cell;
  yoga: Cell;
  lean: Cell;
}
const FIXED_COST_SERVERS: Record<keyof FixedCost, string> = {
  gateway: 'gateway',
  yoga: 'bare Yoga (its body-size stream on)',
  lean: 'lean Yoga (body-size stream off)',
};

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

async function measure(
  sandbox: Service,
  target: Target,
  shape: Shape,
  connections: number,
  extent: Extent,
): Promise<Cell> {
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
  const sum = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? undefined : a + b;
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

/**
 * Every target's cell, one target after another: timed cells as halves in the order A, B, ..., B, A, so a
 * change of load on the machine during the cell hits every target alike; counted cells once each.
 */
async function measureInterleaved<T extends readonly Target[]>(
  sandbox: Service,
  targets: T,
  shape: Shape,
  connections: number,
  extent: Extent,
): Promise<{ [K in keyof T]: Cell }> {
  const cells = new Map<Target, Cell>();
  const order = 'amount' in extent ? targets : [...targets, ...[...targets].reverse()];
  const runExtent = 'amount' in extent ? extent : { duration: extent.duration / 2 };
  for (const target of order) {
    const cell = await measure(sandbox, target, shape, connections, runExtent);
    const earlier = cells.get(target);
    cells.set(target, earlier ? combine(earlier, cell) : cell);
  }
  return targets.map((target) => cells.get(target)) as { [K in keyof T]: Cell };
}

/** Warm-up, so the JIT has compiled every target's hot path before anything is measured. */
async function warmUp(setup: Setup, targets: readonly Target[], shape: Shape): Promise<void> {
  for (const target of targets) await drive(target, shape, MAX_IN_FLIGHT, { duration: setup.timing.warmUpSeconds });
}

/** The gateway as the Docker image runs it, with the per-store cap the optimum gets too. */
function startGatewayOf(setup: Setup, sandbox: Service): Promise<Service> {
  const env = { UPSTREAM_MAX_IN_FLIGHT: String(MAX_IN_FLIGHT) };
  return startGateway(sandbox, setup.launch, setup.runtime, env);
}

/** The servers one part of the bench started: stopped together, last started first. */
class Services {
  private readonly started: Service[] = [];

  async add(starting: Promise<Service>): Promise<Service> {
    const service = await starting;
    this.started.push(service);
    return service;
  }

  async stop(): Promise<void> {
    for (const service of this.started.splice(0).reverse()) await service.stop();
  }
}

/** Resident memory after start, in production, before any request: each server started alternately. */
async function benchIdle(setup: Setup, sandbox: Service): Promise<IdleMemory> {
  const idle: IdleMemory = { gateway: [], yoga: [] };
  const starts = { gateway: () => startGatewayOf(setup, sandbox), yoga: () => startYoga(setup.runtime, false) };
  for (let round = 0; round < setup.timing.idleRounds; round += 1) {
    for (const server of ['gateway', 'yoga'] as const) {
      const service = await starts[server]();
      try {
        await sleep(setup.timing.idleSeconds * 1000);
        const rss = service.rssMiB();
        if (rss !== undefined) idle[server].push(rss);
      } finally {
        await service.stop();
      }
    }
  }
  console.error(`idle RSS MiB: gateway ${eachStart(idle.gateway)}; bare Yoga ${eachStart(idle.yoga)}`);
  return idle;
}

/** Answers `{ __typename }` once, as every later answer must. */
async function typenameTarget(service: Service): Promise<Target> {
  const answer = await post(service.url, TYPENAME);
  if (!isDeepStrictEqual(answer.json, { data: { __typename: 'Query' } })) {
    throw new Error(`${service.name} answered ${TYPENAME_QUERY} with ${answer.text.slice(0, 300)}`);
  }
  return { service, expectBody: answer.text };
}

/** CPU per `{ __typename }` (no upstream call): the gateway beside a bare Yoga and a lean Yoga. */
async function benchFixedCost(setup: Setup, sandbox: Service): Promise<FixedCost> {
  const services = new Services();
  try {
    const targets = [
      await typenameTarget(await services.add(startGatewayOf(setup, sandbox))),
      await typenameTarget(await services.add(startYoga(setup.runtime, false))),
      await typenameTarget(await services.add(startYoga(setup.runtime, true))),
    ] as const;
    await warmUp(setup, targets, TYPENAME);
    const extent = { duration: setup.timing.cellSeconds * FIXED_COST_CELLS };
    const [gateway, yoga, lean] = await measureInterleaved(sandbox, targets, TYPENAME, FIXED_COST_CONNECTIONS, extent);
    console.error(`${TYPENAME_QUERY}, CPU ms per query: gateway ${cpu(gateway)}, Yoga ${cpu(yoga)}, lean ${cpu(lean)}`);
    return { gateway, yoga, lean };
  } finally {
    await services.stop();
  }
}

/** One row: the gateway's cell and the optimum's. */
async function measureRow(
  setup: Setup,
  sandbox: Service,
  pair: readonly [gateway: Target, optimum: Target],
  where: Omit<Row, 'gateway' | 'optimum'>,
): Promise<Row> {
  const extent = where.byCount ? { amount: where.connections } : { duration: setup.timing.cellSeconds };
  const [gateway, optimum] = await measureInterleaved(sandbox, pair, where.shape, where.connections, extent);
  return { ...where, gateway, optimum };
}

async function benchLatency(setup: Setup, latencyMs: number, rows: Row[], probes: Map<string, Probe>) {
  const services = new Services();
  try {
    const sandbox = await services.add(startSandbox(latencyMs));
    const gateway = await services.add(startGatewayOf(setup, sandbox));
    const optimum = await services.add(startOptimum(setup.runtime, sandbox, MAX_IN_FLIGHT));
    for (const shape of SHAPES) {
      const targets = await probe(sandbox, gateway, optimum, shape);
      probes.set(shape.label, targets.calls);
      const pair = [targets.gateway, targets.optimum] as const;
      await warmUp(setup, pair, shape);
      let slow = false;
      for (const connections of CONCURRENCIES) {
        const byCount = connections > 1 && slow;
        const row = await measureRow(setup, sandbox, pair, { latencyMs, shape, connections, byCount });
        if (connections === 1) slow = row.gateway.p50 > SLOW_REQUEST_MS;
        rows.push(row);
        console.error(describeRow(row));
      }
    }
  } finally {
    await services.stop();
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mib = (value: number | undefined) => (value === undefined ? 'n/a' : fixed(value));
const times = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(2)}x`);
const eachStart = (rssMiB: number[]) => rssMiB.map((value) => fixed(value)).join(', ');
const problemsOf = (cells: Cell[]) => cells.flatMap((cell) => cell.problems);
const nodeOptions = (setup: Setup) => setup.launch.nodeOptions || '(none)';
const cpuRatio = (cell: Cell, base: Cell) => {
  const [own, baseline] = [cpuPerQuery(cell), cpuPerQuery(base)];
  return own === undefined || baseline === undefined ? undefined : own / baseline;
};
const peakRssRatio = ({ gateway: { peakRssMiB: own }, optimum: { peakRssMiB: optimum } }: Row) =>
  own === undefined || optimum === undefined ? undefined : own / optimum;

/** Everything one run measured. */
interface Results {
  idle: IdleMemory;
  fixedCost: FixedCost;
  rows: Row[];
  probes: Map<string, Probe>;
}

function idleTable(idle: IdleMemory): string {
  return [
    '| server | RSS MiB, each start | median |',
    '|---|---|---|',
    `| gateway | ${eachStart(idle.gateway)} | ${mib(median(idle.gateway))} |`,
    `| bare Yoga, same schema | ${eachStart(idle.yoga)} | ${mib(median(idle.yoga))} |`,
  ].join('\n');
}

function fixedCostTable(costs: FixedCost): string {
  const lines = ['| server | req/s | CPU ms per query | CPU ratio to the lean Yoga |', '|---|---|---|---|'];
  for (const server of ['gateway', 'yoga', 'lean'] as const) {
    const cell = costs[server];
    const flagged = cell.problems.length > 0 ? ' (errors!)' : '';
    const row = `${fixed(rps(cell), 1)} | ${cpu(cell)} | ${times(cpuRatio(cell, costs.lean))}${flagged}`;
    lines.push(`| ${FIXED_COST_SERVERS[server]} | ${row} |`);
  }
  return lines.join('\n');
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
    'peak RSS MiB gateway / optimum (ratio)',
  ];
  const lines = [`| ${columns.join(' | ')} |`, `|${'---|'.repeat(columns.length)}`];
  for (const row of rows) {
    const { gateway: g, optimum: o } = row;
    const calls = probes.get(row.shape.label);
    const flagged = problemsOf([g, o]).length > 0 ? ' (errors!)' : '';
    lines.push(
      `| ${row.latencyMs} ms | ${row.shape.label} | ${row.connections}${row.byCount ? ` (n=${g.requests})` : ''} ` +
        `| ${fixed(rps(g), 1)} / ${fixed(rps(o), 1)} (${ratio(rps(g), rps(o))}) ` +
        `| ${g.p50} / ${o.p50} (${ratio(g.p50, o.p50)}) | ${g.p99} / ${o.p99} ` +
        `| ${cpu(g)} / ${cpu(o)} ` +
        `| ${calls?.gatewayCalls} / ${calls?.optimumCalls} ` +
        `| ${mib(g.peakRssMiB)} / ${mib(o.peakRssMiB)} (${times(peakRssRatio(row))})${flagged} |`,
    );
  }
  return lines.join('\n');
}

/** The targets of the issues that asked for these figures, each met or missed in this run. */
function targets(setup: Setup, results: Results): string {
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  const lines: string[] = [];
  const [gatewayIdle, yogaIdle] = [median(results.idle.gateway), median(results.idle.yoga)];
  if (gatewayIdle !== undefined) {
    const beside = `beside a bare Yoga's ${mib(yogaIdle)} MiB, on Node ${setup.runtime.version}`;
    const target = `(target <= 110 MiB on Node 20): ${verdict(gatewayIdle <= 110)}`;
    lines.push(`- idle RSS in production: gateway ${mib(gatewayIdle)} MiB ${beside} ${target}`);
  }
  const fixedCost = cpuRatio(results.fixedCost.gateway, results.fixedCost.lean);
  if (fixedCost !== undefined) {
    const target = `(target <= 1.3): ${verdict(fixedCost <= 1.3)}`;
    lines.push(`- CPU per ${TYPENAME_QUERY}: ${times(fixedCost)} the lean Yoga's ${target}`);
  }
  for (const [label, calls] of results.probes) {
    const met = calls.gatewayCalls === calls.optimumCalls && calls.reportedCalls === calls.gatewayCalls;
    const counts = `gateway ${calls.gatewayCalls} (its report: ${calls.reportedCalls}), minimum ${calls.optimumCalls}`;
    lines.push(`- calls, ${label}: ${counts}: ${verdict(met)}`);
  }
  const zeroMs = results.rows.filter((row) => row.latencyMs === 0);
  for (const row of results.rows.filter((candidate) => candidate.latencyMs === 50 && candidate.connections === 1)) {
    const value = row.gateway.p50 / row.optimum.p50;
    const target = `(target <= 1.10): ${verdict(value <= 1.1)}`;
    lines.push(`- p50 at 50 ms, c=1, ${row.shape.label}: ${times(value)} the optimum ${target}`);
  }
  for (const row of zeroMs) {
    const value = rps(row.gateway) / rps(row.optimum);
    const target = `(target >= 0.5): ${verdict(value >= 0.5)}`;
    lines.push(`- req/s at 0 ms, c=${row.connections}, ${row.shape.label}: ${times(value)} the optimum ${target}`);
  }
  for (const row of zeroMs) {
    const value = peakRssRatio(row);
    const target = `(target <= 2): ${value === undefined ? 'n/a' : verdict(value <= 2)}`;
    lines.push(`- peak RSS at 0 ms, c=${row.connections}, ${row.shape.label}: ${times(value)} the optimum's ${target}`);
  }
  const { gateway, yoga, lean } = results.fixedCost;
  const cells = [gateway, yoga, lean, ...results.rows.flatMap((row) => [row.gateway, row.optimum])];
  lines.push(`- every response a 200 with the expected body: ${verdict(problemsOf(cells).length === 0)}`);
  return lines.join('\n');
}

function machine(setup: Setup): string {
  let memory: string;
  try {
    memory = execFileSync('free', ['-h'], { encoding: 'utf8' }).trim();
  } catch {
    memory = `${(totalmem() / 2 ** 30).toFixed(1)} GiB total`;
  }
  return [
    `nproc: ${availableParallelism()} (${cpus()[0]?.model ?? 'unknown CPU'})`,
    `servers' node: ${setup.runtime.version} (${setup.runtime.path})`,
    `gateway NODE_OPTIONS: ${nodeOptions(setup)}`,
    `bench, sandbox and autocannon node: ${process.version}`,
    'free -h:',
    memory,
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'gateway-node': { type: 'string' },
      'gateway-node-options': { type: 'string' },
      smoke: { type: 'boolean', default: false },
    },
  });
  const started = Date.now();
  console.error('Building the gateway (npm run build) and the bench servers (bench/tsconfig.build.json)...');
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  const tsc = 'node_modules/typescript/bin/tsc';
  execFileSync(process.execPath, [tsc, '-p', 'bench/tsconfig.build.json'], { stdio: 'inherit' });
  const setup: Setup = {
    runtime: resolveNode(values['gateway-node']),
    launch: gatewayLaunch(values['gateway-node-options']),
    timing: values.smoke ? SMOKE : FULL,
  };
  console.error(`Servers on Node ${setup.runtime.version}; gateway NODE_OPTIONS: ${nodeOptions(setup)}`);

  const services = new Services();
  let baselines: Pick<Results, 'idle' | 'fixedCost'>;
  try {
    const sandbox = await services.add(startSandbox(0));
    baselines = { idle: await benchIdle(setup, sandbox), fixedCost: await benchFixedCost(setup, sandbox) };
  } finally {
    await services.stop();
  }
  const results: Results = { ...baselines, rows: [], probes: new Map() };
  for (const latencyMs of LATENCIES_MS) await benchLatency(setup, latencyMs, results.rows, results.probes);

  const { timing } = setup;
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (values.smoke) console.log('**A smoke run: its figures mean nothing.**\n');
  console.log(`## Machine\n\n\`\`\`\n${machine(setup)}\n\`\`\`\n`);
  console.log(`## Idle memory (production, no request yet, ${timing.idleSeconds} s after start)\n`);
  console.log(`${idleTable(results.idle)}\n`);
  const fixedCostRun = `concurrency ${FIXED_COST_CONNECTIONS}, ${timing.cellSeconds * FIXED_COST_CELLS} s each`;
  console.log(`## Fixed cost: \`${TYPENAME_QUERY}\` at ${fixedCostRun}\n`);
  console.log(`${fixedCostTable(results.fixedCost)}\n`);
  const extent = `${timing.cellSeconds} s per cell and side, per-store cap ${MAX_IN_FLIGHT}, ${seconds} s in all`;
  console.log(`## Results (${extent})\n`);
  console.log(`${table(results.rows, results.probes)}\n`);
  console.log(`## Targets\n\n${targets(setup, results)}`);
}

await main();
