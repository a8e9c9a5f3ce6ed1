import { createHash, randomUUID } from 'node:crypto';
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
import { luaScript, SharedStateUnavailableError, type RedisConnection } from './redis-connection.js';

/** Deletes a lock only if it is still ours: it may have run out and been taken by another replica. */
const RELEASE = luaScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`);

/**
 * KEYS: the epoch, the basis's version, then per answer its dependency's version and its answer key; ARGV: the
 * basis's version as read, `storedAt`, the answers' PX, then per answer its JSON. Nothing is kept once the basis
 * changed; otherwise each answer under `<epoch>/<its dependency's version>`, as `lookup` builds versions.
 */
const KEEP_ALONGSIDE = luaScript(`
local epoch = redis.call('GET', KEYS[1]) or ''
if epoch .. '/' .. (redis.call('GET', KEYS[2]) or '') ~= ARGV[1] then return 0 end
for i = 3, #KEYS, 2 do
  local version = epoch .. '/' .. (redis.call('GET', KEYS[i]) or '')
  local json = ARGV[4 + (i - 3) / 2]
  redis.call('SET', KEYS[i + 1], version .. '\\n' .. ARGV[2] .. '\\n' .. json, 'PX', ARGV[3])
end
return 1
`);

const FIRST_EPOCH_RETRY_MS = 100;
/** Redis cannot be reached: nothing is known, and nothing will be stored. */
const NOTHING: Lookup = { answer: undefined, superseded: false, version: undefined };
const LAST_EPOCH_RETRY_MS = 2_000;

export interface RedisReadCacheSettings {
  /** How long an answer is kept (`READ_CACHE_STALE_MS`), and at least `ttlMs`; every replica must use the same. */
  staleMs: number;
  ttlMs: number;
}

/**
 * The `ReadCacheStore` shared by every replica through Redis. Keys, under the connection's prefix:
 * - `rc:<store>:a:<digest of credential and request>`: `<version>\n<storedAt>\n<json>`, expiring after `staleMs`;
 * - `rc:<store>:v:list` and `rc:<store>:v:payment:<id>`: a random version, replaced by each eviction;
 * - `rc:<store>:l:<digest of credential, request and version>`: the lock of the one replica calling for that
 *   read (single flight);
 * - `rc:epoch`: replaced as soon as Redis answers again after an eviction this replica could not make, so
 *   nothing kept before it is served again.
 * An answer counts as fresh only while the epoch and its dependency's version are those it was stored under;
 * after that it can only stand in, marked stale, for a call that failed.
 * Lives as long as its connection.
 */
export class RedisReadCacheStore implements ReadCacheStore {
  /** An eviction failed: every answer kept so far must become unusable once Redis is back. */
  private missedEviction = false;
  /**
   * Versions (and the epoch) outlive every answer stored under them, so one that expires can only make
   * answers unusable, never bring back one kept before an eviction.
   */
  private readonly versionTtlMs: number;
  private readonly keepMs: number;

  constructor(
    private readonly redis: RedisConnection,
    settings: RedisReadCacheSettings,
  ) {
    this.keepMs = Math.max(settings.staleMs, settings.ttlMs, 1);
    this.versionTtlMs = Math.max(2 * this.keepMs, 1_000);
  }

  async lookup(scope: ReadScope, key: ReadKey): Promise<Lookup> {
    // Nothing is read from Redis before the epoch that hides what a missed eviction should have removed.
    if (this.missedEviction && !(await this.replaceEpoch())) return NOTHING;
    const keys = [this.answerKey(scope, key), this.versionKey(scope.storeHash, key.dependsOn), this.epochKey()];
    try {
      const [kept, dependency, epoch] = await this.redis.run('read-cache', (client) => client.mGet(keys));
      const version = `${epoch ?? ''}/${dependency ?? ''}`;
      const parsed = typeof kept === 'string' ? parseKept(kept) : undefined;
      return { answer: parsed?.answer, superseded: parsed !== undefined && parsed.version !== version, version };
    } catch (error) {
      if (error instanceof SharedStateUnavailableError) return NOTHING;
      throw error;
    }
  }

  async keep(scope: ReadScope, key: ReadKey, answer: CachedAnswer, version: string): Promise<void> {
    const value = `${version}\n${answer.storedAt}\n${answer.json}`;
    const kept = this.redis.run('read-cache', (client) =>
      client.set(this.answerKey(scope, key), value, { PX: this.keepMs }),
    );
    await this.quietly(kept);
  }

