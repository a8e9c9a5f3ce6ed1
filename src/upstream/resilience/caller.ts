/**
 * The resilience layer every upstream call goes through: the request's deadline and admission, the caller's
 * in-flight slot and circuit, the store's pacing, and retries with jittered backoff. README "Resilience" and
 * docs/shared-state.md say what each does and why; failures.ts classifies how each try ended.
 */
import { UpstreamError } from '../errors.js';
import {
  answerVerdict,
  credentialEvidence,
  failureVerdict,
  isRetryableAnswer,
  isRetryableFailure,
} from '../failures.js';
import type { HttpEndpoint, PreparedRequest } from '../http/dispatch.js';
import type { UpstreamCall, UpstreamRequest, UpstreamResponse } from '../http/request.js';
import { CALL_MARGIN_MS, HOLD_MARGIN_MS, outcomeOf, UNHELD, type AdmissionMetrics } from './admission.js';
import type { BreakerSettings } from './circuit-breaker.js';
import type { RequestDeadline } from './deadline.js';
import type { PacingSettings } from './pacing.js';
import type { RateLimitDialect } from './rate-limits.js';
import { backoffMs, type RetrySettings } from './retry.js';
import {
  WaitEnded,
  type BreakerPermit,
  type CallerHealth,
  type HeldTurn,
  type PacingTicket,
  type ReleaseSlot,
  type RequestHold,
  type ResilienceState,
} from './state.js';

export interface ResilienceSettings {
  /** Per GraphQL request: every upstream call, retry wait and pacing wait of the request fits inside it. */
  requestDeadlineMs: number;
  /** The largest upstream body read; a larger one is cut off (`UPSTREAM_BAD_RESPONSE`). */
  maxBodyBytes: number;
  retry: RetrySettings;
  pacing: PacingSettings;
  breaker: BreakerSettings;
}

/** What a caller shares with every other: the settings and the state between requests. */
export interface SharedResilience {
  settings: ResilienceSettings;
  /** Per call (one try); the request's deadline may leave less. */
  callTimeoutMs: number;
  state: ResilienceState;
  /** Chances for retry jitter. */
  random: () => number;
  /** Counts each request's admission at a store. */
  admissions: AdmissionMetrics;
}

/** Whose calls a caller makes: one upstream API, for one request's credentials. */
export interface CallScope {
  /** Origin and store hash: the quota every caller of the store shares (docs/upstream-contract.md §5). */
  storeKey: string;
  /** Origin, store hash and a digest of the token: this caller's own circuit and slots. */
  callerKey: string;
  deadline: RequestDeadline;
  /** How this API reports its quota and how long a 429 says to wait. */
  rateLimits: RateLimitDialect;
  onCall?: (call: UpstreamCall) => void;
}

/** How one call may go. */
export interface SendOptions {
  /**
   * A kept answer stands in should the call fail (a read the cache holds past its TTL). Such a call never
   * waits for the store's quota, never takes a paced turn and never spends ahead of the window's even rate
   * (pacing.ts): what is left is for calls with nothing to fall back on (writes, first reads), which would
   * otherwise find it spent on refreshes. Where the quota would hold it back, it fails at once, unsent, with
   * `UPSTREAM_RATE_LIMITED`, and is not tried again.
   */
  fallback?: boolean;
}

/** What an API sends its calls through; resolves to the last answer, whatever its status. */
export interface UpstreamCaller {
  send(request: UpstreamRequest, options?: SendOptions): Promise<UpstreamResponse>;
}

/**
 * Sends one request's calls to one upstream API. Made per request with that request's API, and dropped
 * with it; what it learns goes to the shared state.
 */
export class ResilientCaller implements UpstreamCaller {
  constructor(
    private readonly http: HttpEndpoint,
    private readonly scope: CallScope,
    private readonly shared: SharedResilience,
  ) {}

  /**
   * Makes the call, trying again while the answer or failure is retryable, tries are left and the wait fits
   * in the request's deadline. Resolves to the last answer, whatever its status; rejects with an
   * `UpstreamError` when no answer came.
   */
  async send(request: UpstreamRequest, { fallback = false }: SendOptions = {}): Promise<UpstreamResponse> {
    const prepared = this.http.prepare(request);
    const hold = await this.admitted(request, fallback);
    let last: { response: UpstreamResponse } | { error: UpstreamError } | undefined;
    for (let tries = 1; ; tries += 1) {
      let response: UpstreamResponse;
      try {
        response = await this.tryOnce(prepared, hold, fallback);
      } catch (error) {
        if (!(error instanceof UpstreamError)) throw error;
        // The quota held a call with a fallback back: its kept answer is served now, not after a retry's wait.
        if (fallback && error.code === 'UPSTREAM_RATE_LIMITED') throw error;
        // A retry refused because earlier tries opened the circuit ends with what those tries got.
        if (error.code === 'UPSTREAM_UNAVAILABLE' && last) {
          if ('response' in last) return last.response;
          throw last.error;
        }
        if (!isRetryableFailure(error) || !(await this.backOff(request, tries, 0))) throw error;
        last = { error };
        continue;
      }
      if (!isRetryableAnswer(request.method, response.status)) return response;
      const retryAfterMs = this.scope.rateLimits.retryAfterMs(response.status, response.headers) ?? 0;
      if (!(await this.backOff(request, tries, retryAfterMs))) return response;
      last = { response };
    }
  }

