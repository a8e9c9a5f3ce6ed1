/**
 * `npm run sandbox`: runs the sandbox on 127.0.0.1 until SIGINT/SIGTERM. The only sandbox module that reads
 * process.env:
 *   SANDBOX_PORT (default 4010), SANDBOX_LATENCY_MS (default 0), SANDBOX_LATENCY_JITTER_MS (default 0);
 *   SANDBOX_QUOTA `<limit>/<window seconds>`, e.g. `150/60` (the real API's): per-store quota with 429s, off by default;
 *   SANDBOX_FAULT_RATE, e.g. `0.05`: that share of requests fails, spread evenly over every kind of fault;
 *   SANDBOX_FAULTS: a JSON array of fault rules (see fault-spec.ts), tried before the rate's;
 *   SANDBOX_FAULT_SEED (default 1): replays the same chances.
 */
import { FaultSpecError, faultMix, parseFaultRules } from './fault-spec.js';
import { parseQuota } from './rate-limit.js';
import { startSandbox } from './server.js';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function readNonNegativeInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) fail(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function readOptional<T>(name: string, parse: (raw: string) => T): T | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  try {
    return parse(raw);
  } catch (error) {
    if (error instanceof FaultSpecError) fail(`${name}: ${error.message}`);
    throw error;
  }
}

const quota = readOptional('SANDBOX_QUOTA', (raw) => parseQuota(raw) ?? fail(`SANDBOX_QUOTA must look like 150/60, got "${raw}"`));
const rules = readOptional('SANDBOX_FAULTS', parseFaultRules) ?? [];
const mix = readOptional('SANDBOX_FAULT_RATE', (raw) => faultMix(Number(raw))) ?? [];

const sandbox = await startSandbox({
  port: readNonNegativeInteger('SANDBOX_PORT', 4010),
  latencyMs: readNonNegativeInteger('SANDBOX_LATENCY_MS', 0),
  latencyJitterMs: readNonNegativeInteger('SANDBOX_LATENCY_JITTER_MS', 0),
  faultSeed: readNonNegativeInteger('SANDBOX_FAULT_SEED', 1),
  faults: [...rules, ...mix],
  ...(quota && { quota }),
});
const quotaText = quota ? `, quota ${quota.limit} per ${quota.windowMs / 1000} s per store` : '';
console.log(`B2B payments sandbox listening on ${sandbox.baseUrl}${quotaText}, ${rules.length + mix.length} fault rules`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('sandbox: close failed', error);
        process.exit(1);
      },
    );
  });
}
