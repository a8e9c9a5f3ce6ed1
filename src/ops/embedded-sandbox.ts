/**
 * Sandbox mode's start-up: main.ts imports this module only in sandbox mode (the one way gateway code
 * reaches src/sandbox/), so a gateway on a real API never loads the sandbox. It reads the SANDBOX_*
 * settings (README "Fault injection in the sandbox") that `npm run sandbox` reads too.
 */
import { SettingReader, ConfigError, type Env } from '../config.js';
import { FaultSpecError, faultMix, parseFaultRules } from '../sandbox/fault-spec.js';
import { parseQuota } from '../sandbox/rate-limit.js';
import type { SandboxOptions } from '../sandbox/server.js';

export { startSandbox } from '../sandbox/server.js';

/** What the sandbox starts with: the embedded one in sandbox mode, and `npm run sandbox`'s. */
export type SandboxSettings = Required<
  Pick<SandboxOptions, 'port' | 'latencyMs' | 'latencyJitterMs' | 'faults' | 'faultSeed'>
> &
  Pick<SandboxOptions, 'quota'>;

export type SandboxSettingsResult = { ok: true; options: SandboxSettings } | { ok: false; problems: string[] };

/** The SANDBOX_* settings, or every problem with them. */
export function parseSandboxSettings(env: Env): SandboxSettingsResult {
  const problems: string[] = [];
  const read = new SettingReader(env, problems);
  const quotaText = read.optionalString('SANDBOX_QUOTA');
  const quota = quotaText === undefined ? undefined : parseQuota(quotaText);
  if (quotaText !== undefined && !quota) read.problem(`SANDBOX_QUOTA must look like 150/60 (got "${quotaText}")`);
  const rules = read.parsed('SANDBOX_FAULTS', (raw) => asProblem(() => parseFaultRules(raw))) ?? [];
  const mix = read.parsed('SANDBOX_FAULT_RATE', (raw) => asProblem(() => faultMix(Number(raw)))) ?? [];
  const options: SandboxSettings = {
    port: read.port('SANDBOX_PORT', 4010),
    latencyMs: read.integer('SANDBOX_LATENCY_MS', 0, { min: 0, max: 60_000 }),
    latencyJitterMs: read.integer('SANDBOX_LATENCY_JITTER_MS', 0, { min: 0, max: 60_000 }),
    faults: [...rules, ...mix],
    faultSeed: read.integer('SANDBOX_FAULT_SEED', 1, { min: 0, max: 2 ** 31 - 1 }),
    ...(quota && { quota }),
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, options };
}

/** `npm run sandbox`'s settings; throws one `ConfigError` listing every problem found. */
export function loadSandboxSettings(env: Env = process.env): SandboxSettings {
  const settings = parseSandboxSettings(env);
  if (!settings.ok) throw new ConfigError(settings.problems);
  return settings.options;
}

function asProblem<T>(parse: () => T): T | { problem: string } {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof FaultSpecError)) throw error;
    return { problem: error.message };
  }
}
