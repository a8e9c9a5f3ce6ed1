/**
 * The upstream APIs as the rest of the gateway sees them: `createUpstream` wires HTTP (http/), resilience
 * (resilience/) and the two API dialects (b2b/, admin/) once, for the context and for readiness alike.
 */
import type { Registry } from 'prom-client';
import type { CallerCredentials } from '../credentials.js';
import type { QuotaView } from '../shared-state/quota-view.js';
import type { ReadCache } from '../shared-state/read-cache.js';
import { adminBaseUrl } from './admin/body.js';
import { TransactionsApi } from './admin/transactions-api.js';
import { ADMIN_RATE_LIMITS } from './admin/rate-limits.js';
import { b2bAuthHeaders } from './b2b/envelope.js';
import { PaymentsApi } from './b2b/payments-api.js';
import { B2B_RATE_LIMITS } from './b2b/rate-limits.js';
import { RequestReadCache } from './b2b/request-read-cache.js';
import { UpstreamError } from './errors.js';
import { createUpstreamAgent } from './http/agent.js';
import { HttpEndpoint } from './http/dispatch.js';
import { upstreamPath, type UpstreamCall } from './http/request.js';
import {
  ResilientCaller,
  type ResilienceSettings,
  type SharedResilience,
  type UpstreamCaller,
} from './resilience/caller.js';
import { RequestDeadline } from './resilience/deadline.js';
import { AdmissionMetrics } from './resilience/admission.js';
import { createResilienceState } from './resilience/create-state.js';
import type { RateLimitDialect } from './resilience/rate-limits.js';
import type { ResilienceState } from './resilience/state.js';

export interface UpstreamSettings {
  /** Base URL of the B2B Edition API (or of a sandbox). */
  b2bBaseUrl: URL;
  /** Origin of the BigCommerce Admin API (or of a sandbox), for the Payments Transactions API. */
  bcBaseUrl: URL;
  /** Per upstream call, one try (connect, response headers, body); the request's deadline may leave less. */
  callTimeoutMs: number;
  /**
   * Calls in flight per proven caller (store hash and token) and origin in this process, and per store
   * across replicas; further calls wait their turn. Fewer go at once as the quota runs down (pacing.ts).
   */
  maxInFlight: number;
  /** Sockets per origin; undefined: as many as calls need. */
  connections: number | undefined;
  resilience: ResilienceSettings;
}

export interface UpstreamOverrides {
  /** Where the stores' quotas live: the shared state's (Redis, with REDIS_URL); this process's own by default. */
  quotaView?: QuotaView;
  /** Where the state between requests lives; circuits and slots in this process, quotas in `quotaView` by default. */
  state?: ResilienceState;
  /** Chances for retry jitter, to make backoffs predictable in tests; Math.random by default. */
  random?: () => number;
  /** Where B2B reads are cached per credential scope (the shared state's); none by default. */
  readCache?: ReadCache;
}

/** The typed APIs of one request: made per request, dropped with it. */
export interface RequestUpstream {
  payments: PaymentsApi;
  transactions: TransactionsApi;
}

export interface Upstream {
  /** The deadline of one GraphQL request, starting now; `clientSignal` aborts it when the client leaves. */
  startDeadline(clientSignal?: AbortSignal): RequestDeadline;
  /** The APIs for one request's credentials; refused credentials make every call fail, unsent. */
  forRequest(
    credentials: CallerCredentials,
    deadline: RequestDeadline,
    onCall?: (call: UpstreamCall) => void,
  ): RequestUpstream;
  /** Resolves once the B2B API gives any answer to a request without credentials; rejects when none comes. */
  answers(deadline: RequestDeadline): Promise<void>;
  /** Puts the upstream's own metrics (admissions) in the app's registry. */
  registerMetrics(registry: Registry): void;
  /** Closes the sockets; the process is shutting down. */
  close(): Promise<void>;
}

/**
 * The process's way to the upstream APIs: its sockets (one undici pool per origin) and the resilience
 * state shared by every request (quota, circuits, in-flight slots). Lives as long as the process.
 */
export function createUpstream(settings: UpstreamSettings, overrides: UpstreamOverrides = {}): Upstream {
  const dispatcher = createUpstreamAgent({ connections: settings.connections, timeoutMs: settings.callTimeoutMs });
  const shared: SharedResilience = {
    settings: settings.resilience,
    callTimeoutMs: settings.callTimeoutMs,
    state:
      overrides.state ??
      createResilienceState({ ...settings.resilience, maxInFlight: settings.maxInFlight }, overrides.quotaView),
    random: overrides.random ?? Math.random,
    admissions: new AdmissionMetrics(),
  };
  const { b2bBaseUrl, bcBaseUrl } = settings;

  /** One API's caller for one request: pacing per store, circuit and slots per caller, at the API's origin. */
  const caller = (
    http: HttpEndpoint,
    origin: string,
    keys: { store: string; caller: string },
    deadline: RequestDeadline,
    rateLimits: RateLimitDialect,
    onCall: ((call: UpstreamCall) => void) | undefined,
  ) =>
    new ResilientCaller(
      http,
      { storeKey: `${origin} ${keys.store}`, callerKey: `${origin} ${keys.caller}`, deadline, rateLimits, onCall },
      shared,
    );

  return {
    startDeadline: (clientSignal) => new RequestDeadline(settings.resilience.requestDeadlineMs, clientSignal),

    forRequest(credentials, deadline, onCall) {
      if ('refused' in credentials) {
        const refusing = refusingCaller(credentials.refused);
        return {
          payments: new PaymentsApi(refusing, undefined),
          transactions: new TransactionsApi(refusing, undefined),
        };
      }
      const keys = { store: credentials.storeHash, caller: credentials.scope };
      const b2b = new HttpEndpoint(dispatcher, b2bBaseUrl, b2bAuthHeaders(credentials));
      // The Admin API takes the store hash in its path and only the token as a header (its own origin,
      // except in sandbox mode where one server serves both APIs).
      const admin = new HttpEndpoint(dispatcher, adminBaseUrl(bcBaseUrl, credentials.storeHash), {
        'x-auth-token': credentials.authToken,
      });
      const readScope = { storeHash: credentials.storeHash, credential: credentials.scope };
      const reads =
        overrides.readCache && new RequestReadCache(overrides.readCache, readScope, () => deadline.signal.aborted);
      return {
        payments: new PaymentsApi(
          caller(b2b, b2bBaseUrl.origin, keys, deadline, B2B_RATE_LIMITS, onCall),
          credentials,
          reads,
        ),
        transactions: new TransactionsApi(
          caller(admin, bcBaseUrl.origin, keys, deadline, ADMIN_RATE_LIMITS, onCall),
          credentials,
        ),
      };
    },

    async answers(deadline) {
      const anonymous = { store: '', caller: '' };
      const http = new HttpEndpoint(dispatcher, b2bBaseUrl, {});
      const probe = caller(http, b2bBaseUrl.origin, anonymous, deadline, B2B_RATE_LIMITS, undefined);
      await probe.send({ endpoint: 'readiness', method: 'GET', path: upstreamPath('payments'), query: { limit: 1 } });
    },

    registerMetrics: (registry) => shared.admissions.register(registry),

    close: () => dispatcher.close(),
  };
}

/** A caller for refused credentials: every call fails as UNAUTHENTICATED, with why, and nothing is sent. */
function refusingCaller(message: string): UpstreamCaller {
  return {
    send: (request) => Promise.reject(new UpstreamError('UNAUTHENTICATED', { endpoint: request.endpoint, message })),
  };
}
