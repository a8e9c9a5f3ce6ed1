import { LruMap } from './lru-map.js';

export interface BreakerSettings {
  /** Consecutive failed calls (transport failures, 5xx) that open the circuit; 0 turns the breaker off. */
  failureThreshold: number;
  /** How long an open circuit fails calls fast before letting one probe through. */
  openMs: number;
}

/** How one admitted call went, as far as the upstream's health is concerned. */
export type CallVerdict =
  /** An answer below 500 (a 4xx or a 429 included: the upstream is up). */
  | 'success'
  /** No answer, a call timeout or a 5xx. */
  | 'failure'
  /** Says nothing about the upstream: the gateway cut the call short (deadline, client gone) or never sent it. */
  | 'neutral';

export interface BreakerPermit {
  /** Reports the call's verdict; only the first report counts. */
  record(verdict: CallVerdict): void;
}

export type Admission = { permit: BreakerPermit } | { retryAfterMs: number };

const MAX_TRACKED_STORES = 10_000;

/**
 * One circuit: closed (calls go), open (calls fail fast until `openMs` has passed), half-open (one probe goes;
 * its success closes the circuit, its failure opens it again, and the others fail fast meanwhile).
 */
class Circuit {
  private state: 'closed' | 'open' | 'half-open' = 'closed';
  private failures = 0;
  private openUntil = 0;

  constructor(
    private readonly settings: BreakerSettings,
    private readonly now: () => number,
  ) {}

  admit(): Admission {
    const now = this.now();
    if (this.state === 'open' && now >= this.openUntil) {
      this.state = 'half-open';
      return { permit: this.permit(true) };
    }
    if (this.state === 'closed') return { permit: this.permit(false) };
    // Open, or half-open with its probe out: the probe answers within one call timeout at most.
    return { retryAfterMs: Math.max(this.openUntil - now, 1) };
  }

  private permit(probe: boolean): BreakerPermit {
    let recorded = false;
    return {
      record: (verdict) => {
        if (recorded) return;
        recorded = true;
        if (probe) this.probed(verdict);
        else this.called(verdict);
      },
    };
  }

  private probed(verdict: CallVerdict): void {
    if (verdict === 'success') return this.close();
    // A neutral probe proves nothing: the next call probes at once instead.
    this.state = 'open';
    this.openUntil = verdict === 'failure' ? this.now() + this.settings.openMs : this.now();
  }

  private called(verdict: CallVerdict): void {
    if (verdict === 'success' && this.state !== 'open') return this.close();
    if (verdict !== 'failure' || this.state !== 'closed') return;
    this.failures += 1;
    if (this.failures >= this.settings.failureThreshold) {
      this.state = 'open';
      this.openUntil = this.now() + this.settings.openMs;
    }
  }

  private close(): void {
    this.state = 'closed';
    this.failures = 0;
  }
}

/**
 * The process-level circuit breakers, one per store and origin, so one store's failing upstream does not
 * stop calls for another. Lives as long as the pools.
 */
export class CircuitBreakers {
  private readonly circuits = new LruMap<string, Circuit>(MAX_TRACKED_STORES);

  constructor(
    private readonly settings: BreakerSettings,
    private readonly now: () => number = Date.now,
  ) {}

  admit(key: string): Admission {
    if (this.settings.failureThreshold === 0) return { permit: { record: () => {} } };
    return this.circuits.getOrCreate(key, () => new Circuit(this.settings, this.now)).admit();
  }
}
