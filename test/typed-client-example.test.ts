/**
 * examples/typed-client, as a frontend team would use it: its types generated from the committed schema
 * with the client preset, typechecked, and its operations run through urql against a gateway on the
 * sandbox. A schema change that breaks its operations fails codegen; one that changes a type it relies
 * on (a Decimal that is not a string, say) fails its typecheck.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useFileStack } from './support/file-stack.js';

const run = promisify(execFile);
const EXAMPLE = fileURLToPath(new URL('../examples/typed-client', import.meta.url));

/** Runs an npm script of the example; its output on failure says why. */
async function npmRun(script: string, env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await run('npm', ['run', '-s', script], { cwd: EXAMPLE, env: { ...process.env, ...env } });
  return stdout;
}

describe('the typed client example', () => {
  const stack = useFileStack();

  it('generates its types, typechecks, and runs its operations against the gateway', { timeout: 180_000 }, async () => {
    await npmRun('codegen');
    await npmRun('typecheck');

    const output = await npmRun('start', { GATEWAY_URL: `${stack.gatewayUrl}/graphql` });

    expect(output.trimEnd().split('\n')).toEqual([
      'Payment 117: COMPLETED, GBP 156.5300, created 2025-05-01, ' +
        'invoices 00000141 GBP 0.7800, 00000142 GBP 120.5000, 00000143 GBP 35.2500',
      'Invoice 141: 4 payments, largest first: 242 GBP 1714.9600, 254 GBP 1201.3000 ' +
        '(more after cursor T2Zmc2V0Q29ubmVjdGlvbjox)',
      'Recorded payment 541; sent again with the same key: payment 541, recorded once',
      'Page shown: 3 payments, transactions still loading',
      'All parts in: 541 OfflineTransaction; 540 OfflineTransaction; 539 CreditCardTransaction',
    ]);
    const requests = stack.upstreamRequests();
    // The write is sent once: the second send with the same key is answered by the gateway.
    expect(requests.slice(0, 4)).toEqual([
      'GET /payments/117',
      'GET /payments?sortBy=totalAmount&orderBy=DESC&invoiceId=141&offset=0&limit=2',
      'POST /payments/offline',
      'GET /payments?offset=0&limit=3',
    ]);
    // The three deferred transactions calls go out together, so they arrive in any order.
    expect(requests.slice(4).sort()).toEqual([
      'GET /payments/539/transactions',
      'GET /payments/540/transactions',
      'GET /payments/541/transactions',
    ]);
  });
});
