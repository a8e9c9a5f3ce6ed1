/**
 * The SANDBOX_* settings (docs/operations.md, "Fault injection in the sandbox"), read from an environment for
 * `npm run sandbox` and for the embedded sandbox of the gateway's sandbox mode. Every problem is reported, in the
 * gateway's wording, and nothing is thrown: the caller prints them beside its own and stops before anything starts.
 */
import { FaultSpecError, faultMix, parseFaultRules } from './fault-spec.js';
import { parseQuota } from './rate-limit.js';
import type { SandboxOptions } from './server.js';

/** What a sandbox starts with when its settings come from the environment. */
export type SandboxSettings = Required<
  Pick<SandboxOptions, 'port' | 'latencyMs' | 'latencyJitterMs' | 'faults' | 'faultSeed'>
> &
  Pick<SandboxOptions, 'quota'>;

export type SandboxSettingsOutcome = { ok: true; options: SandboxSettings } | { ok: false; problems: string[] };

export function parseSandboxSettings(env: Record<string, string | undefined>): SandboxSettingsOutcome {
  const problems: string[] = [];
  // A blank value counts as unset, as in the gateway's settings.
  const text = (name: string): string | undefined => env[name]?.trim() || undefined;
  const wholeNumber = (name: string, fallback: number, max: number): number => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (Number.isSafeInteger(value) && value <= max) return value;
    problems.push(`${name} must be a whole number from 0 to ${max} (got "${raw}")`);
    return fallback;
  };
  const parsed = <T>(name: string, parse: (raw: string) => T): T | undefined => {
    const raw = text(name);
    if (raw === undefined) return undefined;
    try {
      return parse(raw);
    } catch (error) {
      if (!(error instanceof FaultSpecError)) throw error;
      problems.push(`${name}: ${error.message}`);
      return undefined;
    }
  };

  const quotaText = text('SANDBOX_QUOTA');
  const quota = quotaText === undefined ? undefined : parseQuota(quotaText);
  if (quotaText !== undefined && !quota) problems.push(`SANDBOX_QUOTA must look like 150/60 (got "${quotaText}")`);
  const rules = parsed('SANDBOX_FAULTS', parseFaultRules) ?? [];
  const mix = parsed('SANDBOX_FAULT_RATE', (raw) => faultMix(Number(raw))) ?? [];
  const options: SandboxSettings = {
    port: wholeNumber('SANDBOX_PORT', 4010, 65_535),
    latencyMs: wholeNumber('SANDBOX_LATENCY_MS', 0, 60_000),
    latencyJitterMs: wholeNumber('SANDBOX_LATENCY_JITTER_MS', 0, 60_000),
    // The listed rules are tried before the rate's.
    faults: [...rules, ...mix],
    faultSeed: wholeNumber('SANDBOX_FAULT_SEED', 1, 2 ** 31 - 1),
    ...(quota && { quota }),
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, options };
}
