/**
 * The resilience layer every upstream call goes through (`UpstreamClient.send` delegates here): the request's
 * deadline, the circuit breaker, pacing by the rate-limit headers, and retries with jittered backoff.
 * README "Resilience" says what each does and why.
 */
import { CircuitBreakers, type BreakerPermit, type BreakerSettings, type CallVerdict } from './circuit-breaker.js';
import { RequestDeadline } from './deadline.js';
import { UpstreamError } from './errors.js';
import { RateGovernor, type PacingSettings, type PacingTicket } from './rate-governor.js';
import type { RateLimitDialect } from './rate-limit-headers.js';
import { backoffMs, isRetryableAnswer, isRetryableFailure, type RetrySettings } from './retry.js';
import { SlotWaitEnded, type ReleaseSlot } from './store-limiter.js';
import type { UpstreamRequest, UpstreamResponse } from './upstream-client.js';

export interface ResilienceSettings {
  /** Per GraphQL request: every upstream call, retry wait and pacing wait of the request fits inside it. */
  requestDeadlineMs: number;
  /** The largest upstream body read; a larger one is cut off (`UPSTREAM_BAD_RESPONSE`). */
  maxBodyBytes: number;
  retry: RetrySettings;
  pacing: PacingSettings;
  breaker: BreakerSettings;
}

/** What one try of a call may spend. */
export interface CallBudget {
  /** Aborts the try at its timeout or when the request is over. */
  signal: AbortSignal;
  timeoutMs: number;
  maxBodyBytes: number;
}

/** One try of a call: sends the request once and reads the whole answer, whatever its status. */
export type Attempt = (budget: CallBudget) => Promise<UpstreamResponse>;

/** Whose calls a guard makes: one API client of one request. */
export interface GuardScope {
  /** The upstream origin, e.g. `https://api-b2b.bigcommerce.com`. */
  origin: string;
  /** The store the calls are for: quotas and failures are per store (CONTRACT.md 5.1, 5.2). */
  store: string;
  deadline: RequestDeadline;
  /** How this API reports its quota and how long a 429 says to wait. */
  rateLimits: RateLimitDialect;
  /**
   * Waits for a slot under the store's in-flight cap (store-limiter.ts), held for one try. Taken before
   * pacing and before the try's timeout starts, so waiting for a slot never counts as the upstream's time;
   * rejects with SlotWaitEnded when the request is over first.
   */
  acquireSlot?: () => Promise<ReleaseSlot>;
}

/**
 * The process-level half: pacing and circuit state per store and origin, shared by every request, since
 * the quota and the upstream's health are. Made once in main.ts (tests make their own); lives as long as
 * the pools.
 */
export class Resilience {
  private readonly governor: RateGovernor;
  private readonly breakers: CircuitBreakers;

  constructor(
    readonly settings: ResilienceSettings,
    private readonly random: () => number = Math.random,
  ) {
    this.governor = new RateGovernor(settings.pacing);
    this.breakers = new CircuitBreakers(settings.breaker);
  }

  /** The deadline of one GraphQL request, starting now; `clientSignal` aborts it when the client leaves. */
  startDeadline(clientSignal?: AbortSignal): RequestDeadline {
    return new RequestDeadline(this.settings.requestDeadlineMs, clientSignal);
  }

  /** The guard of one API client of one request. */
  guard(scope: GuardScope): CallGuard {
    return new CallGuard(scope, this.settings, this.governor, this.breakers, this.random);
  }
}

/** Runs the calls of one API client of one request; made per request with that client. */
export class CallGuard {
  private readonly key: string;

  constructor(
    private readonly scope: GuardScope,
    private readonly settings: ResilienceSettings,
    private readonly governor: RateGovernor,
    private readonly breakers: CircuitBreakers,
    private readonly random: () => number,
  ) {
    this.key = `${scope.origin} ${scope.store}`;
  }

