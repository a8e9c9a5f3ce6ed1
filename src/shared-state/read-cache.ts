/** How long answers are served, and kept for when the upstream fails. */
export interface ReadCacheSettings {
  /** Answers younger than this are served without a call (`READ_CACHE_TTL_MS`); 0 serves none. */
  ttlMs: number;
  /** Answers are kept this long, to be served when a call fails (`READ_CACHE_STALE_MS`); at least `ttlMs`. */
  staleMs: number;
  /** How long one replica's call holds the others back for the same read (they then call themselves). */
  singleFlight: { lockMs: number; waitMs: number };
}

export const READ_CACHE_SINGLE_FLIGHT = { lockMs: 10_000, waitMs: 2_000 } as const;

/** Whose answer this is: an answer is only ever served to the same store and credentials. */
export interface ReadScope {
  /** Evictions reach every credential's answers for this store. */
  storeHash: string;
  /** The caller's credentials as a digest (e.g. `idempotencyScope(credentials)`), never the token itself. */
  credential: string;
}

/** What a write can change: one payment (its detail, transactions, operations) or the store's list pages. */
export type ReadDependency = { paymentId: string } | 'payment-list';

export interface ReadKey {
  /** The upstream request, e.g. `GET /payments/42/transactions`, with its query: unique within a scope. */
  request: string;
  /** What a write must evict this answer for. */
  dependsOn: ReadDependency;
}

/** An answer as kept: its JSON and when it was stored (epoch ms of the replica that stored it). */
export interface CachedAnswer {
  json: string;
  storedAt: number;
}

/**
 * What the store knows of a key: its answer, if kept, and the version of what it depends on now. An answer
 * is stored under the version read before its call, so a write evicting in between makes it unusable.
 * `version` is undefined when the store cannot be reached: then nothing is stored.
 */
export interface Lookup {
  answer: CachedAnswer | undefined;
  version: string | undefined;
}

/** A claim on making one read's call for every replica; `release` once the answer is stored. */
export type CallClaim = { granted: true; release(): Promise<void> } | { granted: false };

/**
 * Where answers are kept: in the process (read-cache-memory.ts) or in Redis for every replica
 * (read-cache-redis.ts). A store never throws: when it cannot be reached, a lookup finds nothing, a store or
 * an eviction does nothing (the Redis store makes up for missed evictions once back), a claim is granted.
 */
export interface ReadCacheStore {
  lookup(scope: ReadScope, key: ReadKey): Promise<Lookup>;
  /** Keeps `answer` for the stale window, unless what it depends on changed since `version` was read. */
  keep(scope: ReadScope, key: ReadKey, answer: CachedAnswer, version: string): Promise<void>;
  /** Makes every answer that depends on `dependencies` unusable, for every credential of the store. */
  evict(storeHash: string, dependencies: ReadDependency[]): Promise<void>;
  /** Single flight across replicas; always granted where there is only one process. */
  claimCall(scope: ReadScope, key: ReadKey, lockMs: number): Promise<CallClaim>;
}

export type ReadResult<T> = { value: T; joined: boolean } & (
  | { source: 'upstream' }
  | { source: 'cache'; ageMs: number }
  | { source: 'stale'; ageMs: number; error: unknown }
);

interface Flight {
  value: unknown;
  json: string | undefined;
  outcome: { source: 'upstream' } | { source: 'cache'; ageMs: number } | { source: 'stale'; ageMs: number; error: unknown };
}

/** Another replica's call is awaited this often, up to the longest gap. */
const FIRST_POLL_MS = 10;
const LONGEST_POLL_MS = 100;

/**
 * The cache of upstream read answers, per credential scope, over a `ReadCacheStore`. Reads of one key in
 * flight at once in this process share one call; with Redis, replicas also wait briefly for the one that
 * is calling. Values must survive JSON: each caller gets its own copy. Lives as long as the process.
 */
export class ReadCache {
  private readonly flights = new Map<string, Promise<Flight>>();

