import { LRUCache } from 'lru-cache';
import type {
  AlongsideKept,
  CachedAnswer,
  CallClaim,
  Lookup,
  ReadCacheStore,
  ReadDependency,
  ReadKey,
  ReadScope,
} from './read-cache.js';

export interface InProcessReadCacheSettings {
  /** The most bytes (UTF-16 code units of JSON) of answers kept; the least recently used go first. */
  maxBytes: number;
  /** How long an answer is kept (`READ_CACHE_STALE_MS`), and at least `ttlMs`. */
  staleMs: number;
  ttlMs: number;
}

/** Versions are tracked for this many payments and stores; one forgotten reads as a change (a miss). */
const MAX_TRACKED_DEPENDENCIES = 100_000;

interface Kept extends CachedAnswer {
  version: string;
}

/**
 * The `ReadCacheStore` of one process, for when `REDIS_URL` is unset: answers in an LRU bounded by size
 * and by the stale window. Each dependency (a payment, a store's list) has a version, replaced on eviction;
 * a version forgotten by the LRU comes back as a new one, never as an old one. Lives as long as the process.
 */
export class InProcessReadCacheStore implements ReadCacheStore {
  private readonly answers: LRUCache<string, Kept>;
  private readonly versions = new LRUCache<string, string>({ max: MAX_TRACKED_DEPENDENCIES });
  private nextVersion = 0;

  constructor(settings: InProcessReadCacheSettings) {
    this.answers = new LRUCache<string, Kept>({
      maxSize: settings.maxBytes,
      sizeCalculation: (kept) => kept.json.length || 1,
      ttl: Math.max(settings.staleMs, settings.ttlMs, 1),
    });
  }

  async lookup(scope: ReadScope, key: ReadKey): Promise<Lookup> {
    const version = this.versionOf(scope.storeHash, key.dependsOn);
    const kept = this.answers.get(answerKey(scope, key));
    const answer = kept && { json: kept.json, storedAt: kept.storedAt };
    return { answer, superseded: kept !== undefined && kept.version !== version, version };
  }

  async keep(scope: ReadScope, key: ReadKey, answer: CachedAnswer, version: string): Promise<void> {
    if (this.versionOf(scope.storeHash, key.dependsOn) !== version) return;
    this.answers.set(answerKey(scope, key), { ...answer, version });
  }

  async keepAlongside(scope: ReadScope, { basis, basisVersion, storedAt, answers }: AlongsideKept): Promise<void> {
    if (this.versionOf(scope.storeHash, basis.dependsOn) !== basisVersion) return;
    for (const { key, json } of answers) {
      const version = this.versionOf(scope.storeHash, key.dependsOn);
      this.answers.set(answerKey(scope, key), { json, storedAt, version });
    }
  }

  async evict(storeHash: string, dependencies: ReadDependency[]): Promise<void> {
    for (const dependency of dependencies) this.versions.set(dependencyKey(storeHash, dependency), this.newVersion());
  }

  async claimCall(): Promise<CallClaim> {
    // One process: the ReadCache's own single flight already holds every other caller back.
    return { granted: true, release: async () => {} };
  }

  private versionOf(storeHash: string, dependency: ReadDependency): string {
    const key = dependencyKey(storeHash, dependency);
    const version = this.versions.get(key) ?? this.newVersion();
    this.versions.set(key, version);
    return version;
  }

  private newVersion(): string {
    this.nextVersion += 1;
    return String(this.nextVersion);
  }
}

function answerKey(scope: ReadScope, key: ReadKey): string {
  return `${scope.storeHash}\0${scope.credential}\0${key.request}`;
}

function dependencyKey(storeHash: string, dependency: ReadDependency): string {
  return dependency === 'payment-list' ? `${storeHash}\0list` : `${storeHash}\0payment\0${dependency.paymentId}`;
}
