import { LRUCache } from 'lru-cache';
import { LocalCallerHealth } from './caller-health.js';
import { LocalCircuit, type BreakerSettings } from './circuit-breaker.js';
import { LocalStoreQuota, type PacingSettings } from './pacing.js';
import { LocalSlots } from './slots.js';
import type { CallerHealth, Circuit, ResilienceState } from './state.js';

export interface LocalStateSettings {
  pacing: PacingSettings;
  breaker: BreakerSettings;
  /** Calls in flight per caller and origin. */
  maxInFlight: number;
}

/**
 * Stores and callers remembered at most; the least recently used are forgotten first. Keys come from what
 * callers send in per-request mode, so the maps must not grow with every store hash or token anyone tries.
 */
const MAX_TRACKED = 10_000;

const NO_BREAKER: Circuit = { admit: () => ({ permit: { record: () => {} } }) };

/**
 * The resilience state of this process alone: every request of the process shares it, no other replica
 * sees it. Lives as long as the upstream it was made for (index.ts).
 */
export function createLocalState(settings: LocalStateSettings, now: () => number = Date.now): ResilienceState {
  const quotas = new LRUCache<string, LocalStoreQuota>({ max: MAX_TRACKED });
  const callers = new LRUCache<string, CallerHealth>({ max: MAX_TRACKED });
  const slots = new LocalSlots(settings.maxInFlight);
  const breakerOn = settings.breaker.failurePercent > 0;
  return {
    quota(storeKey) {
      let quota = quotas.get(storeKey);
      if (!quota) quotas.set(storeKey, (quota = new LocalStoreQuota(settings.pacing, now)));
      return quota;
    },
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
