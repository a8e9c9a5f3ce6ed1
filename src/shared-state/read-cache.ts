/** How long answers are served, and kept for when the upstream fails. */
export interface ReadCacheSettings {
  /** Answers younger than this are served without a call (`READ_CACHE_TTL_MS`); 0 turns the cache off. */
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
  /**
   * The answer was stored under an older version: a write may have changed what it says since. Never served
   * as fresh, only as a stale answer when the call fails (marked stale, like any other).
   */
  superseded: boolean;
  version: string | undefined;
}

/** An answer that came inside another's: a list page's item is also its payment's detail. */
export interface AlongsideAnswer {
  key: ReadKey;
  value: unknown;
}

/**
 * Answers that came inside the answer to `basis` (read under `basisVersion`, kept at `storedAt`), to keep
 * each under its own dependency's version unless what `basis` depends on changed since `basisVersion` was
 * read. Sound only when every eviction of their dependencies also evicts `basis`'s (a payment's write evicts
 * the list pages): then no write to them came between the read's lookup and now, so their versions now are
 * those from before the call.
 */
export interface AlongsideKept {
  basis: ReadKey;
  basisVersion: string;
  storedAt: number;
  answers: Array<{ key: ReadKey; json: string }>;
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
  /** Keeps answers that came inside another's, unless what that one depends on changed since it was looked up. */
  keepAlongside(scope: ReadScope, kept: AlongsideKept): Promise<void>;
  /** Makes every answer that depends on `dependencies` unusable, for every credential of the store. */
  evict(storeHash: string, dependencies: ReadDependency[]): Promise<void>;
  /**
   * Single flight across replicas, for the read under `version` (a read after an eviction never waits for
   * a call made before it); always granted where there is only one process.
   */
  claimCall(scope: ReadScope, key: ReadKey, version: string, lockMs: number): Promise<CallClaim>;
}

export type ReadOutcome =
  | { source: 'upstream' }
  | { source: 'cache'; ageMs: number }
  | { source: 'stale'; ageMs: number; error: unknown };

/** What a read's call is told: whether a kept answer stands in should it fail (`ReadCache.read`). */
export interface ReadCall {
  /**
   * A kept answer, past its TTL but within the stale window and not superseded by a write, would be served
   * if the call fails: the call may give up rather than wait (for the store's quota, say).
   */
  fallback: boolean;
}

/** `joined`: the answer came from a call another caller of this process made for the same read. */
export type ReadResult<T> = { value: T; joined: boolean } & ReadOutcome;

export interface ReadOptions<T = unknown> {
  /**
   * Answers the call's answer also gives (a list page's items are their payments' details), kept with it
   * when it comes from the upstream, so reading them next costs no call. Their dependencies must be evicted
   * only with the answer's own (see `ReadCacheStore.keepAlongside`).
   */
  alongside?: (value: T) => AlongsideAnswer[];
  /** Whether a kept answer may stand in for the call's failure (an upstream failure, not a 404). */
  serveStale?: (error: unknown) => boolean;
  /**
   * Whether the caller's own request is over (its client left or its time ran out). Its call is shared by
   * every caller of the same read in flight at once: when it failed or fell back to a stale answer because
   * its request was over, the others make the read again instead of inheriting that.
   */
  over?: () => boolean;
}

interface Flight {
  settled: Promise<{ value: unknown; json: string | undefined; outcome: ReadOutcome }>;
  leaderOver: () => boolean;
}

/** Another replica's call is awaited this often, up to the longest gap. */
const FIRST_POLL_MS = 10;
const LONGEST_POLL_MS = 100;

/**
 * The cache of upstream read answers, per credential scope, over a `ReadCacheStore`. Reads of one key in
 * flight at once in this process share one call; with Redis, replicas also wait briefly for the one that
 * is calling. A TTL of 0 turns it off: every read calls, nothing is kept, nothing is shared. Values must
 * survive JSON: each caller gets its own copy. Lives as long as the process.
 */
export class ReadCache {
  /** Keyed by scope, request and the version the read looked up: a read after an eviction never joins one before. */
  private readonly flights = new Map<string, Flight>();

  constructor(
    private readonly store: ReadCacheStore,
    private readonly settings: ReadCacheSettings,
    private readonly now: () => number = Date.now,
  ) {}

  /** False when `READ_CACHE_TTL_MS` is 0: reads go straight to `call`. */
  get enabled(): boolean {
    return this.settings.ttlMs > 0;
  }

  /**
   * The answer to `key`: from the cache while fresh, else from `call` (its answer kept for next time). When
   * `call` fails and `options.serveStale(error)` allows it, a kept answer younger than `staleMs` is served
   * instead, even one a write has superseded. `call` is told whether such an answer is at hand (`ReadCall`).
   * The call is shared by every caller of the same scope and key in flight at once (a joiner gets the
   * leader's answer or failure, unless the leader's request was over).
   */
  async read<T>(
    scope: ReadScope,
    key: ReadKey,
    call: (read: ReadCall) => Promise<T>,
    options: ReadOptions<T> = {},
  ): Promise<ReadResult<T>> {
    if (!this.enabled) return { value: await call({ fallback: false }), source: 'upstream', joined: false };
    const lookup = await this.store.lookup(scope, key);
    const hit = this.fresh(lookup);
    if (hit) return { value: JSON.parse(hit.json) as T, source: 'cache', ageMs: hit.ageMs, joined: false };

    const flightKey = `${scope.storeHash}\0${scope.credential}\0${key.request}\0${lookup.version ?? ''}`;
    const running = this.flights.get(flightKey);
    if (running) return this.join<T>(running, () => this.read(scope, key, call, options), options);

    const settled = this.fly(scope, key, lookup, call, options).finally(() => {
      if (this.flights.get(flightKey) === flight) this.flights.delete(flightKey);
    });
    const flight: Flight = { settled, leaderOver: options.over ?? (() => false) };
    this.flights.set(flightKey, flight);
    const own = await settled;
    return { ...own.outcome, value: own.value as T, joined: false };
  }

