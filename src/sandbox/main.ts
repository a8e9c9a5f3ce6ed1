/**
 * `npm run sandbox`: runs the sandbox on 127.0.0.1 until SIGINT/SIGTERM, with the SANDBOX_* settings
 * (settings.ts; docs/operations.md, "Fault injection in the sandbox"). A bad setting or a port in use stops it with
 * exit code 1 before it serves anything.
 */
import { parseSandboxSettings } from './settings.js';
import { startSandbox, type Sandbox } from './server.js';

const settings = parseSandboxSettings(process.env);
if (!settings.ok) {
  console.error(`Invalid configuration:\n${settings.problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
const { options } = settings;

let sandbox: Sandbox;
try {
  sandbox = await startSandbox(options);
} catch (error) {
  if (!(error instanceof Error && 'code' in error && error.code === 'EADDRINUSE')) throw error;
  console.error(`sandbox: port ${options.port} is in use; set SANDBOX_PORT to a free port (0 picks one)`);
  process.exit(1);
}
const { quota } = options;
const quotaText = quota ? `, quota ${quota.limit} per ${quota.windowMs / 1000} s per store` : '';
console.log(`B2B payments sandbox listening on ${sandbox.baseUrl}${quotaText}, ${options.faults.length} fault rules`);

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