  /**
   * Makes the call, trying again while the answer or failure is retryable, tries are left and the wait fits
   * in the request's deadline. Resolves to the last answer, whatever its status; rejects with an
   * `UpstreamError` when no answer came.
   */
  async run(request: UpstreamRequest, callTimeoutMs: number, attempt: Attempt): Promise<UpstreamResponse> {
    let last: { response: UpstreamResponse } | { error: UpstreamError } | undefined;
    for (let tries = 1; ; tries += 1) {
      let response: UpstreamResponse;
      try {
        response = await this.tryOnce(request, callTimeoutMs, attempt);
      } catch (error) {
        if (!(error instanceof UpstreamError)) throw error;
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

  private async tryOnce(request: UpstreamRequest, callTimeoutMs: number, attempt: Attempt): Promise<UpstreamResponse> {
    // The store's in-flight slot comes first, before the breaker's permit and pacing: a half-open probe
    // must not sit in the queue while its permit makes every other call fail fast, and the governor counts
    // every paced call as in flight against the quota, so a burst the cap holds back must not look like a
    // spent quota. Waiting for the slot is not the upstream's time: the try's timeout starts after it.
    const releaseSlot = await this.slot(request);
    try {
      return await this.tryWithSlot(request, callTimeoutMs, attempt);
    } finally {
      releaseSlot?.();
    }
  }

  private async tryWithSlot(request: UpstreamRequest, callTimeoutMs: number, attempt: Attempt): Promise<UpstreamResponse> {
    const admission = this.breakers.admit(this.key);
    if ('retryAfterMs' in admission) {
      throw new UpstreamError('UPSTREAM_UNAVAILABLE', {
        endpoint: request.endpoint,
        retryAfterSeconds: Math.ceil(admission.retryAfterMs / 1000),
        reason: 'circuit open: recent calls to this store failed',
      });
    }
    const ticket = await this.paced(request, admission.permit);
    const remainingMs = this.scope.deadline.remainingMs();
    if (remainingMs <= 0) {
      ticket.settle(undefined, false);
      admission.permit.record('neutral');
      throw this.deadlineSpent(request);
    }
    const timeoutMs = Math.min(callTimeoutMs, remainingMs);
    const call = this.scope.deadline.callSignal(timeoutMs);
    try {
      const response = await attempt({ signal: call.signal, timeoutMs, maxBodyBytes: this.settings.maxBodyBytes });
      ticket.settle(this.scope.rateLimits.quota(response.status, response.headers), true);
      admission.permit.record(response.status >= 500 ? 'failure' : 'success');
      return response;
    } catch (error) {
      ticket.settle(undefined, false);
      admission.permit.record(this.verdictOnFailure(error));
      throw error;
    } finally {
      call.done();
    }
  }

  /** The store's in-flight slot; a request over before one comes free gets nothing sent. */
  private async slot(request: UpstreamRequest): Promise<ReleaseSlot | undefined> {
    try {
      return await this.scope.acquireSlot?.();
    } catch (error) {
      if (error instanceof SlotWaitEnded) throw this.deadlineSpent(request);
      throw error;
    }
  }

  /** Waits for the governor's go; a wait the deadline cannot hold fails now, without spending quota. */
  private async paced(request: UpstreamRequest, permit: BreakerPermit): Promise<PacingTicket> {
    for (;;) {
      const decision = this.governor.acquire(this.key);
      if ('ticket' in decision) return decision.ticket;
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
    if (failedTries >= this.settings.retry.attempts) return false;
    const waitMs = Math.max(atLeastMs, backoffMs(failedTries, this.settings.retry, this.random));
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

  /** Nothing was sent: the request's time ran out (or its client left) first. */
  private deadlineSpent(request: UpstreamRequest): UpstreamError {
    return new UpstreamError('UPSTREAM_TIMEOUT', {
      endpoint: request.endpoint,
      reason: 'request deadline spent before sending',
    });
  }

  /** Failures the gateway caused (deadline, client gone) or about the body say nothing of the upstream's health. */
  private verdictOnFailure(error: unknown): CallVerdict {
    if (this.scope.deadline.signal.aborted) return 'neutral';
    if (error instanceof UpstreamError && error.code === 'UPSTREAM_BAD_RESPONSE') return 'neutral';
    return 'failure';
  }
}