  /** Forgets what a write to a payment may have changed: its answers and the store's list pages. */
  evictPayment(storeHash: string, paymentId: string): Promise<void> {
    return this.evict(storeHash, [{ paymentId }, 'payment-list']);
  }

  /** Forgets the store's list pages (a payment was created). */
  evictPaymentList(storeHash: string): Promise<void> {
    return this.evict(storeHash, ['payment-list']);
  }

  private async evict(storeHash: string, dependencies: ReadDependency[]): Promise<void> {
    if (this.enabled) await this.store.evict(storeHash, dependencies);
  }

  /** Another caller's flight: its answer, as a copy of its own, or the read made again if its request was over. */
  private async join<T>(
    flight: Flight,
    again: () => Promise<ReadResult<T>>,
    options: ReadOptions<T>,
  ): Promise<ReadResult<T>> {
    const stillMine = () => !(options.over?.() ?? false);
    let shared: Awaited<Flight['settled']>;
    try {
      shared = await flight.settled;
    } catch (error) {
      if (flight.leaderOver() && stillMine()) return again();
      throw error;
    }
    if (shared.outcome.source === 'stale' && flight.leaderOver() && stillMine()) return again();
    // Each caller gets its own copy: a caller changing its answer must not change another's.
    const value = (shared.json === undefined ? shared.value : JSON.parse(shared.json)) as T;
    return { ...shared.outcome, value, joined: true };
  }

  private async fly<T>(
    scope: ReadScope,
    key: ReadKey,
    lookup: Lookup,
    call: (read: ReadCall) => Promise<T>,
    options: ReadOptions<T>,
  ) {
    let claim: CallClaim = { granted: false };
    if (lookup.version !== undefined) {
      claim = await this.store.claimCall(scope, key, lookup.version, this.settings.singleFlight.lockMs);
      if (!claim.granted) {
        const answered = await this.answerFromOtherReplica(scope, key);
        if (answered) return { value: JSON.parse(answered.json), json: answered.json, outcome: answered.outcome };
      }
    }
    try {
      let value: T;
      try {
        value = await call({ fallback: this.fallsBackTo(lookup) });
      } catch (error) {
        const stale = this.staleAnswer(lookup.answer, error, options);
        if (stale) return stale;
        throw error;
      }
      const json = JSON.stringify(value);
      if (json !== undefined && lookup.version !== undefined) {
        const storedAt = this.now();
        await this.store.keep(scope, key, { json, storedAt }, lookup.version);
        const answers = (options.alongside?.(value) ?? []).flatMap((answer) => {
          const answerJson = JSON.stringify(answer.value);
          return answerJson === undefined ? [] : [{ key: answer.key, json: answerJson }];
        });
        if (answers.length > 0) {
          await this.store.keepAlongside(scope, { basis: key, basisVersion: lookup.version, storedAt, answers });
        }
      }
      return { value, json, outcome: { source: 'upstream' } as const };
    } finally {
      if (claim.granted) await claim.release();
    }
  }

  private staleAnswer<T>(answer: CachedAnswer | undefined, error: unknown, options: ReadOptions<T>) {
    if (!answer || !(options.serveStale?.(error) ?? false) || !this.withinStaleWindow(answer)) return undefined;
    const ageMs = this.ageOf(answer);
    return { value: JSON.parse(answer.json), json: answer.json, outcome: { source: 'stale', ageMs, error } as const };
  }

  /**
   * Whether the call may count on the lookup's answer should it fail. Not an answer a write superseded: it is
   * served only when the upstream truly fails, so a client reads its own writes even when the quota is tight.
   */
  private fallsBackTo(lookup: Lookup): boolean {
    return lookup.answer !== undefined && !lookup.superseded && this.withinStaleWindow(lookup.answer);
  }

  private withinStaleWindow(answer: CachedAnswer): boolean {
    return this.ageOf(answer) < Math.max(this.settings.staleMs, this.settings.ttlMs);
  }

  /** The lookup's answer while it is current and younger than the TTL. */
  private fresh(lookup: Lookup): { json: string; ageMs: number } | undefined {
    if (!lookup.answer || lookup.superseded) return undefined;
    const ageMs = this.ageOf(lookup.answer);
    return ageMs < this.settings.ttlMs ? { json: lookup.answer.json, ageMs } : undefined;
  }

  private ageOf(answer: CachedAnswer): number {
    return Math.max(0, this.now() - answer.storedAt);
  }

  /** Another replica is calling: its answer, once kept, or undefined after `waitMs` (then this one calls). */
  private async answerFromOtherReplica(scope: ReadScope, key: ReadKey) {
    const giveUpAt = Date.now() + this.settings.singleFlight.waitMs;
    let gapMs = FIRST_POLL_MS;
    while (Date.now() < giveUpAt) {
      await new Promise((resolve) => setTimeout(resolve, gapMs));
      gapMs = Math.min(gapMs * 2, LONGEST_POLL_MS);
      const hit = this.fresh(await this.store.lookup(scope, key));
      if (hit) return { json: hit.json, outcome: { source: 'cache', ageMs: hit.ageMs } as const };
    }
    return undefined;
  }
}
