import { randomUUID } from 'node:crypto';
import type { YogaInitialContext } from 'graphql-yoga';
import type { CredentialSource } from './credentials.js';
import { PaymentLoaders } from './loaders/payment-loaders.js';
import { B2bClient, b2bAuthHeaders } from './upstream/b2b-client.js';
import type { UpstreamPools } from './upstream/http-pools.js';
import { PaymentsApi } from './upstream/payments-api.js';
import type { StoreLimiters } from './upstream/store-limiter.js';
import { UpstreamClient, type UpstreamCall } from './upstream/upstream-client.js';

export interface ContextDependencies {
  /** Base URL of the B2B Edition API (or of a sandbox). */
  b2bBaseUrl: URL;
  /** Whose credentials each request uses upstream. */
  credentials: CredentialSource;
  pools: UpstreamPools;
  /** Per-store in-flight caps, shared by every request like the pools. */
  limiters: StoreLimiters;
  upstreamTimeoutMs: number;
}

/** Everything one GraphQL request needs; made fresh per request and dropped with it. */
export interface GatewayContext {
  requestId: string;
  payments: PaymentsApi;
  loaders: PaymentLoaders;
  /** Upstream calls this request made, in the order they finished. */
  upstreamCalls: UpstreamCall[];
}

const REQUEST_ID_PATTERN = /^[\w.:-]{1,128}$/;

/** Returns the per-request context factory for Yoga; it lives as long as the app. */
export function createContextFactory(dependencies: ContextDependencies) {
  return ({ request }: YogaInitialContext): GatewayContext => {
    const incomingId = request.headers.get('x-request-id');
    const requestId = incomingId && REQUEST_ID_PATTERN.test(incomingId) ? incomingId : randomUUID();
    const upstreamCalls: UpstreamCall[] = [];
    const credentials = dependencies.credentials(request);
    const { origin } = dependencies.b2bBaseUrl;
    const http = new UpstreamClient({
      baseUrl: dependencies.b2bBaseUrl,
      dispatcher: dependencies.pools.for(origin),
      headers: credentials && b2bAuthHeaders(credentials),
      timeoutMs: dependencies.upstreamTimeoutMs,
      acquireSlot: credentials && (() => dependencies.limiters.acquire(origin, credentials.storeHash)),
      onCall: (call) => upstreamCalls.push(call),
    });
    const payments = new PaymentsApi(new B2bClient(http));
    return { requestId, payments, loaders: new PaymentLoaders(payments), upstreamCalls };
  };
}
