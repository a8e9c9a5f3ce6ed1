/**
 * Admission: a request whose upstream calls cannot all start before its deadline is refused at once, spending
 * none of the quota, instead of waiting and ending half answered (docs/decisions/0600-admission-by-query-cost.md).
 * Before the request runs, its query's cost says how many calls it may make at most (query-limits.ts tells
 * `expect`); at its first call to a store, from a proven caller, the store's quota holds that many for it or
 * refuses. Refused, the request still runs, and each of its calls to that store fails unsent with
 * UPSTREAM_RATE_LIMITED, so whatever a cache holds is still answered.
 */
import { Counter, type Registry } from 'prom-client';
import type { AdmissionVerdict } from './state.js';

/**
 * A call needs time too: the last held call starts at least this long before the request's deadline, room
 * for an upstream call's usual time (tens to hundreds of ms) and a busy process's delays.
 */
export const CALL_MARGIN_MS = 2_000;
/** Held calls outlive the deadline by this much, so a held call is never dropped while it starts. */
export const HOLD_MARGIN_MS = 1_000;

/** Admitted with nothing held: the calls go by the pacing rules alone. */
export const UNHELD: AdmissionVerdict = { admitted: true, hold: undefined };

/** What the query-limits plugin tells a request's upstream allowance, once the cost is known. */
export interface CallExpectation {
  expectCalls(calls: number): void;
}

/** One request's admissions, per store; made with its deadline, and released with it. */
export class RequestAdmissions implements CallExpectation {
  private expected: number | undefined;
  private released = false;
  private readonly verdicts = new Map<string, Promise<AdmissionVerdict>>();

  /** The most upstream calls the request may make; a request never told is not admitted, only paced. */
  expectCalls(calls: number): void {
    this.expected = calls;
  }

  /**
   * The request's verdict at one store, asked of `admit` once, at its first call there; `admit` may answer
   * admitted without a hold (a caller not yet proven, nothing known of the quota).
   */
  at(storeKey: string, admit: (calls: number) => Promise<AdmissionVerdict>): Promise<AdmissionVerdict> {
    const calls = this.expected;
    if (calls === undefined || calls === 0 || this.released) return Promise.resolve(UNHELD);
    let verdict = this.verdicts.get(storeKey);
    if (!verdict) this.verdicts.set(storeKey, (verdict = admit(calls)));
    return verdict;
  }

  /** The request's verdict at one store, if a call there asked for it already. */
  decided(storeKey: string): Promise<AdmissionVerdict> | undefined {
    return this.verdicts.get(storeKey);
  }

  /** Frees every call still held for the request: it is over. */
  release(): void {
    this.released = true;
    for (const verdict of this.verdicts.values()) {
      verdict.then(
        (settled) => settled.admitted && settled.hold?.release(),
        () => {},
      );
    }
    this.verdicts.clear();
  }
}

/** How a request's admission at a store ended: calls held for it, admitted with none held, or refused. */
export type AdmissionOutcome = 'held' | 'not-held' | 'refused';

export function outcomeOf(verdict: AdmissionVerdict): AdmissionOutcome {
  if (!verdict.admitted) return 'refused';
  return verdict.hold ? 'held' : 'not-held';
}

/** The admission counter, made without a registry so the app can put it in its own; lives as long as the upstream. */
export class AdmissionMetrics {
  private readonly admissions = new Counter({
    name: 'upstream_admissions_total',
    help: 'Requests admitted to a store quota by their query cost: calls held for them, admitted with none held, or refused.',
    labelNames: ['outcome'] as const,
    registers: [],
  });

  register(registry: Registry): void {
    registry.registerMetric(this.admissions);
  }

  count(outcome: AdmissionOutcome): void {
    this.admissions.inc({ outcome });
  }
}
