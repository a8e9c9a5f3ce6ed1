import { randomUUID } from 'node:crypto';
import type { YogaInitialContext } from 'graphql-yoga';
import type { CredentialSource } from './credentials.js';
import type { IdempotencyStore } from './idempotency/store.js';
import { idempotencyScope, type IdempotencyContext } from './idempotency/with-idempotency.js';
import { PaymentLoaders } from './loaders/payment-loaders.js';
import { B2bClient, b2bAuthHeaders } from './upstream/b2b-client.js';
import type { RequestDeadline } from './upstream/deadline.js';
import type { UpstreamPools } from './upstream/http-pools.js';
import { PaymentsApi } from './upstream/payments-api.js';
import { B2B_RATE_LIMITS } from './upstream/rate-limit-headers.js';
import type { Resilience } from './upstream/resilience.js';
import { UpstreamClient, type UpstreamCall } from './upstream/upstream-client.js';

export interface ContextDependencies {
  /** Base URL of the B2B Edition API (or of a sandbox). */
  b2bBaseUrl: URL;
  /** Whose credentials each request uses upstream. */
  credentials: CredentialSource;
  pools: UpstreamPools;
  upstreamTimeoutMs: number;
  /** Process-level pacing and circuit state, and the deadline settings; lives as long as `pools`. */
  resilience: Resilience;
  /** Process-level idempotency keys of writes. */
  idempotency: IdempotencyStore;
}

/** Everything one GraphQL request needs; made fresh per request and dropped with it. */
export interface GatewayContext {
  requestId: string;
  payments: PaymentsApi;
  loaders: PaymentLoaders;
  /** Upstream calls this request made, in the order they finished. */
  upstreamCalls: UpstreamCall[];
  /** The time this request has left: every upstream call, retry and wait fits inside it. */
  deadline: RequestDeadline;
  /** What `withIdempotency` needs: the key store, this caller's scope and its Idempotency-Key header. */
  idempotency: IdempotencyContext;
}

const REQUEST_ID_PATTERN = /^[\w.:-]{1,128}$/;

/** Returns the per-request context factory for Yoga; it lives as long as the app. */
export function createContextFactory(dependencies: ContextDependencies) {
  return ({ request }: YogaInitialContext): GatewayContext => {
    const incomingId = request.headers.get('x-request-id');
    const requestId = incomingId && REQUEST_ID_PATTERN.test(incomingId) ? incomingId : randomUUID();
    const upstreamCalls: UpstreamCall[] = [];
    const credentials = dependencies.credentials(request);
    const deadline = dependencies.resilience.startDeadline(request.signal);
    const http = new UpstreamClient({
      baseUrl: dependencies.b2bBaseUrl,
      dispatcher: dependencies.pools.for(dependencies.b2bBaseUrl.origin),
      headers: credentials && b2bAuthHeaders(credentials),
      timeoutMs: dependencies.upstreamTimeoutMs,
      guard: dependencies.resilience.guard({
        origin: dependencies.b2bBaseUrl.origin,
        store: credentials?.storeHash ?? '',
        deadline,
        rateLimits: B2B_RATE_LIMITS,
      }),
      onCall: (call) => upstreamCalls.push(call),
    });
    const payments = new PaymentsApi(new B2bClient(http));
    const idempotency: IdempotencyContext = {
      store: dependencies.idempotency,
      scope: idempotencyScope(credentials),
      headerKey: request.headers.get('idempotency-key') ?? undefined,
      deadline,
    };
    return { requestId, payments, loaders: new PaymentLoaders(payments), upstreamCalls, deadline, idempotency };
  };
}
