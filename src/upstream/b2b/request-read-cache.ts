import type { ReadCache, ReadCall, ReadDependency, ReadScope } from '../../shared-state/read-cache.js';
import { UpstreamError } from '../errors.js';
import { queryString, type UpstreamRequest } from '../http/request.js';
import type { SendOptions } from '../resilience/caller.js';

/** What one request's reads got from the read cache: `extensions.upstream.cache` and `extensions.stale`. */
export interface CacheTally {
  /** Reads answered without a call of this request's own: fresh from the cache, or another's call in flight. */
  hits: number;
  /** Reads whose call failed, answered by a kept answer instead. */
  stale: number;
  /** The age of the oldest stale answer served, in ms; undefined when none was. */
  oldestStaleMs: number | undefined;
}

/**
 * The failures a kept answer stands in for: the quota spent or near spent (a 429, or a call refused before
 * sending, which a read with a kept answer is rather than wait for the quota), the circuit open, a 5xx, a
 * timeout, the upstream unreachable. Exactly those a retry could fix; a 4xx (404,
 * 422) is the upstream's truth about the read and is never hidden.
 */
function isUpstreamFailure(error: unknown): boolean {
  return error instanceof UpstreamError && error.retryable;
}

/** Another GET's answer that came inside a read's answer: a list page's item is its payment's detail. */
export interface AlongsideRead {
  request: UpstreamRequest;
  dependsOn: ReadDependency;
  value: unknown;
}

/**
 * One request's way through the process's read cache: its credential scope, and a tally of what its reads
 * got. Made per request with its payments API, dropped with it.
 */
export class RequestReadCache {
  readonly tally: CacheTally = { hits: 0, stale: 0, oldestStaleMs: undefined };
  /**
   * What this request's own writes evicted: a kept answer of it is from before the write, so the request's
   * reads of it (the write read back) never fall back to one: its answer must show its write or fail.
   */
  private readonly written = { payments: new Set<string>(), list: false };

  constructor(
    private readonly cache: ReadCache,
    private readonly scope: ReadScope,
    /** Whether the request is over: a read it shares with others is then made again by them. */
    private readonly over: () => boolean,
  ) {}

  /** False when the cache is off (`READ_CACHE_TTL_MS=0`): the tally stays empty and is not reported. */
  get enabled(): boolean {
    return this.cache.enabled;
  }

  /**
   * A GET's answer, from the cache or from `call`; `dependsOn` says which writes make it out of date.
   * `call` is told to send with `fallback` when a kept answer would stand in for its failure.
   * `alongside`: other GETs' answers that a fresh answer also gives, kept with it (see `ReadOptions.alongside`).
   */
  async read<T>(
    request: UpstreamRequest,
    dependsOn: ReadDependency,
    call: (options: SendOptions) => Promise<T>,
    alongside?: (value: T) => AlongsideRead[],
  ): Promise<T> {
    const key = { request: requestKey(request), dependsOn };
    const options = {
      serveStale: (error: unknown) => isUpstreamFailure(error) && !this.wrote(dependsOn),
      over: this.over,
      ...(alongside && {
        alongside: (value: T) =>
          alongside(value).map((read) => ({
            key: { request: requestKey(read.request), dependsOn: read.dependsOn },
            value: read.value,
          })),
      }),
    };
    const send = ({ fallback }: ReadCall) => call({ fallback: fallback && !this.wrote(dependsOn) });
    const result = await this.cache.read(this.scope, key, send, options);
    if (result.source === 'stale') {
      this.tally.stale += 1;
      this.tally.oldestStaleMs = Math.max(this.tally.oldestStaleMs ?? 0, result.ageMs);
    } else if (result.source === 'cache' || result.joined) {
      this.tally.hits += 1;
    }
    return result.value;
  }

  /** On every replica, before it resolves: a write to this payment changed its answers and the list pages. */
  evictPayment(paymentId: number): Promise<void> {
    this.written.payments.add(String(paymentId));
    this.written.list = true;
    return this.cache.evictPayment(this.scope.storeHash, String(paymentId));
  }

  /** A payment was created: only the list pages changed. */
  evictPaymentList(): Promise<void> {
    this.written.list = true;
    return this.cache.evictPaymentList(this.scope.storeHash);
  }

  private wrote(dependsOn: ReadDependency): boolean {
    return dependsOn === 'payment-list' ? this.written.list : this.written.payments.has(dependsOn.paymentId);
  }
}

/** `GET /payments?limit=25&offset=0`: parameters in name order, so the same read is one key however it was built. */
function requestKey(request: UpstreamRequest): string {
  const query = request.query && Object.fromEntries(Object.entries(request.query).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${request.method} ${request.path}${queryString(query)}`;
}
