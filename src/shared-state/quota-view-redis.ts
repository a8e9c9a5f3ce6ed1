import { randomUUID } from 'node:crypto';
import {
  InProcessQuotaView,
  SAME_WINDOW_TOLERANCE_MS,
  type CallEnd,
  type CallSlot,
  type HeldCall,
  type Hold,
  type HoldOutcome,
  type HoldRules,
  type QuotaState,
  type QuotaView,
  type StartOutcome,
  type StartRules,
} from './quota-view.js';
import { luaScript, SharedStateUnavailableError, type RedisConnection } from './redis-connection.js';

/**
 * One script for every operation, so the rules live in one place: KEYS = [state hash, calls zset, held
 * zset], ARGV = [now, operation, ...]. The state hash holds `remaining`, `resetAt` (epoch ms), `limit`,
 * `windowMs`, `silent`, `nextStartAt`; the calls zset one member per call in flight, the held zset one member
 * per held call (`<hold id>:<index>`), each scored by when it expires. Time comes from the caller, as
 * replicas' clocks agree closely enough for windows of a minute. The rules are InProcessQuotaView's (its
 * `refusal` and `planHold`), which the same tests check. Replies: [outcome, retryInMs, remaining, resetAt,
 * limit, windowMs, silent, inFlight, held, nextStartAt, burst, pacedFrom, intervalMs], -1 for unknown.
 */
const QUOTA = luaScript(`
local now, operation = tonumber(ARGV[1]), ARGV[2]
local h = redis.call('HMGET', KEYS[1], 'remaining', 'resetAt', 'limit', 'windowMs', 'silent', 'nextStartAt')
local s = { remaining = tonumber(h[1]), resetAt = tonumber(h[2]) or 0, limit = tonumber(h[3]),
  windowMs = tonumber(h[4]), silent = h[5] == '1', nextStartAt = tonumber(h[6]) or 0 }
local changed = false

local function save()
  local fields = { 'resetAt', s.resetAt, 'silent', s.silent and '1' or '0', 'nextStartAt', s.nextStartAt }
  if s.remaining then table.insert(fields, 'remaining'); table.insert(fields, s.remaining) end
  if s.limit then table.insert(fields, 'limit'); table.insert(fields, s.limit) end
  if s.windowMs then table.insert(fields, 'windowMs'); table.insert(fields, s.windowMs) end
  redis.call('DEL', KEYS[1])
  redis.call('HSET', KEYS[1], unpack(fields))
  redis.call('PEXPIRE', KEYS[1], math.max(s.resetAt - now, 0) + 2 * (s.windowMs or 60000))
end

local function keepUntil(key, expiresAt)
  if redis.call('PTTL', key) < expiresAt - now then redis.call('PEXPIRE', key, expiresAt - now) end
end

local function reply(outcome, retryIn, burst, pacedFrom, interval)
  if changed then save() end
  return { outcome, retryIn, s.remaining or -1, s.resetAt, s.limit or -1, s.windowMs or -1, s.silent and 1 or 0,
    redis.call('ZCARD', KEYS[2]), redis.call('ZCARD', KEYS[3]), s.nextStartAt, burst or 0, pacedFrom or 0,
    interval or 0 }
end

if s.remaining and now >= s.resetAt then
  s.remaining = s.limit
  s.nextStartAt = 0
  if s.windowMs and s.windowMs > 0 then
    s.resetAt = s.resetAt + math.ceil((now - s.resetAt + 1) / s.windowMs) * s.windowMs
  end
  changed = true
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
local inFlight, held = redis.call('ZCARD', KEYS[2]), redis.call('ZCARD', KEYS[3])
local free = s.remaining and (s.remaining - inFlight - held)

if operation == 'read' then return reply(1, 0) end

if operation == 'finish' then
  if ARGV[3] ~= '' then redis.call('ZREM', KEYS[2], ARGV[3]) end
  if ARGV[5] ~= '' then
    local remaining, resetAt = tonumber(ARGV[5]), now + tonumber(ARGV[6])
    local same = s.remaining and now < s.resetAt and math.abs(resetAt - s.resetAt) <= tonumber(ARGV[9])
    if same then s.remaining = math.min(s.remaining, remaining) else s.remaining = remaining end
    s.resetAt = resetAt
    if ARGV[7] ~= '' then s.limit = tonumber(ARGV[7]) end
    if ARGV[8] ~= '' then s.windowMs = tonumber(ARGV[8]) end
    s.silent = false
    changed = true
  elseif ARGV[4] == '1' and not s.remaining then
    s.silent = true
    changed = true
  end
  return reply(1, 0)
end

if operation == 'count' then
  local expiresAt = now + tonumber(ARGV[4])
  redis.call('ZADD', KEYS[2], expiresAt, ARGV[3])
  keepUntil(KEYS[2], expiresAt)
  return reply(1, 0)
end

if operation == 'release' then
  for i = 0, tonumber(ARGV[4]) - 1 do redis.call('ZREM', KEYS[3], ARGV[3] .. ':' .. i) end
  return reply(1, 0)
end

if operation == 'start' then
  local expiresAt, maxInFlight, threshold = now + tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
  local onHold = ARGV[7] ~= '' and redis.call('ZREM', KEYS[3], ARGV[7]) == 1
  if not onHold then
    local retryIn = nil
    if threshold == 0 or s.silent or not free then
      local cap = maxInFlight
      if threshold > 0 and not s.silent then cap = math.min(maxInFlight, threshold) end
      if inFlight >= cap then retryIn = 0 end
    elseif free <= 0 then retryIn = math.max(1, s.resetAt - now)
    elseif inFlight >= maxInFlight then retryIn = 0
    elseif free <= threshold and now < s.nextStartAt then retryIn = s.nextStartAt - now
    end
    if retryIn then return reply(0, retryIn) end
    if threshold > 0 and free and free <= threshold then
      s.nextStartAt = now + math.ceil(math.max(0, s.resetAt - now) / free)
      changed = true
    end
  end
  redis.call('ZADD', KEYS[2], expiresAt, ARGV[3])
  keepUntil(KEYS[2], expiresAt)
  return reply(1, 0)
end

-- hold: 1 held, 2 admitted with nothing held, 0 refused
local id, calls, threshold = ARGV[3], tonumber(ARGV[4]), tonumber(ARGV[5])
local within, expiresAt = tonumber(ARGV[6]), now + tonumber(ARGV[7])
if calls <= 0 or threshold == 0 or s.silent or not free then return reply(2, 0) end
local burst = math.min(calls, math.max(0, free - threshold))
local pacedFrom, interval = now, 0
if burst < calls then
  local resetIn = math.max(0, s.resetAt - now)
  if resetIn < within and ((not s.limit) or calls <= s.limit - threshold) then return reply(2, 0) end
  local paced, pacedFree = calls - burst, free - burst
  if paced > pacedFree then return reply(0, math.max(1, resetIn)) end
  interval = math.ceil(resetIn / pacedFree)
  pacedFrom = math.max(s.nextStartAt, now)
  local lateBy = pacedFrom + (paced - 1) * interval - (now + within)
  if lateBy > 0 then return reply(0, math.max(1, math.min(resetIn, lateBy))) end
  s.nextStartAt = pacedFrom + paced * interval
  changed = true
end
for i = 0, calls - 1 do redis.call('ZADD', KEYS[3], expiresAt, id .. ':' .. i) end
keepUntil(KEYS[3], expiresAt)
return reply(1, 0, burst, pacedFrom, interval)
`);

