/**
 * `npm run bench:profile`: where the gateway's CPU goes for one query shape. Starts the sandbox (0 ms of
 * latency by default) and the built gateway under `--cpu-prof`, as `npm run bench` starts it (node-options.env,
 * production), drives the shape with autocannon after a warm-up, stops the gateway so that it writes its
 * profile, and prints the self time by package and by function, with the CPU per query from /proc.
 *
 *   npm run bench:profile -- --shape=typename --connections=32 --seconds=10
 *   npm run bench:profile -- --shape="1 payment, everything" --gateway-node=20
 *
 * `--shape` is `typename` (`{ __typename }`) or a label of bench/shapes.ts. The .cpuprofile file stays
 * where the last line says, for Chrome's DevTools or speedscope.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startGateway, startSandbox, startYoga, type Service } from './processes.js';
import { gatewayLaunch, resolveNode } from './runtime.js';
import { SHAPES, type Shape } from './shapes.js';

const TYPENAME: Shape = { label: 'typename', operationName: '', body: JSON.stringify({ query: '{ __typename }' }) };

/** The parts of V8's .cpuprofile format read here. */
interface CpuProfile {
  /** Microseconds on the monotonic clock, as `process.hrtime` reads it on Linux. */
  startTime: number;
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

const { values } = parseArgs({
  options: {
    shape: { type: 'string', default: 'typename' },
    connections: { type: 'string', default: '32' },
    seconds: { type: 'string', default: '10' },
    latency: { type: 'string', default: '0' },
    top: { type: 'string', default: '40' },
    'gateway-node': { type: 'string' },
    'gateway-node-options': { type: 'string' },
    server: { type: 'string', default: 'gateway' },
  },
});
const server = values.server;
if (server !== 'gateway' && server !== 'lean') throw new Error('--server: gateway or lean (the lean Yoga)');
const shape = values.shape === 'typename' ? TYPENAME : SHAPES.find((candidate) => candidate.label === values.shape);
if (!shape) throw new Error(`--shape: typename or one of ${SHAPES.map((known) => `"${known.label}"`).join(', ')}`);

execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'bench/tsconfig.build.json'], {
  stdio: 'inherit',
});
const runtime = resolveNode(values['gateway-node']);
const launch = gatewayLaunch(values['gateway-node-options']);
const profileDir = mkdtempSync(join(tmpdir(), 'gateway-profile-'));
const services: Service[] = [];
try {
  const sandbox = await startSandbox(Number(values.latency));
  services.push(sandbox);
  const profiled = { ...runtime, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] };
  // The lean Yoga runs as `npm run bench` runs it: Node's default options.
  const gateway = server === 'lean' ? await startYoga(profiled, true) : await startGateway(sandbox, launch, profiled);
  services.push(gateway);
  const load = (duration: number) =>
    autocannon({
      url: gateway.url,
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: shape.body,
      connections: Number(values.connections),
      duration,
    });
  await load(3);
  const cpuBefore = gateway.cpuMs() ?? 0;
  const window = { startUs: monotonicUs() };
  const result = await load(Number(values.seconds));
  const measured = { ...window, endUs: monotonicUs() };
  const cpuMs = (gateway.cpuMs() ?? 0) - cpuBefore;
  await gateway.stop();
  const answered = result['2xx'];
  const options = server === 'lean' ? '(none)' : launch.nodeOptions || '(none)';
  console.log(`${gateway.name} on Node ${runtime.version}, NODE_OPTIONS ${options}; shape ${shape.label}`);
  console.log(
    `${answered} answered (${result.non2xx} non-2xx, ${result.errors} errors), ${(answered / Number(values.seconds)).toFixed(1)} req/s`,
  );
  console.log(`CPU ms per query (whole run, /proc): ${(cpuMs / answered).toFixed(3)}`);
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile in ${profileDir}`);
  const profile = JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile;
  summarize(profile, measured, answered, Number(values.top));
  console.log(`profile: ${join(profileDir, file)}`);
} finally {
  for (const service of services.reverse()) await service.stop();
}

function monotonicUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/**
 * Self time of the measured run (start-up and warm-up left out), by package and by function, per answered
 * request. The samples are wall-clock time of the gateway's thread: on a busy machine they include time it
 * waited for a core, so read the shares, and the CPU per query from /proc.
 */
function summarize(profile: CpuProfile, window: { startUs: number; endUs: number }, requests: number, top: number) {
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (at >= window.startUs && at <= window.endUs) selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const total = [...selfUs.values()].reduce((sum, us) => sum + us, 0);
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = packageOf(url);
    byPackage.set(where, (byPackage.get(where) ?? 0) + us);
    const name = `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  }
  const print = (title: string, entries: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [name, us] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      const share = `${((100 * us) / total).toFixed(1).padStart(5)} %`;
      console.log(`${share} ${(us / requests).toFixed(1).padStart(7)} µs/request  ${name}`);
    }
  };
  print('self time by package', byPackage);
  print('self time by function', byFunction);
}

function packageOf(url: string): string {
  if (url === '') return '(V8 / native)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + '/node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? url);
  }
  const dist = url.indexOf('/dist/');
  return dist >= 0
    ? `gateway ${url
        .slice(dist + 1)
        .split('/')
        .slice(0, 2)
        .join('/')}`
    : url;
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) return url.slice(modules + '/node_modules/'.length);
  const dist = url.indexOf('/dist/');
  return dist >= 0 ? url.slice(dist + 1) : url;
}
