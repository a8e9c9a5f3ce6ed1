import { randomUUID } from 'node:crypto';
import { luaScript, SharedStateUnavailableError, type RedisConnection } from '../shared-state/redis-connection.js';
import { idempotencyUnavailable } from './errors.js';
import type { BeginOutcome, FailureOutcome, IdempotencyStore, Settlement, StoredResult } from './store.js';

export interface RedisIdempotencySettings {
  /** How long a settled key (done or unknown) is remembered. */
  ttlMs: number;
}

/**
 * One hash per key: `state` (in-flight, done, unknown), `fingerprint`, the owner's `token` while in flight,
 * `until` (the lease's end in flight, the key's end once settled) and the `result` as JSON. Time comes from
 * the caller (ARGV[3]): replicas' clocks agree to well within the lease margin, and tests can move it.
 * An in-flight key lives `lease + ttl` in Redis, so once its lease runs out it is still there to say "unknown".
 * Mode `claim` takes a free key; `peek` only reports (a waiter polling).
 */
const BEGIN = luaScript(`
local key = KEYS[1]
local fingerprint, token, mode = ARGV[1], ARGV[2], ARGV[6]
local now, lease, ttl = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])
local entry = redis.call('HMGET', key, 'state', 'fingerprint', 'token', 'until', 'result')
local state = entry[1]
if state and state ~= 'in-flight' and now >= tonumber(entry[4]) then state = false end
if not state then
  if mode == 'peek' then return {'absent'} end
  redis.call('DEL', key)
  redis.call('HSET', key, 'state', 'in-flight', 'fingerprint', fingerprint, 'token', token, 'until', now + lease)
  redis.call('PEXPIRE', key, lease + ttl)
  return {'new'}
end
if entry[2] ~= fingerprint then return {'mismatch'} end
if state == 'in-flight' then
  if now < tonumber(entry[4]) then return {'in-flight', entry[3]} end
  redis.call('HSET', key, 'state', 'unknown', 'until', now + ttl)
  redis.call('HDEL', key, 'token')
  redis.call('PEXPIRE', key, ttl)
  return {'unknown'}
end
if state == 'done' then return {'done', entry[5]} end
return {'unknown'}
`);

/** Compare-and-set on the owner's token: an owner whose lease ran out (and was seen to) changes nothing. */
const SETTLE = luaScript(`
local key = KEYS[1]
if redis.call('HGET', key, 'token') ~= ARGV[1] then return 0 end
if ARGV[2] == 'released' then
  redis.call('DEL', key)
  return 1
end
local ttl = tonumber(ARGV[5])
redis.call('HSET', key, 'state', ARGV[2], 'result', ARGV[3], 'until', tonumber(ARGV[4]) + ttl)
redis.call('HDEL', key, 'token')
redis.call('PEXPIRE', key, ttl)
return 1
`);

/** Waiters poll a key in flight on another replica, from this often up to the longest gap. */
const FIRST_POLL_MS = 10;
const LONGEST_POLL_MS = 250;

type Settled = ['mismatch'] | ['unknown'] | ['done', string] | ['in-flight', string];
type ClaimReply = ['new'] | Settled;
type PeekReply = ['absent'] | Settled;

/**
 * The `IdempotencyStore` shared by every replica through Redis (store.ts says what it must do). While Redis
 * cannot be reached `begin` throws `IDEMPOTENCY_UNAVAILABLE` (retryable, nothing sent); a `complete` or
 * `fail` that cannot reach it is counted and dropped, and the key turns unknown when its lease runs out:
 * never sent twice. Lives as long as its connection.
 */
export class RedisIdempotencyStore implements IdempotencyStore {
  /** Waiters in this process, woken as soon as this process settles their key. */
  private readonly localWaiters = new Map<string, Set<() => void>>();

  constructor(
    private readonly redis: RedisConnection,
    private readonly settings: RedisIdempotencySettings,
    private readonly now: () => number = Date.now,
  ) {}

