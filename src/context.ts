import type { YogaInitialContext } from 'graphql-yoga';
import type { CallerCredentials, CredentialSource } from './credentials.js';
import type { IdempotencyStore } from './idempotency/store.js';
import { idempotencyScope, type IdempotencyContext } from './idempotency/with-idempotency.js';
import { PaymentLoaders } from './loaders/payment-loaders.js';
import type { TransactionsApi } from './upstream/admin/transactions-api.js';
import type { PaymentsApi } from './upstream/b2b/payments-api.js';
import type { UpstreamCall } from './upstream/http/request.js';
import type { RequestUpstream, Upstream } from './upstream/index.js';
import type { CacheTally } from './upstream/b2b/request-read-cache.js';
import type { CallExpectation } from './upstream/resilience/admission.js';
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
  readonly payments: PaymentsApi;
  readonly transactions: TransactionsApi;
  readonly loaders: PaymentLoaders;
  /** Upstream calls this request made, in the order they finished. */
  readonly upstreamCalls: UpstreamCall[];
  /**
   * Where the query limits tell the request, before it runs, the most upstream calls its query may make.
   * The request's deadline (its timer and AbortSignals), which admits those calls against the store's quota,
   * is made at the request's first upstream call and takes the expectation then.
   */
  readonly callExpectation: CallExpectation;
  /** What this request's reads got from the read cache; undefined while it has made no upstream API. */
  readonly cacheTally: CacheTally | undefined;
  /** What `withIdempotency` needs: the key store, this caller's scope and its Idempotency-Key header. */
  readonly idempotency: IdempotencyContext;
}

/**
 * One request's parts, each made when first read: a request that calls no resolver (`{ __typename }`, a
 * refused query) makes no deadline, timer, AbortSignal, API or loader, and a query makes no write's
 * idempotency scope. Lives as long as its request.
 */
class RequestScope implements CallExpectation {
  readonly upstreamCalls: UpstreamCall[] = [];
  #credentials: CallerCredentials | undefined;
  #deadline: RequestDeadline | undefined;
  #expectedCalls: number | undefined;
  #apis: RequestUpstream | undefined;
  #loaders: PaymentLoaders | undefined;
  #idempotency: IdempotencyContext | undefined;

  constructor(
    private readonly request: Request,
    private readonly dependencies: ContextDependencies,
  ) {}

  /** The scope holds the expectation until the deadline is made, then hands it on. */
  get callExpectation(): CallExpectation {
    return this;
  }

  expectCalls(calls: number): void {
    this.#expectedCalls = calls;
    this.#deadline?.expectCalls(calls);
  }

  get cacheTally(): CacheTally | undefined {
    return this.#apis?.payments.cacheTally;
  }

  get payments(): PaymentsApi {
    return this.apis.payments;
  }

  get transactions(): TransactionsApi {
    return this.apis.transactions;
  }

  get loaders(): PaymentLoaders {
    return (this.#loaders ??= new PaymentLoaders(this.payments));
  }

  get idempotency(): IdempotencyContext {
    if (this.#idempotency) return this.#idempotency;
    const credentials = this.credentials;
    return (this.#idempotency = {
      store: this.dependencies.idempotency,
      // A digest of the caller's token: worked out only when a write with a key asks for it.
      get scope() {
        return idempotencyScope('refused' in credentials ? undefined : credentials);
      },
      headerKey: this.request.headers.get('idempotency-key') ?? undefined,
      deadline: this.upstreamDeadline,
    });
  }

  /** Drops the deadline's timer and client listener, if the request made a deadline. */
  release(): void {
    this.#deadline?.dispose();
  }

  private get apis(): RequestUpstream {
    if (this.#apis) return this.#apis;
    const { request, dependencies, upstreamCalls } = this;
    const recordCall = (call: UpstreamCall) => {
      upstreamCalls.push(call);
      dependencies.onUpstreamCall?.(request, call);
    };
    return (this.#apis = dependencies.upstream.forRequest(this.credentials, this.upstreamDeadline, recordCall));
  }

  private get upstreamDeadline(): RequestDeadline {
    if (this.#deadline) return this.#deadline;
    // The request's signal, which aborts the deadline when the client leaves, is itself made on first read.
    const deadline = this.dependencies.upstream.startDeadline(this.request.signal);
    if (this.#expectedCalls !== undefined) deadline.expectCalls(this.#expectedCalls);
    return (this.#deadline = deadline);
  }

  private get credentials(): CallerCredentials {
    return (this.#credentials ??= this.dependencies.credentials(this.request));
  }
}

const SCOPE = Symbol('request scope');
type ScopedContext = YogaInitialContext & { [SCOPE]: RequestScope };

/** Reads one part of the request's scope; defined on a prototype of Yoga's context object. */
const fromScope = (part: keyof GatewayContext): PropertyDescriptor => ({
  get(this: ScopedContext) {
    return this[SCOPE][part];
  },
});

/**
 * Not own properties of the context: Yoga merges what the factory returns into its context with
 * `Object.assign`, which would read (and so make) every part of an own enumerable getter; and defining
 * seven accessors on every request's context cost more than the rest of the factory (bench/README.md).
 */
const SCOPE_PARTS: Record<keyof GatewayContext, PropertyDescriptor> = {
  payments: fromScope('payments'),
  transactions: fromScope('transactions'),
  loaders: fromScope('loaders'),
  upstreamCalls: fromScope('upstreamCalls'),
  callExpectation: fromScope('callExpectation'),
  cacheTally: fromScope('cacheTally'),
  idempotency: fromScope('idempotency'),
};

/**
 * The parts' getters on top of each prototype a context had, made once per prototype: Yoga's context is a
 * plain object (one prototype for all), or for each operation of a batch an object whose prototype is the
 * request's server context (gone with it).
 */
const scopedPrototypes = new WeakMap<object, object>();

function scopedPrototypeOf(context: object): object {
  const parent = Object.getPrototypeOf(context) as object | null;
  let prototype = parent && scopedPrototypes.get(parent);
  if (!prototype) {
    prototype = Object.create(parent, SCOPE_PARTS) as object;
    if (parent) scopedPrototypes.set(parent, prototype);
  }
  return prototype;
}

/**
 * Returns the per-request context factory for Yoga; it lives as long as the app. The context it makes is
 * Yoga's own context object with the request's parts added, each made on first read.
 */
export function createContextFactory(dependencies: ContextDependencies) {
  return (initial: YogaInitialContext): GatewayContext => {
    const context = initial as ScopedContext;
    context[SCOPE] = new RequestScope(initial.request, dependencies);
    return Object.setPrototypeOf(context, scopedPrototypeOf(context)) as ScopedContext & GatewayContext;
  };
}

/** Ends what a request's context started (its deadline); for Yoga contexts this factory did not make, nothing. */
export function releaseRequestContext(context: object): void {
  if (SCOPE in context) (context as ScopedContext)[SCOPE].release();
}
