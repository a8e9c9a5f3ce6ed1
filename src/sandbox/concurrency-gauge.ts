/**
 * How many of something are open at once, and the most seen since the last reset, overall and per key
 * (a store hash): lets tests prove a client's fan-out is bounded without timing anything.
 */
export class ConcurrencyGauge {
  private open = new Map<string, number>();
  private peaks = new Map<string, number>();
  private total = 0;
  private totalPeak = 0;

  enter(key = ''): void {
    this.total += 1;
    this.totalPeak = Math.max(this.totalPeak, this.total);
    const open = (this.open.get(key) ?? 0) + 1;
    this.open.set(key, open);
    this.peaks.set(key, Math.max(this.peaks.get(key) ?? 0, open));
  }

  leave(key = ''): void {
    this.total -= 1;
    const open = (this.open.get(key) ?? 1) - 1;
    if (open === 0) this.open.delete(key);
    else this.open.set(key, open);
  }

  /** The most open at once since the last reset: overall, or for one key. */
  peak(key?: string): number {
    return key === undefined ? this.totalPeak : (this.peaks.get(key) ?? 0);
  }

  /** Forgets the peaks; what is open now stays counted. */
  resetPeaks(): void {
    this.totalPeak = this.total;
    this.peaks = new Map(this.open);
  }
}