  async keepAlongside(scope: ReadScope, { basis, basisVersion, storedAt, answers }: AlongsideKept): Promise<void> {
    const keys = [this.epochKey(), this.versionKey(scope.storeHash, basis.dependsOn)];
    const args = [basisVersion, String(storedAt), String(this.keepMs)];
    for (const { key, json } of answers) {
      keys.push(this.versionKey(scope.storeHash, key.dependsOn), this.answerKey(scope, key));
      args.push(json);
    }
    await this.quietly(this.redis.evaluate('read-cache', KEEP_ALONGSIDE, keys, args));
  }

  async evict(storeHash: string, dependencies: ReadDependency[]): Promise<void> {
    const ttlMs = this.versionTtlMs;
    const evicted = this.redis.run('read-cache', (client) => {
      const batch = client.multi();
      for (const dependency of dependencies)
        batch.set(this.versionKey(storeHash, dependency), randomUUID(), { PX: ttlMs });
      return batch.exec();
    });
    if (!(await this.quietly(evicted)) && !this.missedEviction) {
      this.missedEviction = true;
      this.replaceEpochSoon(FIRST_EPOCH_RETRY_MS);
    }
  }

  async claimCall(scope: ReadScope, key: ReadKey, version: string, lockMs: number): Promise<CallClaim> {
    const lockKey = this.redis.key('rc', encodeURIComponent(scope.storeHash), 'l', digest(scope, key, version));
    const token = randomUUID();
    const taken = this.redis.run('read-cache', (client) => client.set(lockKey, token, { NX: true, PX: lockMs }));
    let reply: string | null;
    try {
      reply = await taken;
    } catch (error) {
      // Redis is away: this replica calls on its own, as without a shared cache.
      if (error instanceof SharedStateUnavailableError) return { granted: true, release: async () => {} };
      throw error;
    }
    if (reply === null) return { granted: false };
    return {
      granted: true,
      release: async () => {
        await this.quietly(this.redis.evaluate('read-cache', RELEASE, [lockKey], [token]));
      },
    };
  }

  /**
   * Until Redis takes a new epoch, every replica may still serve what the missed eviction should have removed:
   * retried in the background (whether Redis dropped the connection or only stopped answering) until it works.
   */
  private replaceEpochSoon(delayMs: number): void {
    const timer = setTimeout(async () => {
      if (this.redis.closed || !this.missedEviction) return;
      if (!(await this.replaceEpoch())) this.replaceEpochSoon(Math.min(delayMs * 2, LAST_EPOCH_RETRY_MS));
    }, delayMs);
    timer.unref();
  }

  private async replaceEpoch(): Promise<boolean> {
    const replaced = this.redis.run('read-cache', (client) =>
      client.set(this.epochKey(), randomUUID(), { PX: this.versionTtlMs }),
    );
    if (await this.quietly(replaced)) this.missedEviction = false;
    return !this.missedEviction;
  }

  /** Whether `command` succeeded; a Redis failure (already counted) is not the caller's problem. */
  private async quietly(command: Promise<unknown>): Promise<boolean> {
    try {
      await command;
      return true;
    } catch (error) {
      if (error instanceof SharedStateUnavailableError) return false;
      throw error;
    }
  }

  private answerKey(scope: ReadScope, key: ReadKey): string {
    return this.redis.key('rc', encodeURIComponent(scope.storeHash), 'a', digest(scope, key));
  }

  private versionKey(storeHash: string, dependency: ReadDependency): string {
    const store = encodeURIComponent(storeHash);
    if (dependency === 'payment-list') return this.redis.key('rc', store, 'v', 'list');
    return this.redis.key('rc', store, 'v', 'payment', encodeURIComponent(dependency.paymentId));
  }

  private epochKey(): string {
    return this.redis.key('rc', 'epoch');
  }
}

/** Keys never hold a credential or a query string (filters may name customers), only their digest. */
function digest(scope: ReadScope, key: ReadKey, ...more: string[]): string {
  const hash = createHash('sha256');
  for (const part of [scope.credential, key.request, ...more]) hash.update(part).update('\0');
  return hash.digest('base64url');
}

function parseKept(kept: string): { answer: CachedAnswer; version: string } | undefined {
  const firstBreak = kept.indexOf('\n');
  const secondBreak = kept.indexOf('\n', firstBreak + 1);
  if (firstBreak < 0 || secondBreak < 0) return undefined;
  const answer = { storedAt: Number(kept.slice(firstBreak + 1, secondBreak)), json: kept.slice(secondBreak + 1) };
  return { answer, version: kept.slice(0, firstBreak) };
}