  async begin(key: string, fingerprint: string, leaseMs: number): Promise<BeginOutcome> {
    const redisKey = this.redis.key('idem', key);
    const token = randomUUID();
    const reply = await this.evaluateBegin<ClaimReply>(redisKey, [fingerprint, token, leaseMs, 'claim']);
    switch (reply[0]) {
      case 'new':
        return { state: 'new', token };
      case 'in-flight': {
        const settled = this.waitFor(redisKey, fingerprint, reply[1]);
        // The caller may stop listening at its deadline; a later failure must not go unhandled.
        settled.catch(() => {});
        return { state: 'in-flight', settled };
      }
      case 'done':
        return { state: 'done', result: JSON.parse(reply[1]) as StoredResult };
      case 'unknown':
        return { state: 'unknown' };
      case 'mismatch':
        return { state: 'mismatch' };
    }
  }

  async complete(key: string, token: string, result: StoredResult): Promise<void> {
    await this.settle(key, token, 'done', JSON.stringify(result));
  }

  async fail(key: string, token: string, outcome: FailureOutcome): Promise<void> {
    await this.settle(key, token, outcome === 'unknown' ? 'unknown' : 'released', '');
  }

  /** Runs BEGIN with [fingerprint, token, leaseMs, mode]; the reply's shape depends on the mode. */
  private async evaluateBegin<R extends ClaimReply | PeekReply>(
    redisKey: string,
    [fingerprint, token, leaseMs, mode]: [string, string, number, 'claim' | 'peek'],
  ): Promise<R> {
    // PEXPIRE takes whole milliseconds; a lease comes from a deadline's fractional remainder.
    const args = [fingerprint, token, this.nowMs(), String(Math.ceil(leaseMs)), String(this.settings.ttlMs), mode];
    try {
      return (await this.redis.evaluate('idempotency', BEGIN, [redisKey], args)) as R;
    } catch (error) {
      if (error instanceof SharedStateUnavailableError) throw idempotencyUnavailable();
      throw error;
    }
  }

  private async settle(
    key: string,
    token: string,
    state: 'done' | 'unknown' | 'released',
    result: string,
  ): Promise<void> {
    const redisKey = this.redis.key('idem', key);
    const args = [token, state, result, this.nowMs(), String(this.settings.ttlMs)];
    try {
      await this.redis.evaluate('idempotency', SETTLE, [redisKey], args);
    } catch (error) {
      // Counted by the connection; the key stays in flight and turns unknown at its lease's end.
      if (!(error instanceof SharedStateUnavailableError)) throw error;
    }
    for (const wake of this.localWaiters.get(redisKey) ?? []) wake();
  }

  /**
   * How the key's running write ends: polled, since its owner may be another replica; woken at once when the
   * owner is this process. A key freed, or taken over by another owner, counts as released: the waiter asks again.
   */
  private async waitFor(redisKey: string, fingerprint: string, owner: string): Promise<Settlement> {
    let gapMs = FIRST_POLL_MS;
    for (;;) {
      await this.pause(redisKey, gapMs);
      gapMs = Math.min(gapMs * 2, LONGEST_POLL_MS);
      const reply = await this.evaluateBegin<PeekReply>(redisKey, [fingerprint, '', 0, 'peek']);
      switch (reply[0]) {
        case 'in-flight':
          if (reply[1] === owner) continue;
          return { state: 'released' };
        case 'done':
          return { state: 'done', result: JSON.parse(reply[1]) as StoredResult };
        case 'unknown':
          return { state: 'unknown' };
        default:
          return { state: 'released' };
      }
    }
  }

  private nowMs(): string {
    return String(Math.floor(this.now()));
  }

  private pause(redisKey: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const waiters = this.localWaiters.get(redisKey) ?? new Set<() => void>();
      this.localWaiters.set(redisKey, waiters);
      const wake = () => {
        clearTimeout(timer);
        waiters.delete(wake);
        if (waiters.size === 0) this.localWaiters.delete(redisKey);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      waiters.add(wake);
    });
  }
}
