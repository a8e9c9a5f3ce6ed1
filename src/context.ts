import type { YogaInitialContext } from 'graphql-yoga';
import type { CredentialSource } from './credentials.js';
import { PaymentLoaders } from './loaders/payment-loaders.js';
import { requestIdOf } from './observability/request-id.js';
import { B2bClient, b2bAuthHeaders } from './upstream/b2b-client.js';
import type { UpstreamPools } from './upstream/http-pools.js';
import { PaymentsApi } from './upstream/payments-api.js';
import { UpstreamClient, type UpstreamCall } from './upstream/upstream-client.js';

export interface ContextDependencies {
  /** Base URL of the B2B Edition API (or of a sandbox). */
  b2bBaseUrl: URL;
  /** Whose credentials each request uses upstream. */
  credentials: CredentialSource;
  pools: UpstreamPools;
  upstreamTimeoutMs: number;
  /** Told of each upstream call as it ends, e.g. to record a trace span with its real timing. */
  onUpstreamCall?: (request: Request, call: UpstreamCall) => void;
}

/** Everything one GraphQL request needs; made fresh per request and dropped with it. */
export interface GatewayContext {
  requestId: string;
  payments: PaymentsApi;
  loaders: PaymentLoaders;
  /** Upstream calls this request made, in the order they finished. */
  upstreamCalls: UpstreamCall[];
}

/** Returns the per-request context factory for Yoga; it lives as long as the app. */
export function createContextFactory(dependencies: ContextDependencies) {
  return ({ request }: YogaInitialContext): GatewayContext => {
    const requestId = requestIdOf(request);
    const upstreamCalls: UpstreamCall[] = [];
    const credentials = dependencies.credentials(request);
    const http = new UpstreamClient({
      baseUrl: dependencies.b2bBaseUrl,
      dispatcher: dependencies.pools.for(dependencies.b2bBaseUrl.origin),
      headers: credentials && b2bAuthHeaders(credentials),
      timeoutMs: dependencies.upstreamTimeoutMs,
      onCall: (call) => {
        upstreamCalls.push(call);
        dependencies.onUpstreamCall?.(request, call);
      },
    });
    const payments = new PaymentsApi(new B2bClient(http));
    return { requestId, payments, loaders: new PaymentLoaders(payments), upstreamCalls };
  };
}
