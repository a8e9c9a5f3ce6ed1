import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RequestObserver, RequestSummary } from './request-observer.js';

/** Latency buckets in seconds, from a cached answer to an upstream timeout. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/**
 * Operation names come from clients: past this many distinct names the rest count as `other`, so a
 * client inventing names cannot grow the metrics without bound.
 */
const MAX_OPERATION_LABELS = 200;

/**
 * The gateway's Prometheus metrics, in a registry of its own (not prom-client's global one, so several
 * apps can live in one process). Lives as long as the app.
 */
export class GatewayMetrics implements RequestObserver {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  private readonly requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests by operation, operation type and outcome (ok, error, rejected).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly requestDuration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from request arrival to response, by operation and operation type.',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  private readonly inFlight = new Gauge({
    name: 'graphql_requests_in_flight',
    help: 'GraphQL requests being answered now.',
    registers: [this.registry],
  });

  private readonly upstreamCalls = new Counter({
    name: 'upstream_calls_total',
    help: 'Calls to the upstream REST API by endpoint and HTTP status (`none` when no response came).',
    labelNames: ['endpoint', 'status'] as const,
    registers: [this.registry],
  });

  private readonly upstreamDuration = new Histogram({
    name: 'upstream_call_duration_seconds',
    help: 'Duration of upstream REST calls by endpoint and HTTP status.',
    labelNames: ['endpoint', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  requestStarted(): void {
    this.inFlight.inc();
  }

  requestFinished(_request: Request, summary: RequestSummary): void {
    this.inFlight.dec();
    const operation = this.operationLabel(summary.operationName);
    const type = summary.operationType ?? 'unknown';
    this.requests.inc({ operation, type, outcome: summary.outcome });
    this.requestDuration.observe({ operation, type }, summary.durationMs / 1000);
    for (const call of summary.upstreamCalls) {
      const labels = { endpoint: call.endpoint, status: call.status === undefined ? 'none' : String(call.status) };
      this.upstreamCalls.inc(labels);
      this.upstreamDuration.observe(labels, call.durationMs / 1000);
    }
  }

  private operationLabel(name: string | undefined): string {
    if (name === undefined) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_LABELS) return 'other';
    this.operationNames.add(name);
    return name;
  }
}

/** Serves the metrics in Prometheus' text format at `path` (GET only). */
export function useMetricsEndpoint(path: string, metrics: GatewayMetrics): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== path || request.method !== 'GET') return;
      const body = await metrics.registry.metrics();
      endResponse(new fetchAPI.Response(body, { headers: { 'content-type': metrics.registry.contentType } }));
    },
  };
}
