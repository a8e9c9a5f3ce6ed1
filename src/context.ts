import type { YogaInitialContext } from 'graphql-yoga';
import type { CredentialSource } from './credentials.js';
import type { IdempotencyStore } from './idempotency/store.js';
import { idempotencyScope, type IdempotencyContext } from './idempotency/with-idempotency.js';
import { PaymentLoaders } from './loaders/payment-loaders.js';
import type { TransactionsApi } from './upstream/admin/transactions-api.js';
import type { PaymentsApi } from './upstream/b2b/payments-api.js';
import type { UpstreamCall } from './upstream/http/request.js';
import type { Upstream } from './upstream/index.js';
import type { RequestDeadline } from './upstream/resilience/deadline.js';

export interface ContextDependencies {
  /** Whose credentials each request uses upstream. */
  credentials: CredentialSource;
  /** The upstream APIs with their sockets and resilience state, shared by every request. */
  upstream: Upstream;
  /** Told of each upstream call as it ends, e.g. to record a trace span with its real timing. */
  onUpstreamCall?: (request: Request, call: UpstreamCall) => void;
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
    const deadline = dependencies.upstream.startDeadline(request.signal);
    const { payments, transactions } = dependencies.upstream.forRequest(credentials, deadline, recordCall);
    const idempotency: IdempotencyContext = {
      store: dependencies.idempotency,
      // A digest of the caller's token: worked out only when a write with a key asks for it.
      get scope() {
        return idempotencyScope('refused' in credentials ? undefined : credentials);
      },
      headerKey: request.headers.get('idempotency-key') ?? undefined,
      deadline,
    };
    const loaders = new PaymentLoaders(payments);
    return { payments, transactions, loaders, upstreamCalls, deadline, idempotency };
  };
}