type Reply = [
  outcome: number,
  retryInMs: number,
  remaining: number,
  resetAt: number,
  limit: number,
  windowMs: number,
  silent: number,
  inFlight: number,
  held: number,
  nextStartAt: number,
  burst: number,
  pacedFrom: number,
  intervalMs: number,
];
type Operation = 'read' | 'start' | 'count' | 'finish' | 'hold' | 'release';

/** While Redis fails, the view tries it again this often; in between it uses its fallback at once. */
const RETRY_REDIS_EVERY_MS = 1_000;

/**
 * The quota view shared by every replica through Redis: one quota, one count of calls in flight and held,
 * and one paced spacing per store, whichever replica calls. While Redis cannot be reached each replica
 * falls back to its own view (kept warm with every answer), pacing on its own as without Redis, and asks
 * Redis again once a second, so a hung Redis costs one command timeout a second, not one per call. Each
 * failed command is counted (`shared_state_failures_total{store="quota-view"}`). Lives as long as its
 * connection.
 */
export class RedisQuotaView implements QuotaView {
  private readonly local: InProcessQuotaView;
  /** Slots and holds made in the fallback, while Redis was away: they end there too. */
  private readonly localSlots = new WeakSet<CallSlot>();
  private readonly localHolds = new WeakSet<Hold>();
  private redisRetryAt = 0;

  constructor(
    private readonly redis: RedisConnection,
    private readonly now: () => number = Date.now,
  ) {
    this.local = new InProcessQuotaView(now);
  }

