import { createYoga, isAsyncIterable, type GraphiQLRenderer, type Plugin } from 'graphql-yoga';
import { useCompiledExecution } from './execution/compiled-execution.js';
import {
  createContextFactory,
  releaseRequestContext,
  type ContextDependencies,
  type GatewayContext,
} from './context.js';
import type { AuthMode } from './credentials.js';
import { useIncrementalDelivery } from './execution/incremental-delivery.js';
import { graphiqlOptions } from './graphiql.js';
import { maskError } from './security/mask-errors.js';
import { requestLog, silentLogger, type Logger } from './observability/logging.js';
import { GatewayMetrics, useMetricsEndpoint } from './observability/metrics.js';
import { useRequestObservers } from './observability/request-observer.js';
import type { Tracing } from './observability/tracing.js';
import { useReadinessEndpoint, type ReadinessProbe } from './readiness.js';
import { schema } from './schema/index.js';
import { corsPolicy } from './security/cors.js';
import { useCsrfPrevention } from './security/csrf.js';
import { useGraphiQLOffPage, useSchemaHidden, type Exposure } from './security/exposure.js';
import { DEFAULT_LIMITS, useQueryLimits, type QueryLimits } from './security/query-limits.js';
import { TRUSTED_DOCUMENT_PARAMS, useTrustedDocuments, type TrustedDocuments } from './security/trusted-documents.js';
import { useRequestBodyLimit } from './security/request-body-limit.js';
import { useUpstreamReport, type UpstreamReportMode } from './observability/upstream-report.js';

export interface AppOptions extends ContextDependencies {
  /** Default: DEFAULT_LIMITS. */
  limits?: QueryLimits;
  /** Default: GraphiQL and introspection on (config turns them off in production). */
  exposure?: Exposure;
  /** GraphiQL's page, served from here (no CDN); gateway.ts loads it only when GraphiQL is on. */
  renderGraphiQL?: GraphiQLRenderer;
  /** When given, only these operations run. */
  trustedDocuments?: TrustedDocuments;
  /** Default: silent. */
  logger?: Logger;
  /** Default: a fresh registry. */
  metrics?: GatewayMetrics;
  /** Absent: no tracing code runs at all. */
  tracing?: Tracing;
  /** Absent: no `/ready` endpoint. */
  readiness?: ReadinessProbe;
  /** Who gets `extensions.upstream`; `on-request` when absent. */
  upstreamReport?: UpstreamReportMode;
  /** Web origins allowed to call from a browser; none when absent. */
  corsOrigins?: readonly string[];
  /** Where credentials come from; `per-request` opens GraphiQL with the two headers to fill in. Default: server. */
  authMode?: AuthMode['kind'];
}

const GRAPHQL_ENDPOINT = '/graphql';

/**
 * Builds the gateway as a fetch-style handler (also a Node request listener); starts nothing. Lives as
 * long as the server using it.
 */
export function createApp(options: AppOptions) {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const exposure = options.exposure ?? { graphiql: true, introspection: true };
  const metrics = options.metrics ?? new GatewayMetrics();
  const tracer = options.tracing?.requests;
  const logger = options.logger ?? silentLogger();
  const observers = [requestLog(logger), metrics, ...(tracer ? [tracer] : [])];
  return createYoga<Record<string, never>, GatewayContext>({
    schema,
    context: createContextFactory({
      ...options,
      ...(tracer && { onUpstreamCall: (request, call) => tracer.upstreamCallFinished(request, call) }),
    }),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: '/health',
    landingPage: false,
    cors: corsPolicy(options.corsOrigins ?? []),
    // GraphiQL's assets are bundled and served from here: deployments are often offline.
    ...(options.renderGraphiQL && { renderGraphiQL: options.renderGraphiQL }),
    graphiql: exposure.graphiql && graphiqlOptions(options.authMode ?? 'server'),
    maskedErrors: { maskError },
    // Yoga would log every error a resolver raised, expected ones included: the request log says why instead.
    logging: false,
    // Replaced by useRequestBodyLimit: the same limit without streaming every body through a counter.
    maxRequestBodySize: false,
    ...(options.trustedDocuments && { extraParamNames: TRUSTED_DOCUMENT_PARAMS }),
    // Order: observers first (they see every request and the errors before masking), then the
    // endpoints that answer without GraphQL, then what refuses a request before it runs.
    plugins: [
      useRequestObservers(GRAPHQL_ENDPOINT, observers),
      useRequestBodyLimit(limits.maxBodyBytes),
      useMetricsEndpoint('/metrics', metrics),
      options.readiness && useReadinessEndpoint('/ready', options.readiness),
      !exposure.graphiql && useGraphiQLOffPage(GRAPHQL_ENDPOINT),
      useCsrfPrevention(),
      options.trustedDocuments && useTrustedDocuments(options.trustedDocuments),
      useQueryLimits(limits),
      useIncrementalDelivery(),
      !exposure.introspection && useSchemaHidden(),
      useUpstreamReport(options.upstreamReport ?? 'on-request'),
      useDeadlineRelease(),
      useCompiledExecution(schema),
    ].filter((plugin) => plugin !== undefined && plugin !== false),
  });
}

/**
 * Releases each request's deadline, if it made one, once its execution is done (context.ts): for a deferred
 * or streamed answer, after its last part, since its later parts still call upstream.
 */
function useDeadlineRelease(): Plugin<GatewayContext> {
  return {
    onExecute: () => ({
      onExecuteDone: ({ args, result }) => {
        const release = () => releaseRequestContext(args.contextValue);
        if (isAsyncIterable(result)) return { onEnd: release };
        release();
      },
    }),
  };
}
