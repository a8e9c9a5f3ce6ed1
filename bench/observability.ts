/**
 * `npm run bench:observability`: what tracing costs. Serves one cheap query (one upstream call to an
 * in-process sandbox without latency, the worst case for overhead) from two gateways, tracing off (the
 * default: no tracing code registered) and on (every span built and batched to an exporter that drops
 * them, so the figure is the gateway's own cost, not a collector's), and prints requests per second.
 * Both log each request at info level to /dev/null, synchronously, as production does to stdout.
 */
import { ExportResultCode } from '@opentelemetry/core';
import { BatchSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import autocannon from 'autocannon';
import { pino } from 'pino';
import { loadConfig } from '../src/config.js';
import { createGateway } from '../src/gateway.js';
import { createLogger } from '../src/observability/logging.js';
import { createTracing, type Tracing } from '../src/observability/tracing.js';
import { listen } from '../src/ops/http-server.js';
import { startSandbox } from '../src/sandbox/server.js';

const DURATION_SECONDS = 8;
const CONNECTIONS = 16;
const ROUNDS = 3;
const QUERY = JSON.stringify({
  query: 'query PaymentTotal($id: ID!) { payment(id: $id) { id total { currencyCode value } } }',
  variables: { id: '117' },
});

const droppingExporter: SpanExporter = {
  export: (_spans, done) => done({ code: ExportResultCode.SUCCESS }),
  shutdown: async () => {},
};

/** The settings a gateway runs with when nothing is configured, pointed at the bench's sandbox. */
const defaults = loadConfig({});

async function startGateway(sandboxUrl: string, tracing: Tracing | undefined) {
  const gateway = await createGateway(
    {
      ...defaults,
      upstream: { kind: 'remote', b2bApiUrl: new URL(sandboxUrl), bcApiUrl: new URL(new URL(sandboxUrl).origin) },
      auth: { kind: 'server', credentials: { authToken: 'bench', storeHash: 'bench' } },
      upstreamMaxInFlight: CONNECTIONS,
    },
    { logger: createLogger('info', pino.destination({ dest: '/dev/null', sync: true })), ...(tracing && { tracing }) },
  );
  const { port } = await listen(gateway.server, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  await checkAnswer(url);
  return {
    url,
    close: async () => {
      await new Promise<void>((resolve) => gateway.server.close(() => resolve()));
      await gateway.close();
    },
  };
}

/** GraphQL errors come back as HTTP 200: check the body once, so the figures measure real answers. */
async function checkAnswer(url: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
  const body = (await response.json()) as { data?: { payment?: { id?: string } }; errors?: unknown };
  if (body.errors || body.data?.payment?.id !== '117') throw new Error(`unexpected answer: ${JSON.stringify(body)}`);
}

async function measure(url: string): Promise<{ requestsPerSecond: number; p99Ms: number; errors: number }> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: QUERY,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
  });
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const sandbox = await startSandbox({ port: 0 });
const variants = [
  { name: 'tracing off (not configured)', tracing: () => undefined },
  {
    name: 'tracing on (batched, dropped)',
    tracing: () => createTracing('bench', new BatchSpanProcessor(droppingExporter)),
  },
];
const figures = new Map<string, Array<{ requestsPerSecond: number; p99Ms: number; errors: number }>>();
for (let round = 1; round <= ROUNDS; round += 1) {
  // Alternating the variants spreads warm-up and machine noise over both.
  for (const variant of variants) {
    const gateway = await startGateway(sandbox.baseUrl, variant.tracing());
    const figure = await measure(gateway.url);
    await gateway.close();
    figures.set(variant.name, [...(figures.get(variant.name) ?? []), figure]);
    console.log(
      `round ${round}  ${variant.name.padEnd(30)} ${figure.requestsPerSecond.toFixed(0).padStart(6)} req/s  p99 ${figure.p99Ms} ms`,
    );
  }
}
await sandbox.close();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
console.log(
  `\n${CONNECTIONS} connections, ${DURATION_SECONDS} s per run, median of ${ROUNDS} runs, node ${process.version}`,
);
console.log('| variant | req/s | p99 latency | errors |\n|---|---|---|---|');
for (const [name, runs] of figures) {
  const errors = runs.reduce((sum, run) => sum + run.errors, 0);
  console.log(
    `| ${name} | ${median(runs.map((run) => run.requestsPerSecond)).toFixed(0)} | ${median(runs.map((run) => run.p99Ms))} ms | ${errors} |`,
  );
}
