import type { Admission, BreakerPermit, CallVerdict, Circuit } from './state.js';

export interface BreakerSettings {
  /**
   * The share of failed calls (transport failures, call timeouts, 5xx), in percent, that opens the circuit;
   * 0 turns the breaker off. A rate, not a run of consecutive failures: calls released together (after a
   * quota reset, say) also time out together, and a handful of them must not stop a healthy upstream.
   */
  failurePercent: number;
  /** Fewer calls than this in the window never open the circuit. */
  minimumCalls: number;
  /** The rolling window the rate is measured over. */
  windowMs: number;
  /** How long an open circuit fails calls fast before letting one probe through. */
  openMs: number;
}

/** The window is kept as this many buckets, so old calls leave it a slice at a time. */
const BUCKETS = 10;

/** Calls and failures over the last `windowMs`, in buckets. */
class RollingCount {
  private readonly buckets = Array.from({ length: BUCKETS }, () => ({ start: 0, calls: 0, failures: 0 }));

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  add(failed: boolean): void {
    const width = this.windowMs / BUCKETS;
    const start = Math.floor(this.now() / width) * width;
    const bucket = this.buckets[Math.floor(start / width) % BUCKETS];
    if (!bucket) return;
    if (bucket.start !== start) Object.assign(bucket, { start, calls: 0, failures: 0 });
    bucket.calls += 1;
    if (failed) bucket.failures += 1;
  }

  totals(): { calls: number; failures: number } {
    const since = this.now() - this.windowMs;
    let calls = 0;
    let failures = 0;
    for (const bucket of this.buckets) {
      if (bucket.start <= since) continue;
      calls += bucket.calls;
      failures += bucket.failures;
    }
    return { calls, failures };
  }

  clear(): void {
    for (const bucket of this.buckets) Object.assign(bucket, { start: 0, calls: 0, failures: 0 });
  }
}

/**
 * One circuit in this process: closed (calls go), open (calls fail fast until `openMs` has passed), half-open
 * (one probe goes; its success closes the circuit, its failure opens it again, and the others fail fast
 * meanwhile). Lives as long as create-state.ts keeps its caller.
 */
export class LocalCircuit implements Circuit {
  private state: 'closed' | 'open' | 'half-open' = 'closed';
  private openUntil = 0;
  private readonly recent: RollingCount;

  constructor(
    private readonly settings: BreakerSettings,
    private readonly now: () => number,
  ) {
    this.recent = new RollingCount(settings.windowMs, now);
  }

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
    if (verdict === 'success') {
      this.close();
      return;
    }
    // A neutral probe proves nothing: the next call probes at once instead.
    this.open(verdict === 'failure' ? this.settings.openMs : 0);
  }

  private called(verdict: CallVerdict): void {
    if (verdict === 'neutral') return;
    if (this.state === 'half-open' && verdict === 'success') {
      this.close();
      return;
    }
    if (this.state !== 'closed') return;
    this.recent.add(verdict === 'failure');
    if (verdict === 'success') return;
    const { calls, failures } = this.recent.totals();
    if (calls >= this.settings.minimumCalls && failures * 100 >= calls * this.settings.failurePercent) {
      this.open(this.settings.openMs);
    }
  }

  private open(forMs: number): void {
    this.state = 'open';
    this.openUntil = this.now() + forMs;
  }

  private close(): void {
    this.state = 'closed';
    this.recent.clear();
  }
}
