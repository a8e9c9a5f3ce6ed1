/** The SANDBOX_* settings as the sandbox reads them, and `npm run sandbox` refusing bad ones. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/server.js';
import { parseSandboxSettings } from '../../src/sandbox/settings.js';

describe('parseSandboxSettings', () => {
  it('gives the documented defaults when nothing is set, blank values included', () => {
    const defaults = { ok: true, options: { port: 4010, latencyMs: 0, latencyJitterMs: 0, faults: [], faultSeed: 1 } };

    expect(parseSandboxSettings({})).toEqual(defaults);
    expect(parseSandboxSettings({ SANDBOX_PORT: ' ', SANDBOX_QUOTA: '', SANDBOX_FAULTS: '' })).toEqual(defaults);
  });

  it('reads every variable, the listed fault rules before the rate', () => {
    const outcome = parseSandboxSettings({
      SANDBOX_PORT: '0',
      SANDBOX_LATENCY_MS: '50',
      SANDBOX_LATENCY_JITTER_MS: '20',
      SANDBOX_QUOTA: ' 150/60 ',
      SANDBOX_FAULTS: '[{"method":"GET","path":"/payments/117","times":1,"action":{"kind":"respond","status":503}}]',
      SANDBOX_FAULT_RATE: '0.06',
      SANDBOX_FAULT_SEED: '7',
    });

    if (!outcome.ok) throw new Error(outcome.problems.join('; '));
    const { faults, ...rest } = outcome.options;
    expect(rest).toEqual({
      port: 0,
      latencyMs: 50,
      latencyJitterMs: 20,
      quota: { limit: 150, windowMs: 60_000 },
      faultSeed: 7,
    });
    expect(faults[0]).toEqual({
      method: 'GET',
      path: '/payments/117',
      times: 1,
      action: { kind: 'respond', status: 503 },
    });
    expect(faults.slice(1).map((rule) => rule.action.kind)).toEqual([
      'respond',
      'reset',
      'delay',
      'stall',
      'malformed',
      'oversize',
    ]);
  });

  it('reports every problem at once, in the words of the gateway settings', () => {
    expect(
      parseSandboxSettings({
        SANDBOX_PORT: 'eighty',
        SANDBOX_LATENCY_MS: '-5',
        SANDBOX_LATENCY_JITTER_MS: '60001',
        SANDBOX_QUOTA: 'lots',
        SANDBOX_FAULTS: '{}',
        SANDBOX_FAULT_RATE: '2',
        SANDBOX_FAULT_SEED: '1.5',
      }),
    ).toEqual({
      ok: false,
      problems: [
        'SANDBOX_QUOTA must look like 150/60 (got "lots")',
        'SANDBOX_FAULTS: fault rules must be a JSON array of rules',
        'SANDBOX_FAULT_RATE: fault rate must be from 0 to 1 (got 2)',
        'SANDBOX_PORT must be a whole number from 0 to 65535 (got "eighty")',
        'SANDBOX_LATENCY_MS must be a whole number from 0 to 60000 (got "-5")',
        'SANDBOX_LATENCY_JITTER_MS must be a whole number from 0 to 60000 (got "60001")',
        'SANDBOX_FAULT_SEED must be a whole number from 0 to 2147483647 (got "1.5")',
      ],
    });
  });

  it('names the rule and the field of a bad fault rule', () => {
    expect(parseSandboxSettings({ SANDBOX_FAULTS: '[{"probability":2,"action":{"kind":"reset"}}]' })).toEqual({
      ok: false,
      problems: ['SANDBOX_FAULTS: rule 0.probability: must be from 0 to 1'],
    });
  });
});

/** Runs `npm run sandbox`'s entry point to its exit; it must stop by itself. */
async function runToExit(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/sandbox/main.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

describe('npm run sandbox, stopped at start', () => {
  it('prints every settings problem and exits 1 without serving', async () => {
    const run = await runToExit({ SANDBOX_PORT: '0', SANDBOX_QUOTA: 'lots', SANDBOX_LATENCY_MS: 'slow' });

    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'Invalid configuration:',
        '  - SANDBOX_QUOTA must look like 150/60 (got "lots")',
        '  - SANDBOX_LATENCY_MS must be a whole number from 0 to 60000 (got "slow")',
        '',
      ].join('\n'),
    });
  });

  it('says in one line which setting to change when its port is in use, and exits 1', async () => {
    const taken = await startSandbox();
    try {
      const port = new URL(taken.origin).port;
      const run = await runToExit({ SANDBOX_PORT: port });

      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr: `sandbox: port ${port} is in use; set SANDBOX_PORT to a free port (0 picks one)\n`,
      });
    } finally {
      await taken.close();
    }
  });
});
