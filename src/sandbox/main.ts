/**
 * `npm run sandbox`: runs the sandbox on 127.0.0.1 until SIGINT/SIGTERM, with the SANDBOX_* settings the
 * embedded sandbox of `npm start` reads too (config.ts `loadSandboxSettings`; README "Fault injection in
 * the sandbox"):
 *   SANDBOX_PORT (default 4010), SANDBOX_LATENCY_MS (default 0), SANDBOX_LATENCY_JITTER_MS (default 0);
 *   SANDBOX_QUOTA `<limit>/<window seconds>`, e.g. `150/60` (the real API's): per-store quota with 429s, off by default;
 *   SANDBOX_FAULT_RATE, e.g. `0.05`: that share of requests fails, spread evenly over every kind of fault;
 *   SANDBOX_FAULTS: a JSON array of fault rules (see fault-spec.ts), tried before the rate's;
 *   SANDBOX_FAULT_SEED (default 1): replays the same chances.
 */
import { loadedOrExit } from '../config.js';
import { loadSandboxSettings } from '../ops/embedded-sandbox.js';
import { startSandbox } from './server.js';

const settings = loadedOrExit(() => loadSandboxSettings());

const sandbox = await startSandbox(settings);
const { quota, faults } = settings;
const quotaText = quota ? `, quota ${quota.limit} per ${quota.windowMs / 1000} s per store` : '';
console.log(`B2B payments sandbox listening on ${sandbox.baseUrl}${quotaText}, ${faults.length} fault rules`);

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
