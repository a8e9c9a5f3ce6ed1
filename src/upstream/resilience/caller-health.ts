import type { CallerHealth, Circuit, CredentialEvidence } from './state.js';

/**
 * One caller's circuit and credential standing in this process. Lives as long as create-state.ts keeps
 * the caller.
 */
export class LocalCallerHealth implements CallerHealth {
  proven = false;
  /** Calls in flight, uncounted, that count once the credentials are proven. */
  private readonly listeners = new Set<() => void>();

  constructor(readonly circuit: Circuit) {}

  learn(evidence: CredentialEvidence): void {
    if (evidence === 'none') return;
    const provenNow = !this.proven && evidence === 'valid';
    this.proven = evidence === 'valid';
    if (!provenNow) return;
    for (const listener of this.listeners) listener();
    this.listeners.clear();
  }

  onProven(listener: () => void): () => void {
    if (this.proven) {
      listener();
      return () => {};
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