  /**
   * The request's admission at this store, decided at its first call there (admission.ts): refused, nothing
   * is sent, now or later, and the request's other calls there fail the same way. A caller not yet proven
   * is not admitted against the store's quota (its calls do not count against it), only paced. A call with
   * a fallback never waits, so it needs nothing held and does not ask: it goes by an earlier call's verdict,
   * else by the rules. Asking would hold paced turns for reads that then leave them unused.
   */
  private async admitted(request: UpstreamRequest, fallback: boolean): Promise<RequestHold | undefined> {
    const { deadline, storeKey, callerKey } = this.scope;
    const verdict = fallback
      ? await (deadline.admissions.decided(storeKey) ?? UNHELD)
      : await deadline.admissions.at(storeKey, async (calls) => {
          const remainingMs = deadline.remainingMs();
          const decided = this.shared.state.caller(callerKey).proven
            ? await this.shared.state.quota(storeKey).admit(calls, {
                startWithinMs: Math.max(0, remainingMs - CALL_MARGIN_MS),
                expiresInMs: remainingMs + HOLD_MARGIN_MS,
              })
            : UNHELD;
          this.shared.admissions.count(outcomeOf(decided));
          return decided;
        });
    if (verdict.admitted) return verdict.hold;
    throw new UpstreamError('UPSTREAM_RATE_LIMITED', {
      endpoint: request.endpoint,
      retryAfterSeconds: Math.max(1, Math.ceil(verdict.retryAfterMs / 1000)),
      reason: "not sent: the request's calls do not fit in the store quota before its deadline",
    });
  }

  private async tryOnce(
    prepared: PreparedRequest,
    hold: RequestHold | undefined,
    fallback: boolean,
  ): Promise<UpstreamResponse> {
    // The caller's in-flight slot comes first, before the breaker's permit and pacing: a half-open probe
    // must not sit in the queue while its permit makes every other call fail fast, and the store's quota
    // counts every paced call as in flight, so a burst the cap holds back must not look like a spent
    // quota. Waiting for the slot is not the upstream's time: the try's timeout starts after it.
    const releaseSlot = await this.slot(prepared.request);
    try {
      return await this.tryWithSlot(prepared, hold, fallback);
    } finally {
      releaseSlot();
    }
  }

  private async tryWithSlot(
    prepared: PreparedRequest,
    hold: RequestHold | undefined,
    fallback: boolean,
  ): Promise<UpstreamResponse> {
    const { request } = prepared;
    const { deadline } = this.scope;
    const caller = this.shared.state.caller(this.scope.callerKey);
    const breaker = await caller.circuit.admit();
    if ('retryAfterMs' in breaker) {
      throw new UpstreamError('UPSTREAM_UNAVAILABLE', {
        endpoint: request.endpoint,
        retryAfterSeconds: Math.ceil(breaker.retryAfterMs / 1000),
        reason: 'circuit open: recent calls with these credentials failed',
      });
    }
    const counted = caller.proven;
    // A held turn still to come is left in the hold for the request's calls without a fallback. Peeked and
    // taken with no wait between, so two calls never see the same turn.
    const heldWaitMs = counted && fallback ? (hold?.peek()?.waitMs ?? 0) : 0;
    if (heldWaitMs > 0) {
      breaker.permit.record('neutral');
      throw this.heldBack(request, heldWaitMs);
    }
    // Every try of a counted call takes the request's next held turn while any is left.
    const turn = counted ? hold?.take() : undefined;
    if (turn && turn.waitMs > 0) await this.waitWithin(request, turn.waitMs, breaker.permit);
    const ticket = await this.paced(request, breaker.permit, { counted, fallback }, turn);
    const remainingMs = deadline.remainingMs();
    if (remainingMs <= 0) {
      ticket.settle(undefined);
      breaker.permit.record('neutral');
      throw this.deadlineSpent(request);
    }
    // A call of credentials not yet proven is not counted against the store's quota; once an answer (this
    // one's or another's) proves them, it is, since it spends the quota like any other.
    const stopWatching = counted ? undefined : caller.onProven(() => ticket.count());
    const timeoutMs = Math.min(this.shared.callTimeoutMs, remainingMs);
    const call = deadline.callSignal(timeoutMs);
    const budget = { signal: call.signal, timeoutMs, maxBodyBytes: this.shared.settings.maxBodyBytes };
    try {
      const response = await this.http.send(prepared, budget, this.scope.onCall);
      this.learn(response, caller, ticket);
      breaker.permit.record(answerVerdict(response.status));
      return response;
    } catch (error) {
      ticket.settle(undefined);
      breaker.permit.record(failureVerdict(error, deadline.signal.aborted));
      throw error;
    } finally {
      stopWatching?.();
      call.done();
    }
  }

