import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import { roundMs } from './milliseconds.js';
import type { CacheTally } from '../upstream/b2b/request-read-cache.js';
import type { UpstreamCall } from '../upstream/http/request.js';

/** Who gets `extensions.upstream` (the calls a response cost): everyone, callers who ask, or no one. */
export type UpstreamReportMode = 'always' | 'on-request' | 'off';

/** The request header that asks for the report when the mode is `on-request`. */
export const UPSTREAM_REPORT_HEADER = 'x-upstream-report';

export interface EndpointCost {
  calls: number;
  /** Summed durations in milliseconds, each from the moment its call was sent (not waiting for a slot). */
  totalMs: number;
}

/** `extensions.upstream`: what a response cost upstream, so callers can see the quota they spend. */
export interface UpstreamReport extends EndpointCost {
  /** Keyed by the upstream method's name, e.g. `getPayment`. */
  byEndpoint: Record<string, EndpointCost>;
  /** Reads answered without a call: fresh from the cache (`hits`) or kept answers standing in (`stale`). */
  cache?: { hits: number; stale: number };
}

/** `extensions.stale`: some of the answer is a kept answer served because its upstream call failed. */
export interface StaleMark {
  /** The age of the oldest such answer, in ms: the answer shows the upstream as it was at least this long ago. */
  ageMs: number;
  /** How many upstream reads were served that way. */
  reads: number;
}

/**
 * Adds to a response `extensions.upstream` (to the last part of a deferred one): always, never, or when the
 * caller sends `X-Upstream-Report: 1`; and `extensions.stale` to every answer (every part, from the first
 * that used one) that holds a stale answer, whatever the mode: a client must be able to tell. Lives as long
 * as the app.
 */
export function useUpstreamReport(mode: UpstreamReportMode): Plugin<GatewayContext> {
  return {
    onExecute({ args }) {
      const { request, upstreamCalls } = args.contextValue;
      const report =
        mode === 'always' || (mode === 'on-request' && request.headers.get(UPSTREAM_REPORT_HEADER) === '1');
      return {
        onExecuteDone: (payload) =>
          handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            // Read from the context, not its API: a request that called no resolver makes none.
            const tally = args.contextValue.cacheTally;
            const stale = staleMark(tally);
            // A deferred or streamed answer: its last part carries the report, once every call has ended.
            const last = !('hasNext' in result && result.hasNext);
            if (!stale && !(report && last)) return;
            setResult({
              ...result,
              extensions: {
                ...result.extensions,
                ...(report && last && { upstream: summarizeCalls(upstreamCalls, tally) }),
                ...(stale && { stale }),
              },
            });
          }),
      };
    },
  };
}

function staleMark(tally: CacheTally | undefined): StaleMark | undefined {
  if (!tally || tally.oldestStaleMs === undefined) return undefined;
  return { ageMs: Math.round(tally.oldestStaleMs), reads: tally.stale };
}

/**
 * Calls by endpoint, with their count and time. Calls overlap, so `totalMs` is upstream time spent (what a
 * slow upstream costs), not time the caller waited. A call still in flight when execution ends (a sibling
 * of a failed field) is not counted.
 */
function summarizeCalls(calls: readonly UpstreamCall[], tally: CacheTally | undefined): UpstreamReport {
  const byEndpoint: Record<string, EndpointCost> = {};
  for (const call of calls) {
    const cost = (byEndpoint[call.endpoint] ??= { calls: 0, totalMs: 0 });
    cost.calls += 1;
    cost.totalMs += call.durationMs;
  }
  for (const cost of Object.values(byEndpoint)) cost.totalMs = roundMs(cost.totalMs);
  const totalMs = roundMs(calls.reduce((sum, call) => sum + call.durationMs, 0));
  const cache = tally && { hits: tally.hits, stale: tally.stale };
  return { calls: calls.length, totalMs, byEndpoint, ...(cache && { cache }) };
}
