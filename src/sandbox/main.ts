/**
 * `npm run sandbox`: runs the sandbox on 127.0.0.1 until SIGINT/SIGTERM. The only sandbox module that reads
 * process.env: SANDBOX_PORT (default 4010) and SANDBOX_LATENCY_MS (default 0).
 */
import { startSandbox } from './server.js';

function readNonNegativeInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`${name} must be a non-negative integer, got "${raw}"`);
    process.exit(1);
  }
  return value;
}

const sandbox = await startSandbox({
  port: readNonNegativeInteger('SANDBOX_PORT', 4010),
  latencyMs: readNonNegativeInteger('SANDBOX_LATENCY_MS', 0),
});
console.log(`B2B payments sandbox listening on ${sandbox.baseUrl}`);

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
