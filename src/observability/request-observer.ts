import { getOperationAST, GraphQLError, type DocumentNode, type OperationTypeNode } from 'graphql';
import { finalAsyncIterator, isAsyncIterable, mapAsyncIterator, type Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import { UpstreamError } from '../upstream/errors.js';
import type { UpstreamCall } from '../upstream/http/request.js';
import { requestIdFor } from './request-id.js';

/** A resolver failure as the server sees it, before masking: for logs only, never sent to a client. */
export type Failure =
  | { kind: 'upstream'; path: string; code: string; status?: number; endpoint?: string; reason?: string }
  | { kind: 'unexpected'; path: string; error: Error };

/** What one GraphQL request did, gathered while it ran. */
export interface RequestSummary {
  requestId: string;
  /** The operation's name when it has a valid one; undefined for anonymous or unparsable requests. */
  operationName: string | undefined;
  operationType: OperationTypeNode | undefined;
  httpStatus: number;
  durationMs: number;
  /** `ok`: no errors; `error`: ran with errors; `rejected`: refused before execution (limits, syntax...). */
  outcome: 'ok' | 'error' | 'rejected';
  errorCodes: string[];
  upstreamCalls: readonly UpstreamCall[];
  failures: Failure[];
}

/** Something that wants to know about each GraphQL request: the log, the metrics, the tracer. */
export interface RequestObserver {
  requestStarted?(request: Request): void;
  requestFinished(request: Request, summary: RequestSummary): void;
}

interface RequestRecord {
  startedAt: number;
  operationName?: string;
  operationType?: OperationTypeNode;
  /** The request context's own list, filled as upstream calls end. */
  upstreamCalls?: readonly UpstreamCall[];
  /** Whether a result with a `data` entry came back; without one the request was refused before execution. */
  answered: boolean;
  errorCodes: string[];
  failures: Failure[];
  /** A deferred or streamed answer: settles once its last part is sent, or the client has gone. */
  lastPartSent?: Promise<void>;
}

/** A result or one part of a deferred answer, with the errors it may carry at its top or in its later parts. */
interface ResultPart {
  data?: unknown;
  errors?: readonly GraphQLError[];
  incremental?: ReadonlyArray<{ errors?: readonly GraphQLError[] }>;
}

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,127}$/;

/**
 * Follows each request to `graphqlEndpoint` from arrival to response and hands a summary to every
 * observer; also echoes the request id in `X-Request-Id`. Lives as long as the app.
 */
export function useRequestObservers(graphqlEndpoint: string, observers: readonly RequestObserver[]): Plugin {
  const records = new WeakMap<Request, RequestRecord>();
  const recordOf = (context: { request?: Request }) => (context.request ? records.get(context.request) : undefined);

  return {
    onRequest({ request, url }) {
      if (url.pathname !== graphqlEndpoint) return;
      records.set(request, { startedAt: performance.now(), answered: false, errorCodes: [], failures: [] });
      for (const observer of observers) observer.requestStarted?.(request);
    },
    onParams({ request, params }) {
      const record = records.get(request);
      // Yoga refuses a non-string name after this hook; testing one here would call its toString.
      if (record && typeof params.operationName === 'string' && GRAPHQL_NAME.test(params.operationName)) {
        record.operationName = params.operationName;
      }
    },
    onParse({ context }) {
      return ({ result }) => {
        const record = recordOf(context);
        if (!record || !isDocument(result)) return;
        const operation = getOperationAST(result, record.operationName);
        record.operationName = operation?.name?.value ?? record.operationName;
        record.operationType = operation?.operation;
      };
    },
    onExecute({ args }) {
      const record = recordOf(args.contextValue);
      if (record) record.upstreamCalls = upstreamCallsOf(args.contextValue);
    },
    // Every answer passes here, refused or executed, after masking: each masked error keeps its cause.
    onResultProcess({ request, result, setResult }) {
      const record = records.get(request);
      if (!record) return;
      if (isAsyncIterable(result)) {
        // A deferred answer's later parts are sent after the response has started: read each as it goes.
        record.lastPartSent = new Promise((resolve) => {
          const parts = mapAsyncIterator(result, (part) => {
            noteAnswer(record, part);
            return part;
          });
          setResult(finalAsyncIterator(parts, resolve));
        });
        return;
      }
      for (const single of Array.isArray(result) ? result : [result]) noteAnswer(record, single);
    },
    onResponse({ request, response }) {
      const record = records.get(request);
      if (!record) return;
      records.delete(request);
      const requestId = requestIdFor(request);
      response.headers.set('x-request-id', requestId);
      const finish = () => {
        const errored = record.errorCodes.length > 0;
        const summary: RequestSummary = {
          requestId,
          operationName: record.operationName,
          operationType: record.operationType,
          httpStatus: response.status,
          durationMs: performance.now() - record.startedAt,
          outcome: !record.answered ? 'rejected' : errored ? 'error' : 'ok',
          errorCodes: record.errorCodes,
          upstreamCalls: record.upstreamCalls ?? [],
          failures: record.failures,
        };
        for (const observer of observers) observer.requestFinished(request, summary);
      };
      // A deferred answer is summed up after its last part: its duration, calls and errors include them all.
      if (record.lastPartSent) void record.lastPartSent.then(finish);
      else finish();
    },
  };
}

/** Notes what a result, or one part of a deferred answer, tells: whether it ran, its error codes and causes. */
function noteAnswer(record: RequestRecord, result: ResultPart | undefined): void {
  // A field error can null the whole `data`; only a refused request has no `data` entry at all.
  if (result?.data !== undefined) record.answered = true;
  for (const error of result ? errorsOf(result) : []) {
    const code = error.extensions?.['code'];
    record.errorCodes.push(typeof code === 'string' ? code : 'UNKNOWN');
    const failure = error instanceof GraphQLError ? failureOf(error) : undefined;
    if (failure) record.failures.push(failure);
  }
}

function errorsOf(result: ResultPart): GraphQLError[] {
  return [...(result.errors ?? []), ...(result.incremental ?? []).flatMap((part) => part.errors ?? [])];
}

function upstreamCallsOf(context: object): readonly UpstreamCall[] | undefined {
  return 'upstreamCalls' in context ? (context as Pick<GatewayContext, 'upstreamCalls'>).upstreamCalls : undefined;
}

function isDocument(result: unknown): result is DocumentNode {
  return typeof result === 'object' && result !== null && (result as { kind?: unknown }).kind === 'Document';
}

function failureOf(error: GraphQLError): Failure | undefined {
  const cause = error.originalError;
  const path = error.path?.join('.') ?? '';
  if (cause instanceof UpstreamError) {
    const { status, endpoint, reason } = cause.details;
    return { kind: 'upstream', path, code: cause.code, status, endpoint, reason };
  }
  if (cause && !(cause instanceof GraphQLError)) return { kind: 'unexpected', path, error: cause };
  return undefined;
}
