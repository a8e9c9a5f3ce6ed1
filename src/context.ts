import type { YogaInitialContext } from 'graphql-yoga';
import type { CredentialSource } from './credentials.js';
import type { IdempotencyStore } from './idempotency/store.js';
import { idempotencyScope, type IdempotencyContext } from './idempotency/with-idempotency.js';
import { PaymentLoaders } from './loaders/payment-loaders.js';
import { AdminClient, adminConnection } from './upstream/admin-client.js';
import { B2bClient, b2bAuthHeaders } from './upstream/b2b-client.js';
import type { RequestDeadline } from './upstream/deadline.js';
import type { UpstreamPools } from './upstream/http-pools.js';
import { PaymentsApi } from './upstream/payments-api.js';
import { TransactionsApi } from './upstream/transactions-api.js';
import { ADMIN_RATE_LIMITS, B2B_RATE_LIMITS, type RateLimitDialect } from './upstream/rate-limit-headers.js';
import type { Resilience } from './upstream/resilience.js';
import type { StoreLimiters } from './upstream/store-limiter.js';
import { UpstreamClient, type UpstreamCall } from './upstream/upstream-client.js';

export interface ContextDependencies {
  /** Base URL of the B2B Edition API (or of a sandbox). */
  b2bBaseUrl: URL;
  /** Origin of the BigCommerce Admin API (or of a sandbox), for the Payments Transactions API. */
  bcBaseUrl: URL;
  /** Whose credentials each request uses upstream. */
  credentials: CredentialSource;
  pools: UpstreamPools;
  /** Per-store in-flight caps, shared by every request like the pools. */
  limiters: StoreLimiters;
  upstreamTimeoutMs: number;
  /** Told of each upstream call as it ends, e.g. to record a trace span with its real timing. */
  onUpstreamCall?: (request: Request, call: UpstreamCall) => void;
  /** Process-level pacing and circuit state, and the deadline settings; lives as long as `pools`. */
  resilience: Resilience;
  /** Process-level idempotency keys of writes. */
  idempotency: IdempotencyStore;
}

/** Everything one GraphQL request needs; made fresh per request and dropped with it. */
export interface GatewayContext {
  payments: PaymentsApi;
  transactions: TransactionsApi;
  loaders: PaymentLoaders;
  /** Upstream calls this request made, in the order they finished. */
  upstreamCalls: UpstreamCall[];
  /** The time this request has left: every upstream call, retry and wait fits inside it. */
  deadline: RequestDeadline;
  /** What `withIdempotency` needs: the key store, this caller's scope and its Idempotency-Key header. */
  idempotency: IdempotencyContext;
}

/** Returns the per-request context factory for Yoga; it lives as long as the app. */
export function createContextFactory(dependencies: ContextDependencies) {
  return ({ request }: YogaInitialContext): GatewayContext => {
    const upstreamCalls: UpstreamCall[] = [];
    const recordCall = (call: UpstreamCall) => {
      upstreamCalls.push(call);
      dependencies.onUpstreamCall?.(request, call);
    };
    const credentials = dependencies.credentials(request);
    const deadline = dependencies.resilience.startDeadline(request.signal);
    const store = credentials?.storeHash ?? '';
    // Pacing, circuit state and the in-flight cap are per store and origin: one store's outage or burst
    // never holds up another's calls.
    const guardFor = (baseUrl: URL, rateLimits: RateLimitDialect) =>
      dependencies.resilience.guard({
        origin: baseUrl.origin,
        store,
        deadline,
        rateLimits,
        acquireSlot: () => dependencies.limiters.acquire(baseUrl.origin, store, deadline),
      });
    const http = new UpstreamClient({
      baseUrl: dependencies.b2bBaseUrl,
      dispatcher: dependencies.pools.for(dependencies.b2bBaseUrl.origin),
      headers: credentials && b2bAuthHeaders(credentials),
      timeoutMs: dependencies.upstreamTimeoutMs,
      guard: guardFor(dependencies.b2bBaseUrl, B2B_RATE_LIMITS),
      onCall: recordCall,
    });
    const payments = new PaymentsApi(new B2bClient(http));
    // The Admin API's own pool (its own origin), except in sandbox mode where one server serves both APIs.
    const adminHttp = new UpstreamClient({
      ...adminConnection(dependencies.bcBaseUrl, credentials),
      dispatcher: dependencies.pools.for(dependencies.bcBaseUrl.origin),
      timeoutMs: dependencies.upstreamTimeoutMs,
      guard: guardFor(dependencies.bcBaseUrl, ADMIN_RATE_LIMITS),
      onCall: recordCall,
    });
    const transactions = new TransactionsApi(new AdminClient(adminHttp));
    const idempotency: IdempotencyContext = {
      store: dependencies.idempotency,
      // A digest of the caller's token: worked out only when a write with a key asks for it.
      get scope() {
        return idempotencyScope(credentials);
      },
      headerKey: request.headers.get('idempotency-key') ?? undefined,
      deadline,
    };
    const loaders = new PaymentLoaders(payments);
    return { payments, transactions, loaders, upstreamCalls, deadline, idempotency };
  };
}
