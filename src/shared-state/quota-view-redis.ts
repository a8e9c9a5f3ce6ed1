import { randomUUID } from 'node:crypto';
import {
  InProcessQuotaView,
  SAME_WINDOW_TOLERANCE_MS,
  type CallEnd,
  type CallSlot,
  type QuotaState,
  type QuotaView,
  type StartOutcome,
  type StartRules,
} from './quota-view.js';
import { luaScript, SharedStateUnavailableError, type RedisConnection } from './redis-connection.js';

/**
 * One script for the three operations, so the rules live in one place: KEYS = [state hash, slots zset],
 * ARGV = [now, operation, ...]. The state hash holds `remaining`, `resetAt` (epoch ms), `limit`, `windowMs`,
 * `silent`; the zset holds one member per call in flight, scored by when it expires. Time comes from the
 * caller, as replicas' clocks agree closely enough for windows of a minute. The rules are those of
 * InProcessQuotaView, which the same tests check.
 */
const QUOTA = luaScript(`
local now, operation = tonumber(ARGV[1]), ARGV[2]
local h = redis.call('HMGET', KEYS[1], 'remaining', 'resetAt', 'limit', 'windowMs', 'silent')
local s = { remaining = tonumber(h[1]), resetAt = tonumber(h[2]) or 0, limit = tonumber(h[3]),
  windowMs = tonumber(h[4]), silent = h[5] == '1' }

local function save()
  local fields = { 'resetAt', s.resetAt, 'silent', s.silent and '1' or '0' }
  if s.remaining then table.insert(fields, 'remaining'); table.insert(fields, s.remaining) end
  if s.limit then table.insert(fields, 'limit'); table.insert(fields, s.limit) end
  if s.windowMs then table.insert(fields, 'windowMs'); table.insert(fields, s.windowMs) end
  redis.call('DEL', KEYS[1])
  redis.call('HSET', KEYS[1], unpack(fields))
  redis.call('PEXPIRE', KEYS[1], math.max(s.resetAt - now, 0) + 2 * (s.windowMs or 60000))
end

local function reply(started)
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
  return { started, s.remaining or -1, s.resetAt, s.limit or -1, s.windowMs or -1, s.silent and 1 or 0,
    redis.call('ZCARD', KEYS[2]) }
end

if operation == 'finish' then
  redis.call('ZREM', KEYS[2], ARGV[3])
  if ARGV[5] ~= '' then
    local remaining, resetAt = tonumber(ARGV[5]), now + tonumber(ARGV[6])
    local same = s.remaining and now < s.resetAt and math.abs(resetAt - s.resetAt) <= tonumber(ARGV[9])
    if same then s.remaining = math.min(s.remaining, remaining) else s.remaining = remaining end
    s.resetAt = resetAt
    if ARGV[7] ~= '' then s.limit = tonumber(ARGV[7]) end
    if ARGV[8] ~= '' then s.windowMs = tonumber(ARGV[8]) end
    s.silent = false
    save()
  elseif ARGV[4] == '1' and not s.remaining then
    s.silent = true
    save()
  end
  return reply(1)
end

if s.remaining and now >= s.resetAt then
  s.remaining = s.limit
  if s.windowMs and s.windowMs > 0 then
    s.resetAt = s.resetAt + math.ceil((now - s.resetAt + 1) / s.windowMs) * s.windowMs
  end
end
if operation == 'read' then return reply(0) end

redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local inFlight = redis.call('ZCARD', KEYS[2])
local cap = tonumber(ARGV[5])
if not s.remaining and not s.silent then cap = tonumber(ARGV[6]) end
if inFlight >= cap or (s.remaining and s.remaining - inFlight <= tonumber(ARGV[7])) then return reply(0) end
local expiresIn = tonumber(ARGV[4])
redis.call('ZADD', KEYS[2], now + expiresIn, ARGV[3])
if redis.call('PTTL', KEYS[2]) < expiresIn then redis.call('PEXPIRE', KEYS[2], expiresIn) end
if s.remaining then save() end
return reply(1)
`);

type Reply = [started: number, remaining: number, resetAt: number, limit: number, windowMs: number, silent: number, inFlight: number];

/**
 * The quota view shared by every replica through Redis: one quota and one count of calls in flight per
 * store, whichever replica calls. While Redis is away each replica falls back to its own view (kept warm
 * with every answer), pacing on its own as without Redis. Lives as long as its connection.
 */
export class RedisQuotaView implements QuotaView {
  private readonly local: InProcessQuotaView;
  /** Slots started in the in-process fallback, while Redis was away. */
  private readonly localSlots = new WeakSet<CallSlot>();

  constructor(
    private readonly redis: RedisConnection,
    private readonly now: () => number = Date.now,
  ) {
    this.local = new InProcessQuotaView(now);
  }

  async startCall(key: string, rules: StartRules): Promise<StartOutcome> {
    const id = randomUUID();
    const args = [id, String(Math.ceil(rules.expiresInMs)), String(rules.maxInFlight), String(rules.maxInFlightUnknown), String(rules.reserve)];
    const reply = await this.evaluate(key, 'start', args);
    if (!reply) {
      const outcome = await this.local.startCall(key, rules);
      if (outcome.started) this.localSlots.add(outcome.slot);
      return outcome;
    }
    const state = this.stateOf(reply);
    return reply[0] === 1 ? { started: true, slot: { key, id }, state } : { started: false, state };
  }

  async finishCall(slot: CallSlot, end: CallEnd): Promise<void> {
    if (this.localSlots.has(slot)) {
      await this.local.finishCall(slot, end);
      return;
    }
    this.local.record(slot.key, end);
    const { report } = end;
    await this.evaluate(slot.key, 'finish', [
      slot.id,
      end.answered ? '1' : '0',
      report ? String(report.remaining) : '',
      report ? String(Math.round(report.resetAfterMs)) : '',
      report?.limit === undefined ? '' : String(report.limit),
      report?.windowMs === undefined ? '' : String(Math.round(report.windowMs)),
      String(SAME_WINDOW_TOLERANCE_MS),
    ]);
  }

  async state(key: string): Promise<QuotaState> {
    const reply = await this.evaluate(key, 'read', []);
    return reply ? this.stateOf(reply) : this.local.state(key);
  }

  /** The script's reply, or undefined when Redis cannot be reached (counted by the connection). */
  private async evaluate(key: string, operation: 'start' | 'finish' | 'read', args: string[]): Promise<Reply | undefined> {
    const stateKey = this.redis.key('quota', encodeURIComponent(key));
    try {
      const now = String(Math.floor(this.now()));
      return (await this.redis.evaluate('quota-view', QUOTA, [stateKey, `${stateKey}:calls`], [now, operation, ...args])) as Reply;
    } catch (error) {
      if (error instanceof SharedStateUnavailableError) return undefined;
      throw error;
    }
  }

  private stateOf([, remaining, resetAt, limit, windowMs, silent, inFlight]: Reply): QuotaState {
    const known = remaining >= 0;
    return {
      remaining: known ? remaining : undefined,
      resetInMs: known ? Math.max(0, resetAt - Math.floor(this.now())) : undefined,
      limit: limit >= 0 ? limit : undefined,
      windowMs: windowMs >= 0 ? windowMs : undefined,
      silent: silent === 1,
      inFlight,
    };
  }
}
