import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { hrTimeToMilliseconds } from '@opentelemetry/core';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTracing } from '../src/observability/tracing.js';
import { PaymentTotalDocument, PaymentWithEverythingDocument } from './gql/graphql.js';
import { startStack, type TestStack } from './support/stack.js';

describe('Prometheus /metrics', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  /** The metric samples whose line starts with `name{`, without the HELP/TYPE lines. */
  const samples = async (name: string) => {
    const response = await fetch(`${stack.gatewayUrl}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    return text.split('\n').filter((line) => line.startsWith(`${name}{`));
  };

  it('counts requests by operation and outcome, and upstream calls by endpoint and status', async () => {
    await stack.execute(PaymentWithEverythingDocument, { id: '117' });
    await stack.execute(PaymentTotalDocument, { id: '999999' });
    await stack.execute(PaymentTotalDocument, { id: '117' });

    expect(await samples('graphql_requests_total')).toEqual([
      'graphql_requests_total{operation="PaymentWithEverything",type="query",outcome="ok"} 1',
      'graphql_requests_total{operation="PaymentTotal",type="query",outcome="ok"} 2',
    ]);
    // Sorted: the detail and transactions calls run side by side, so which series appears first varies.
    expect((await samples('upstream_calls_total')).sort()).toEqual([
      'upstream_calls_total{endpoint="getPayment",status="200"} 2',
      'upstream_calls_total{endpoint="getPayment",status="404"} 1',
      'upstream_calls_total{endpoint="listPaymentTransactions",status="200"} 1',
    ]);
  });

  it('measures latency by operation and by upstream endpoint and status', async () => {
    expect(await samples('graphql_request_duration_seconds_count')).toEqual([
      'graphql_request_duration_seconds_count{operation="PaymentWithEverything",type="query"} 1',
      'graphql_request_duration_seconds_count{operation="PaymentTotal",type="query"} 2',
    ]);
    expect((await samples('upstream_call_duration_seconds_count')).sort()).toEqual([
      'upstream_call_duration_seconds_count{endpoint="getPayment",status="200"} 2',
      'upstream_call_duration_seconds_count{endpoint="getPayment",status="404"} 1',
      'upstream_call_duration_seconds_count{endpoint="listPaymentTransactions",status="200"} 1',
    ]);
  });
});

describe('OpenTelemetry spans', () => {
  const exporter = new InMemorySpanExporter();
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({
      app: { tracing: createTracing('gateway-under-test', new SimpleSpanProcessor(exporter)) },
    });
  });
  afterAll(() => stack.close());
  beforeEach(() => exporter.reset());

  const describeSpan = (span: ReadableSpan) => ({
    name: span.name,
    kind: span.kind,
    traceId: span.spanContext().traceId,
    parentSpanId: span.parentSpanContext?.spanId,
    status: span.status.code,
    attributes: span.attributes,
  });

  it("records a span per request and one per upstream call inside it, continuing the caller's trace", async () => {
    const callerTraceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpanId = '00f067aa0ba902b7';
    await stack.execute(
      PaymentWithEverythingDocument,
      { id: '117' },
      { traceparent: `00-${callerTraceId}-${callerSpanId}-01`, 'x-request-id': 'req-tracing-1' },
    );

    const spans = exporter.getFinishedSpans().map(describeSpan);
    const request = spans.find((span) => span.kind === SpanKind.SERVER);
    const requestSpanId = exporter
      .getFinishedSpans()
      .find((span) => span.kind === SpanKind.SERVER)
      ?.spanContext().spanId;
    expect(request).toEqual({
      name: 'query PaymentWithEverything',
      kind: SpanKind.SERVER,
      traceId: callerTraceId,
      parentSpanId: callerSpanId,
      status: SpanStatusCode.UNSET,
      attributes: {
        'http.request.method': 'POST',
        'url.path': '/graphql',
        'http.response.status_code': 200,
        'gateway.request_id': 'req-tracing-1',
        'gateway.outcome': 'ok',
        'gateway.upstream_calls': 2,
        'graphql.operation.name': 'PaymentWithEverything',
        'graphql.operation.type': 'query',
      },
    });
    const upstream = spans.filter((span) => span.kind === SpanKind.CLIENT).sort((a, b) => a.name.localeCompare(b.name));
    expect(upstream).toEqual(
      ['getPayment', 'listPaymentTransactions'].map((endpoint) => ({
        name: `GET ${endpoint}`,
        kind: SpanKind.CLIENT,
        traceId: callerTraceId,
        parentSpanId: requestSpanId,
        status: SpanStatusCode.UNSET,
        attributes: { 'http.request.method': 'GET', 'b2b.endpoint': endpoint, 'http.response.status_code': 200 },
      })),
    );
  });

  it('times each upstream span inside its request span', async () => {
    await stack.execute(PaymentWithEverythingDocument, { id: '117' });

    const finished = exporter.getFinishedSpans();
    const request = finished.find((span) => span.kind === SpanKind.SERVER);
    if (!request) throw new Error('no request span');
    const upstream = finished.filter((span) => span.kind === SpanKind.CLIENT);
    expect(upstream).toHaveLength(2);
    for (const span of upstream) {
      expect(hrTimeToMilliseconds(span.startTime)).toBeGreaterThanOrEqual(hrTimeToMilliseconds(request.startTime));
      expect(hrTimeToMilliseconds(span.endTime)).toBeLessThanOrEqual(hrTimeToMilliseconds(request.endTime));
      expect(hrTimeToMilliseconds(span.duration)).toBeGreaterThan(0);
    }
  });

  it('marks an upstream call that failed, and gives its retry a span of its own', async () => {
    stack.sandbox.faults.add({ times: 1, action: { kind: 'respond', status: 503, body: {} } });

    await stack.execute(PaymentTotalDocument, { id: '117' });

    const client = exporter.getFinishedSpans().filter((span) => span.kind === SpanKind.CLIENT);
    expect(client.map((span) => [span.name, span.status.code, span.attributes['http.response.status_code']])).toEqual([
      ['GET getPayment', SpanStatusCode.ERROR, 503],
      ['GET getPayment', SpanStatusCode.UNSET, 200],
    ]);
  });
});
