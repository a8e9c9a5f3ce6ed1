import { LRUCache } from 'lru-cache';
import { InProcessQuotaView, type QuotaView } from '../../shared-state/quota-view.js';
import { LocalCallerHealth } from './caller-health.js';
import { LocalCircuit, type BreakerSettings } from './circuit-breaker.js';
import { ViewStoreQuota, type PacingSettings } from './pacing.js';
import { LocalSlots } from './slots.js';
import type { CallerHealth, Circuit, ResilienceState } from './state.js';

export interface StateSettings {
  pacing: PacingSettings;
  breaker: BreakerSettings;
  /** Calls in flight per proven caller and origin in this process, and per store across replicas. */
  maxInFlight: number;
}

/**
 * Callers remembered at most; the least recently used are forgotten first. Keys come from what callers
 * send in per-request mode, so the map must not grow with every store hash or token anyone tries.
 */
const MAX_TRACKED = 10_000;

const NO_BREAKER: Circuit = { admit: () => ({ permit: { record: () => {} } }) };

/**
 * The resilience state behind every call: the stores' quotas in `quotaView` (the process's own by default,
 * or Redis's, shared by every replica), callers' circuits and in-flight slots in this process. Lives as long
 * as the upstream it was made for (index.ts).
 */
export function createResilienceState(
  settings: StateSettings,
  quotaView: QuotaView = new InProcessQuotaView(),
  now: () => number = Date.now,
): ResilienceState {
  const callers = new LRUCache<string, CallerHealth>({ max: MAX_TRACKED });
  const { maxInFlight } = settings;
  const { threshold } = settings.pacing;
  // A caller not yet proven sends no more at once than a store's first calls before any answer reports.
  const unprovenMax = threshold > 0 ? Math.min(maxInFlight, threshold) : maxInFlight;
  const slots = new LocalSlots((callerKey) => (callers.get(callerKey)?.proven ? maxInFlight : unprovenMax));
  const breakerOn = settings.breaker.failurePercent > 0;
  const rules = { threshold, maxInFlight };
  return {
    quota: (storeKey) => new ViewStoreQuota(quotaView, storeKey, rules, now),
    caller(callerKey) {
      let caller = callers.get(callerKey);
      if (!caller) {
        caller = new LocalCallerHealth(breakerOn ? new LocalCircuit(settings.breaker, now) : NO_BREAKER);
        callers.set(callerKey, caller);
      }
      return caller;
    },
    slots: (callerKey) => slots.of(callerKey),
  };
}