  constructor(
    private readonly store: ReadCacheStore,
    private readonly settings: ReadCacheSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The answer to `key`: from the cache while fresh, else from `call` (its answer kept for next time). When
   * `call` fails and `serveStale(error)` allows it, a kept answer younger than `staleMs` is served instead.
   * The call is shared by every caller of the same scope and key in flight at once, so it must not depend
   * on one caller's deadline alone (a joiner gets the leader's failure).
   */
  async read<T>(
    scope: ReadScope,
    key: ReadKey,
    call: () => Promise<T>,
    serveStale: (error: unknown) => boolean = () => false,
  ): Promise<ReadResult<T>> {
    const flightKey = `${scope.storeHash}\0${scope.credential}\0${key.request}`;
    const running = this.flights.get(flightKey);
    if (running) {
      const shared = await running;
      // Each caller gets its own copy: a caller changing its answer must not change another's.
      return { ...shared.outcome, value: (shared.json === undefined ? shared.value : JSON.parse(shared.json)) as T, joined: true };
    }
    const flight = this.fly(scope, key, call, serveStale);
    this.flights.set(flightKey, flight);
    try {
      const own = await flight;
      return { ...own.outcome, value: own.value as T, joined: false };
    } finally {
      this.flights.delete(flightKey);
    }
  }

  /** Forgets what a write to a payment may have changed: its answers and the store's list pages. */
  evictPayment(storeHash: string, paymentId: string): Promise<void> {
    return this.store.evict(storeHash, [{ paymentId }, 'payment-list']);
  }

  /** Forgets the store's list pages (a payment was created). */
  evictPaymentList(storeHash: string): Promise<void> {
    return this.store.evict(storeHash, ['payment-list']);
  }

  private async fly<T>(
    scope: ReadScope,
    key: ReadKey,
    call: () => Promise<T>,
    serveStale: (error: unknown) => boolean,
  ): Promise<Flight> {
    const { ttlMs, staleMs, singleFlight } = this.settings;
    if (staleMs === 0) return { value: await call(), json: undefined, outcome: { source: 'upstream' } };

    const lookup = await this.store.lookup(scope, key);
    const hit = this.fresh(lookup.answer);
    if (hit) return hit;

    let claim: CallClaim = { granted: false };
    if (lookup.version !== undefined && ttlMs > 0) {
      claim = await this.store.claimCall(scope, key, singleFlight.lockMs);
      if (!claim.granted) {
        const answered = await this.answerFromOtherReplica(scope, key);
        if (answered) return answered;
      }
    }
    try {
      let value: T;
      try {
        value = await call();
      } catch (error) {
        const ageMs = this.ageOf(lookup.answer);
        if (lookup.answer && ageMs < staleMs && serveStale(error)) {
          return { value: JSON.parse(lookup.answer.json), json: lookup.answer.json, outcome: { source: 'stale', ageMs, error } };
        }
        throw error;
      }
      const json = JSON.stringify(value);
      if (json !== undefined && lookup.version !== undefined) {
        await this.store.keep(scope, key, { json, storedAt: this.now() }, lookup.version);
      }
      return { value, json, outcome: { source: 'upstream' } };
    } finally {
      if (claim.granted) await claim.release();
    }
  }

  private fresh(answer: CachedAnswer | undefined): Flight | undefined {
    if (!answer) return undefined;
    const ageMs = this.ageOf(answer);
    if (ageMs >= this.settings.ttlMs) return undefined;
    return { value: JSON.parse(answer.json), json: answer.json, outcome: { source: 'cache', ageMs } };
  }

  private ageOf(answer: CachedAnswer | undefined): number {
    return answer ? Math.max(0, this.now() - answer.storedAt) : Infinity;
  }

  /** Another replica is calling: its answer, once kept, or undefined after `waitMs` (then this one calls). */
  private async answerFromOtherReplica(scope: ReadScope, key: ReadKey): Promise<Flight | undefined> {
    const giveUpAt = Date.now() + this.settings.singleFlight.waitMs;
    let gapMs = FIRST_POLL_MS;
    while (Date.now() < giveUpAt) {
      await new Promise((resolve) => setTimeout(resolve, gapMs));
      gapMs = Math.min(gapMs * 2, LONGEST_POLL_MS);
      const hit = this.fresh((await this.store.lookup(scope, key)).answer);
      if (hit) return hit;
    }
    return undefined;
  }
}
