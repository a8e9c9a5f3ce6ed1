/**
 * `npm run bench:defer`: what `@defer` changes for the slowest shape, 50 payments with their transactions
 * (51 upstream calls), at 50 ms of upstream latency. The same query is sent whole (JSON) and with each
 * payment's transactions deferred (multipart/mixed and SSE), one request at a time, in turns; per variant it
 * prints the time to the first part (the page, ready to show) and to the last, median and 90th percentile,
 * and the gateway's CPU per request (user + system, from /proc: requests go one at a time, so each request's
 * share is its own, in 10 ms ticks).
 * The sandbox and the gateway (built first, run as the Dockerfile runs it) are child processes.
 *
 * `npm run bench:defer -- --rounds=5 --latency=20` for a short run.
 */
import { execFileSync } from 'node:child_process';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { mergeParts, TRANSPORTS, type AnswerPart } from '../test/support/incremental-parts.js';
import { startGateway, startSandbox, type Service } from './processes.js';
import { gatewayLaunch } from './runtime.js';

const WARM_UP_ROUNDS = 3;
const PAGE_SIZE = 50;

const query = (deferred: boolean) => `query DeferBench {
  payments(first: ${PAGE_SIZE}) {
    nodes {
      id
      processingStatus
      total { currencyCode value }
      ${deferred ? '... @defer { transactions { type gateway } }' : 'transactions { type gateway }'}
    }
  }
}`;

/** One way to ask: how the query is written, what the request accepts, how the answer is read. */
interface Variant {
  label: string;
  query: string;
  accept: string;
  read: (response: Response) => AsyncGenerator<AnswerPart>;
}

const VARIANTS: Variant[] = [
  { label: 'without @defer (JSON)', query: query(false), accept: 'application/json', read: readJson },
  ...TRANSPORTS.map(({ name, accept, read }) => ({ label: `@defer over ${name}`, query: query(true), accept, read })),
];

/** One request: ms to its first part and to its last, the gateway's CPU ms, what it answered, its calls. */
interface Timing {
  firstMs: number;
  lastMs: number;
  cpuMs: number | undefined;
  answer: unknown;
  calls: number | undefined;
}

async function* readJson(response: Response): AsyncGenerator<AnswerPart> {
  yield (await response.json()) as AnswerPart;
}

async function send(gateway: Service, variant: Variant): Promise<Timing> {
  const cpuBefore = gateway.cpuMs();
  const started = performance.now();
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: variant.accept, 'x-upstream-report': '1' },
    body: JSON.stringify({ query: variant.query }),
  });
  if (response.status !== 200) throw new Error(`${variant.label}: HTTP ${response.status}`);
  const parts: AnswerPart[] = [];
  let firstMs = 0;
  for await (const part of variant.read(response)) {
    if (parts.length === 0) firstMs = performance.now() - started;
    parts.push(part);
  }
  const lastMs = performance.now() - started;
  const cpuAfter = gateway.cpuMs();
  const cpuMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  const report = parts.at(-1)?.extensions?.['upstream'] as { calls: number } | undefined;
  return { firstMs, lastMs, cpuMs, answer: mergeParts(parts), calls: report?.calls };
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { rounds: { type: 'string', default: '20' }, latency: { type: 'string', default: '50' } },
  });
  const rounds = Number(values.rounds);
  const latencyMs = Number(values.latency);
  console.error('Building the gateway (npm run build)...');
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
  const services: Service[] = [];
  try {
    const sandbox = await startSandbox(latencyMs);
    services.push(sandbox);
    const gateway = await startGateway(sandbox, gatewayLaunch(undefined), { path: process.execPath });
    services.push(gateway);

    // Every variant must answer the same data with the same calls, or its timings mean nothing.
    const probes = await Promise.all(VARIANTS.map((variant) => send(gateway, variant)));
    for (const [index, probe] of probes.entries()) {
      if (!isDeepStrictEqual(probe.answer, probes[0]?.answer) || probe.calls !== PAGE_SIZE + 1) {
        throw new Error(
          `${VARIANTS[index]?.label}: another answer, or ${probe.calls} upstream calls instead of ${PAGE_SIZE + 1}`,
        );
      }
    }
    const timings = new Map<Variant, Timing[]>(VARIANTS.map((variant) => [variant, []]));
    for (let round = -WARM_UP_ROUNDS; round < rounds; round++) {
      // In turns, so a change of load on the machine hits every variant alike.
      for (const variant of VARIANTS) {
        const timing = await send(gateway, variant);
        if (round >= 0) timings.get(variant)?.push(timing);
      }
      if (round >= 0) console.error(`round ${round + 1} of ${rounds}`);
    }

    const ms = (value: number) => value.toFixed(0);
    console.log(
      `50 payments with transactions (${PAGE_SIZE + 1} upstream calls), ${latencyMs} ms upstream latency, ` +
        `${rounds} requests per variant, one at a time, the default per-store cap (64)\n`,
    );
    console.log(
      '| variant | first part p50 | first part p90 | last part p50 | last part p90 | gateway CPU per request |',
    );
    console.log('|---|---|---|---|---|---|');
    for (const [variant, runs] of timings) {
      const first = runs.map((run) => run.firstMs);
      const last = runs.map((run) => run.lastMs);
      const cpu = runs.flatMap((run) => (run.cpuMs === undefined ? [] : [run.cpuMs]));
      const cpuMean =
        cpu.length < runs.length ? 'n/a' : `${ms(cpu.reduce((sum, value) => sum + value, 0) / cpu.length)} ms`;
      console.log(
        `| ${variant.label} | ${ms(percentile(first, 0.5))} ms | ${ms(percentile(first, 0.9))} ms ` +
          `| ${ms(percentile(last, 0.5))} ms | ${ms(percentile(last, 0.9))} ms | ${cpuMean} |`,
      );
    }
  } finally {
    for (const service of services.reverse()) await service.stop();
  }
}

await main();
