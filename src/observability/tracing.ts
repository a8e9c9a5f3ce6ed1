import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Span,
  type TextMapGetter,
  type Tracer,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { UpstreamCall } from '../upstream/http/request.js';
import type { RequestObserver, RequestSummary } from './request-observer.js';

export interface TracingSettings {
  /** OTLP/HTTP base endpoint of a collector; spans go to `<endpoint>/v1/traces`. */
  otlpEndpoint: URL;
  serviceName: string;
}

/** The request tracer with its provider, so spans still buffered can be flushed on shutdown. */
export interface Tracing {
  requests: RequestTracer;
  shutdown(): Promise<void>;
}

/**
 * Tracing to an OTLP/HTTP collector, spans batched in the background. Made only when configured: without
 * it the gateway does not even load this module (gateway.ts imports it on demand). Lives as long as the
 * process.
 */
export function createOtlpTracing(settings: TracingSettings): Tracing {
  const exporter = new OTLPTraceExporter({ url: new URL('v1/traces', withTrailingSlash(settings.otlpEndpoint)).href });
  return createTracing(settings.serviceName, new BatchSpanProcessor(exporter));
}

/** Tracing into any span processor (tests use an in-memory exporter). */
export function createTracing(serviceName: string, processor: SpanProcessor): Tracing {
  // A provider of our own, not the global one: nothing else in the process is traced behind our back.
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [processor],
  });
  const requests = new RequestTracer(provider.getTracer('b2b-payments-gateway'));
  return { requests, shutdown: () => provider.shutdown() };
}

const propagator = new W3CTraceContextPropagator();
const headerGetter: TextMapGetter<Headers> = {
  get: (headers, key) => headers.get(key) ?? undefined,
  keys: (headers) => [...headers.keys()],
};

/**
 * One SERVER span per GraphQL request (continuing the caller's `traceparent` trace) and one CLIENT span
 * per upstream call inside it, timed as the call really ran. Lives as long as the app.
 */
export class RequestTracer implements RequestObserver {
  /**
   * Each request's span and its clock: wall-clock milliseconds at `performance.now()` zero, read once per
   * request, so the request span and its upstream spans share one clock and nest exactly (OpenTelemetry
   * anchors every span on its own `Date.now()`, a millisecond apart at worst).
   */
  private readonly spans = new WeakMap<Request, { span: Span; epochAtZero: number }>();

  constructor(private readonly tracer: Tracer) {}

  requestStarted(request: Request): void {
    const parent = propagator.extract(ROOT_CONTEXT, request.headers, headerGetter);
    const epochAtZero = Date.now() - performance.now();
    const span = this.tracer.startSpan(
      `${request.method} /graphql`,
      {
        kind: SpanKind.SERVER,
        startTime: epochAtZero + performance.now(),
        attributes: { 'http.request.method': request.method, 'url.path': '/graphql' },
      },
      parent,
    );
    this.spans.set(request, { span, epochAtZero });
  }

  upstreamCallFinished(request: Request, call: UpstreamCall): void {
    const traced = this.spans.get(request);
    if (!traced) return;
    const endTime = traced.epochAtZero + performance.now();
    const span = this.tracer.startSpan(
      `${call.method} ${call.endpoint}`,
      {
        kind: SpanKind.CLIENT,
        startTime: endTime - call.durationMs,
        attributes: {
          'http.request.method': call.method,
          'b2b.endpoint': call.endpoint,
          ...(call.status !== undefined && { 'http.response.status_code': call.status }),
        },
      },
      trace.setSpan(ROOT_CONTEXT, traced.span),
    );
    // OpenTelemetry's HTTP conventions: a client span fails on no response or a 4xx/5xx.
    if (call.status === undefined || call.status >= 400) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end(endTime);
  }

  requestFinished(request: Request, summary: RequestSummary): void {
    const traced = this.spans.get(request);
    if (!traced) return;
    this.spans.delete(request);
    const { span } = traced;
    if (summary.operationName) span.updateName(`${summary.operationType ?? 'graphql'} ${summary.operationName}`);
    span.setAttributes({
      'http.response.status_code': summary.httpStatus,
      'gateway.request_id': summary.requestId,
      'gateway.outcome': summary.outcome,
      'gateway.upstream_calls': summary.upstreamCalls.length,
      ...(summary.operationName && { 'graphql.operation.name': summary.operationName }),
      ...(summary.operationType && { 'graphql.operation.type': summary.operationType }),
    });
    const unexpected = summary.failures.some((failure) => failure.kind === 'unexpected');
    if (unexpected || summary.httpStatus >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end(traced.epochAtZero + performance.now());
  }
}

function withTrailingSlash(url: URL): URL {
  return url.pathname.endsWith('/') ? url : new URL(`${url.href}/`);
}
