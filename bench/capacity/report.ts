/** What the capacity bench prints: the machine, one table of the cells, details per cell, the target. */
import { availableParallelism, cpus, loadavg } from 'node:os';
import type { CellResult, CellSpec, Load } from './cell.js';

const TARGET_FACTOR = 20;

/** A cell's figures, as the table and the target read them. */
interface Summary extends CellSpec {
  views: number;
  wholePerMinute: number;
  partial: number;
  failed: number;
  rateLimited: number;
  stale: number;
  upstreamCalls: number;
  upstream429s: number;
  /** Cache hits / (hits + calls) in %, from the answers' reports; undefined when they report no hits. */
  hitPercent: number | undefined;
  p50: number | undefined;
  p99: number | undefined;
}

function summarize(cell: CellResult): Summary {
  const outcomes = cell.answers.map((answer) => answer.outcome);
  const count = (kind: string) => outcomes.filter((outcome) => outcome.kind === kind).length;
  const latencies = cell.answers.map((answer) => answer.latencyMs).sort((a, b) => a - b);
  const percentile = (fraction: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))];
  const hits = outcomes.reduce((sum, outcome) => sum + (outcome.cacheHits ?? 0), 0);
  const calls = outcomes.reduce((sum, outcome) => sum + (outcome.calls ?? 0), 0);
  const reportsHits = outcomes.some((outcome) => outcome.cacheHits !== undefined) && hits + calls > 0;
  return {
    replicas: cell.replicas,
    cache: cell.cache,
    views: outcomes.length,
    wholePerMinute: (count('whole') * 60) / cell.seconds,
    partial: count('partial'),
    failed: count('failed'),
    rateLimited: outcomes.filter((outcome) => outcome.rateLimited).length,
    stale: outcomes.filter((outcome) => outcome.stale).length,
    upstreamCalls: cell.upstream.calls,
    upstream429s: cell.upstream.tooManyRequests,
    hitPercent: reportsHits ? (100 * hits) / (hits + calls) : undefined,
    p50: percentile(0.5),
    p99: percentile(0.99),
  };
}

const replicasLabel = (replicas: number) => `${replicas} replica${replicas > 1 ? 's' : ''}`;
export const cellLabel = (spec: CellSpec) => `${replicasLabel(spec.replicas)}, cache ${spec.cache ? 'on' : 'off'}`;
const fixed = (value: number | undefined, digits = 0) => (value === undefined ? 'n/a' : value.toFixed(digits));

export function machine(load: Load, ttlMs: number | undefined): string {
  const model = cpus()[0]?.model ?? 'unknown CPU';
  return [
    `date: ${new Date().toISOString()}`,
    `nproc: ${availableParallelism()} (${model}), load average ${loadavg()
      .map((value) => fixed(value, 1))
      .join(' ')}`,
    `node: ${process.version}`,
    `sandbox: quota 150 calls per 60 s, 50 ms latency; ${load.users} users, think time ` +
      `${load.thinkSeconds.min}-${load.thinkSeconds.max} s, ${load.seconds} s per cell`,
    `cache on: READ_CACHE_TTL_MS ${ttlMs ?? "the gateway's default"}`,
  ].join('\n');
}

export function table(cells: CellResult[]): string {
  const header = ['replicas', 'cache', 'page views', 'whole a minute', 'partial', 'failed', 'RATE_LIMITED', 'stale'];
  header.push('upstream calls', 'upstream 429s', 'cache hit ratio', 'p50 ms', 'p99 ms');
  const rows = cells
    .map(summarize)
    .map((cell) => [
      cell.replicas,
      cell.cache ? 'on' : 'off',
      cell.views,
      fixed(cell.wholePerMinute, 1),
      cell.partial,
      cell.failed,
      cell.rateLimited,
      cell.stale,
      cell.upstreamCalls,
      cell.upstream429s,
      cell.hitPercent === undefined ? 'n/a' : `${fixed(cell.hitPercent, 1)} %`,
      fixed(cell.p50),
      fixed(cell.p99),
    ]);
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

/**
 * What the table leaves out: whole and answered steps by kind (with the stale ones and the upstream calls
 * their answers reported), error codes, the sandbox's calls by request, cut requests, the machine's load.
 */
export function details(cell: CellResult): string {
  const kinds = (['page', 'payment', 'write'] as const).map((kind) => {
    const ofKind = cell.answers.filter((answer) => answer.kind === kind);
    const whole = ofKind.filter((answer) => answer.outcome.kind === 'whole').length;
    const stale = ofKind.filter((answer) => answer.outcome.stale).length;
    const calls = ofKind.reduce((sum, answer) => sum + (answer.outcome.calls ?? 0), 0);
    return `${kind} ${whole}/${ofKind.length} (${stale} stale, ${calls} calls)`;
  });
  const staleAges = cell.answers.flatMap((answer) => answer.outcome.staleAgeMs ?? []).sort((a, b) => a - b);
  const seconds = (ms: number | undefined) => fixed(ms === undefined ? undefined : ms / 1000, 1);
  const median = staleAges[Math.floor(staleAges.length / 2)];
  const oldest = staleAges.at(-1);
  const ages =
    median === undefined ? '' : `; stale answers' age median ${seconds(median)} s, oldest ${seconds(oldest)} s`;
  const codes = new Map<string, number>();
  for (const code of cell.answers.flatMap((answer) => answer.outcome.codes)) {
    codes.set(code, (codes.get(code) ?? 0) + 1);
  }
  const codeList = [...codes].sort((a, b) => b[1] - a[1]).map(([code, times]) => `${code} ${times}`);
  const calls = [...cell.upstream.byRequest]
    .sort((a, b) => b[1] - a[1])
    .map(([request, times]) => `${request} ${times}`);
  const missed = cell.upstream.missed > 0 ? `; ${cell.upstream.missed} request log entries missed` : '';
  return (
    `- ${cellLabel(cell)}: whole/answered ${kinds.join(', ')}; cut at the end ${cell.cut}; ` +
    `error codes ${codeList.join(', ') || 'none'}${ages}; upstream calls ${calls.join(', ') || 'none'}; ` +
    `load average ${fixed(cell.loadAverage.start, 1)} at the start, ` +
    `${fixed(cell.loadAverage.end, 1)} at the end${missed}`
  );
}

/** Per replica count: the cache on serves 20 times the whole page views of the cache off, none RATE_LIMITED. */
export function targets(cells: CellResult[], replicaCounts: number[]): string {
  const summaries = cells.map(summarize);
  const lines = replicaCounts.map((replicas) => {
    const off = summaries.find((cell) => cell.replicas === replicas && !cell.cache);
    const on = summaries.find((cell) => cell.replicas === replicas && cell.cache);
    const name = replicasLabel(replicas);
    if (!on) return `- ${name}: not measured (no cache-on cell run)`;
    if (!off) return `- ${name}: not measured (no cache-off cell run)`;
    const factor = on.wholePerMinute / off.wholePerMinute;
    const met = factor >= TARGET_FACTOR && on.rateLimited === 0;
    return (
      `- ${name}: cache on ${fixed(on.wholePerMinute, 1)} whole page views a minute, ${fixed(factor, 1)}x ` +
      `cache off's ${fixed(off.wholePerMinute, 1)} (target >= ${TARGET_FACTOR}x), ${on.rateLimited} ` +
      `RATE_LIMITED answers (target 0): ${met ? 'met' : 'MISSED'}`
    );
  });
  return lines.join('\n');
}