  async startCall(key: string, rules: StartRules, held?: HeldCall): Promise<StartOutcome> {
    const id = randomUUID();
    const heldLocally = held !== undefined && this.localHolds.has(held.hold);
    const member = held && !heldLocally ? `${held.hold.id}:${held.index}` : '';
    const args = [id, ms(rules.expiresInMs), String(rules.maxInFlight), String(rules.threshold), member];
    const reply = heldLocally ? undefined : await this.evaluate(key, 'start', args);
    if (!reply) return this.fallback(await this.local.startCall(key, rules, held));
    const state = this.stateOf(reply);
    return reply[0] === 1
      ? { started: true, slot: { key, id }, state }
      : { started: false, retryInMs: reply[1], state };
  }

  async countCall(key: string, expiresInMs: number): Promise<CallSlot> {
    const id = randomUUID();
    if (await this.evaluate(key, 'count', [id, ms(expiresInMs)])) return { key, id };
    const slot = await this.local.countCall(key, expiresInMs);
    this.localSlots.add(slot);
    return slot;
  }

  async finishCall(slot: CallSlot, end: CallEnd): Promise<void> {
    if (this.localSlots.has(slot)) return this.local.finishCall(slot, end);
    this.local.learn(slot.key, end);
    await this.evaluate(slot.key, 'finish', [slot.id, ...endArgs(end)]);
  }

  async record(key: string, end: CallEnd): Promise<void> {
    this.local.learn(key, end);
    await this.evaluate(key, 'finish', ['', ...endArgs(end)]);
  }

  async hold(key: string, calls: number, rules: HoldRules): Promise<HoldOutcome> {
    const id = randomUUID();
    const args = [id, String(calls), String(rules.threshold), ms(rules.startWithinMs), ms(rules.expiresInMs)];
    const reply = await this.evaluate(key, 'hold', args);
    if (!reply) {
      const outcome = await this.local.hold(key, calls, rules);
      if (outcome.admitted && outcome.hold) this.localHolds.add(outcome.hold);
      return outcome;
    }
    const state = this.stateOf(reply);
    const [outcome, retryInMs, , , , , , , , , burst, pacedFrom, intervalMs] = reply;
    if (outcome === 0) return { admitted: false, retryInMs, state };
    const hold = outcome === 1 ? { key, id, calls, burst, pacedFrom, intervalMs } : undefined;
    return { admitted: true, hold, state };
  }

  async release(hold: Hold): Promise<void> {
    if (this.localHolds.has(hold)) return this.local.release(hold);
    await this.evaluate(hold.key, 'release', [hold.id, String(hold.calls)]);
  }

  async state(key: string): Promise<QuotaState> {
    const reply = await this.evaluate(key, 'read', []);
    return reply ? this.stateOf(reply) : this.local.state(key);
  }

  private fallback(outcome: StartOutcome): StartOutcome {
    if (outcome.started) this.localSlots.add(outcome.slot);
    return outcome;
  }

  /** The script's reply, or undefined when Redis cannot be reached (counted by the connection). */
  private async evaluate(key: string, operation: Operation, args: string[]): Promise<Reply | undefined> {
    const now = Math.floor(this.now());
    if (!this.redis.health().up && now < this.redisRetryAt) return undefined;
    const stateKey = this.redis.key('quota', encodeURIComponent(key));
    try {
      const keys = [stateKey, `${stateKey}:calls`, `${stateKey}:held`];
      const reply = (await this.redis.evaluate('quota-view', QUOTA, keys, [String(now), operation, ...args])) as Reply;
      this.redisRetryAt = 0;
      return reply;
    } catch (error) {
      if (!(error instanceof SharedStateUnavailableError)) throw error;
      this.redisRetryAt = now + RETRY_REDIS_EVERY_MS;
      return undefined;
    }
  }

  private stateOf([, , remaining, resetAt, limit, windowMs, silent, inFlight, held, nextStartAt]: Reply): QuotaState {
    const known = remaining >= 0;
    const now = Math.floor(this.now());
    return {
      remaining: known ? remaining : undefined,
      resetInMs: known ? Math.max(0, resetAt - now) : undefined,
      limit: limit >= 0 ? limit : undefined,
      windowMs: windowMs >= 0 ? windowMs : undefined,
      silent: silent === 1,
      inFlight,
      held,
      nextStartInMs: Math.max(0, nextStartAt - now),
    };
  }
}

function ms(value: number): string {
  return String(Math.max(0, Math.ceil(value)));
}

function endArgs({ report, answered }: CallEnd): string[] {
  return [
    answered ? '1' : '0',
    report ? String(report.remaining) : '',
    report ? String(Math.round(report.resetAfterMs)) : '',
    report?.limit === undefined ? '' : String(report.limit),
    report?.windowMs === undefined ? '' : String(Math.round(report.windowMs)),
    String(SAME_WINDOW_TOLERANCE_MS),
  ];
}
