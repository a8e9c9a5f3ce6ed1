import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import { roundMs } from './milliseconds.js';
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
}

/**
 * Adds `extensions.upstream` to a response (to the last part of a deferred one): always, never, or when the
 * caller sends `X-Upstream-Report: 1`. Lives as long as the app.
 */
export function useUpstreamReport(mode: UpstreamReportMode): Plugin<GatewayContext> {
  return {
    onExecute({ args }) {
      const { request, upstreamCalls } = args.contextValue;
      if (mode === 'off' || (mode === 'on-request' && request.headers.get(UPSTREAM_REPORT_HEADER) !== '1')) return;
      return {
        onExecuteDone: (payload) =>
          handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
            // A deferred or streamed answer: its last part carries the report, once every call has ended.
            if ('hasNext' in result && result.hasNext) return;
            setResult({ ...result, extensions: { ...result.extensions, upstream: summarizeCalls(upstreamCalls) } });
          }),
      };
    },
  };
}

/**
 * Calls by endpoint, with their count and time. Calls overlap, so `totalMs` is upstream time spent (what a
 * slow upstream costs), not time the caller waited. A call still in flight when execution ends (a sibling
 * of a failed field) is not counted.
 */
function summarizeCalls(calls: readonly UpstreamCall[]): UpstreamReport {
  const byEndpoint: Record<string, EndpointCost> = {};
  for (const call of calls) {
    const cost = (byEndpoint[call.endpoint] ??= { calls: 0, totalMs: 0 });
    cost.calls += 1;
    cost.totalMs += call.durationMs;
  }
  for (const cost of Object.values(byEndpoint)) cost.totalMs = roundMs(cost.totalMs);
  const totalMs = roundMs(calls.reduce((sum, call) => sum + call.durationMs, 0));
  return { calls: calls.length, totalMs, byEndpoint };
}
