import { print } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { PaymentTotalDocument } from './gql/graphql.js';
import { GatewayProcess } from './support/gateway-process.js';

/** A process start and a drain each take seconds on a loaded machine. */
const PROCESS_TEST_MS = 60_000;

describe('graceful shutdown', () => {
  let gateway: GatewayProcess | undefined;
  afterEach(() => gateway?.kill());

  /** Starts the gateway on a slow sandbox and one query that is in flight once this resolves. */
  async function startWithQueryInFlight(env: { SANDBOX_LATENCY_MS: string; SHUTDOWN_GRACE_MS: string }) {
    gateway = GatewayProcess.start(['dist/main.js'], env);
    const listening = await gateway.logLine('listening');
    const gatewayUrl = `http://127.0.0.1:${listening['port']}`;
    const answer = fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(PaymentTotalDocument), variables: { id: '117' } }),
    }).then(async (response) => ({ status: response.status, body: await response.json() }));
    // The sandbox logs a request when it arrives, then waits out its latency: the query is now in flight.
    await untilUpstreamReceived(new URL(String(listening['upstream'])).origin);
    return { gateway, gatewayUrl, answer };
  }

  it(
    'on SIGTERM refuses new connections, finishes the slow query in flight, and exits 0',
    async () => {
      const { gateway, gatewayUrl, answer } = await startWithQueryInFlight({
        SANDBOX_LATENCY_MS: '1500',
        SHUTDOWN_GRACE_MS: '15000',
      });

      gateway.signal('SIGTERM');
      await gateway.logLine('draining');

      await expect(fetch(`${gatewayUrl}/health`)).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
      expect(await answer).toEqual({
        status: 200,
        body: { data: { payment: { id: '117', total: { currencyCode: 'GBP', value: '156.5300' } } } },
      });
      expect(await gateway.exited).toBe(0);
      expect(gateway.lines.map((line) => line.msg)).toEqual([
        expect.stringMatching(/^listening on /),
        'draining',
        'graphql request',
        'stopped',
      ]);
    },
    PROCESS_TEST_MS,
  );

  it(
    'logs a second SIGTERM while draining and still lets the query in flight finish',
    async () => {
      const { gateway, answer } = await startWithQueryInFlight({
        SANDBOX_LATENCY_MS: '1500',
        SHUTDOWN_GRACE_MS: '15000',
      });

      gateway.signal('SIGTERM');
      await gateway.logLine('draining');
      gateway.signal('SIGTERM');
      await gateway.logLine('shutdown: already draining, signal ignored: the grace period still holds');

      expect((await answer).status).toBe(200);
      expect(await gateway.exited).toBe(0);
      expect(gateway.lines.map((line) => line.msg)).toEqual([
        expect.stringMatching(/^listening on /),
        'draining',
        'shutdown: already draining, signal ignored: the grace period still holds',
        'graphql request',
        'stopped',
      ]);
    },
    PROCESS_TEST_MS,
  );

  it(
    'cuts a request still running after SHUTDOWN_GRACE_MS and exits 1',
    async () => {
      const { gateway, answer } = await startWithQueryInFlight({
        SANDBOX_LATENCY_MS: '5000',
        SHUTDOWN_GRACE_MS: '100',
      });

      gateway.signal('SIGTERM');

      await expect(answer).rejects.toThrow();
      expect(await gateway.exited).toBe(1);
      expect(gateway.lines.map((line) => line.msg)).toEqual([
        expect.stringMatching(/^listening on /),
        'draining',
        'shutdown: grace period over, cutting requests still running',
      ]);
    },
    PROCESS_TEST_MS,
  );
});

async function untilUpstreamReceived(sandboxOrigin: string): Promise<void> {
  for (;;) {
    const response = await fetch(`${sandboxOrigin}/__sandbox/requests`);
    const { data } = (await response.json()) as { data: unknown[] };
    if (data.length > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