  /**
   * What an answer tells the shared state. Only credentials proven valid speak for the store's quota: a 429
   * counts once an earlier answer proved them, and answers to unproven credentials (anyone's guess at a
   * store hash) change nothing another caller sees.
   */
  private learn(response: UpstreamResponse, caller: CallerHealth, ticket: PacingTicket): void {
    const evidence = credentialEvidence(response.status);
    caller.learn(evidence);
    const speaksForStore = evidence === 'valid' || (response.status === 429 && caller.proven);
    const quota = this.scope.rateLimits.quota(response.status, response.headers);
    ticket.settle(speaksForStore ? { quota } : undefined);
  }

  /** The caller's in-flight slot; a request over before one comes free gets nothing sent. */
  private async slot(request: UpstreamRequest): Promise<ReleaseSlot> {
    try {
      return await this.shared.state.slots(this.scope.callerKey).acquire(this.scope.deadline);
    } catch (error) {
      if (error instanceof WaitEnded) throw this.deadlineSpent(request);
      throw error;
    }
  }

  /**
   * Waits for the store quota's go; a wait the deadline cannot hold fails now, without spending quota, and
   * so does any wait of a call with a fallback (`SendOptions.fallback`).
   */
  private async paced(
    request: UpstreamRequest,
    permit: BreakerPermit,
    { counted, fallback }: { counted: boolean; fallback: boolean },
    turn: HeldTurn | undefined,
  ): Promise<PacingTicket> {
    const quota = this.shared.state.quota(this.scope.storeKey);
    for (;;) {
      // A call ends by the request's deadline (its signal aborts then): its count need not last longer.
      const expiresInMs = this.scope.deadline.remainingMs() + HOLD_MARGIN_MS;
      const decision = await quota.acquire({ counted, fallback, expiresInMs, ...(turn && { held: turn.held }) });
      if ('ticket' in decision) return decision.ticket;
      if (fallback) {
        permit.record('neutral');
        throw this.heldBack(request, decision.waitMs);
      }
      if (decision.waitMs >= this.scope.deadline.remainingMs()) {
        permit.record('neutral');
        throw new UpstreamError('UPSTREAM_RATE_LIMITED', {
          endpoint: request.endpoint,
          retryAfterSeconds: Math.ceil(decision.waitMs / 1000),
          reason: 'not sent: the store quota is spent until its window resets',
        });
      }
      await this.waitWithin(request, decision.waitMs, permit);
    }
  }

  /**
   * Waits before the next try when one is left and the wait fits in the deadline (a try needs time too, so
   * waiting until the deadline only to give up helps no one); false when there will be no next try.
   */
  private async backOff(request: UpstreamRequest, failedTries: number, atLeastMs: number): Promise<boolean> {
    const { retry } = this.shared.settings;
    if (failedTries >= retry.attempts) return false;
    const waitMs = Math.max(atLeastMs, backoffMs(failedTries, retry, this.shared.random));
    if (waitMs >= this.scope.deadline.remainingMs()) return false;
    await this.waitWithin(request, waitMs);
    return true;
  }

  private async waitWithin(request: UpstreamRequest, ms: number, permit?: BreakerPermit): Promise<void> {
    try {
      await this.scope.deadline.wait(ms);
    } catch {
      permit?.record('neutral');
      throw this.deadlineSpent(request);
    }
  }

  /** Nothing was sent: the call has a kept answer to stand in, and the store's quota would have held it back. */
  private heldBack(request: UpstreamRequest, waitMs: number): UpstreamError {
    return new UpstreamError('UPSTREAM_RATE_LIMITED', {
      endpoint: request.endpoint,
      retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
      reason: 'not sent: the store quota is near spent, and a kept answer stands in',
    });
  }

  /** Nothing was sent: the request's time ran out (or its client left) first. */
  private deadlineSpent(request: UpstreamRequest): UpstreamError {
    return new UpstreamError('UPSTREAM_TIMEOUT', {
      endpoint: request.endpoint,
      reason: 'request deadline spent before sending',
    });
  }
}
