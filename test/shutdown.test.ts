import { print } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { PaymentTotalDocument } from './gql/graphql.js';
import { GatewayProcess } from './support/gateway-process.js';

describe('graceful shutdown', () => {
  let gateway: GatewayProcess | undefined;
  afterAll(() => gateway?.kill());

  it('on SIGTERM refuses new connections, finishes the slow query in flight, and exits 0', async () => {
    gateway = GatewayProcess.start(['--import', 'tsx', 'src/main.ts'], { SANDBOX_LATENCY_MS: '1500', SHUTDOWN_GRACE_MS: '15000' });
    const listening = await gateway.logLine('listening');
    const gatewayUrl = `http://127.0.0.1:${listening['port']}`;
    const sandboxOrigin = new URL(String(listening['upstream'])).origin;

    const answer = fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(PaymentTotalDocument), variables: { id: '117' } }),
    }).then(async (response) => ({ status: response.status, body: await response.json() }));
    // The sandbox logs a request when it arrives, then waits out its latency: the query is now in flight.
    await untilUpstreamReceived(sandboxOrigin, 1);

    gateway.signal('SIGTERM');
    await gateway.logLine('draining');

    await expect(fetch(`${gatewayUrl}/health`)).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
    expect(await answer).toEqual({
      status: 200,
      body: { data: { payment: { id: '117', total: { currencyCode: 'GBP', value: '156.5300' } } } },
    });
    expect(await gateway.exited).toBe(0);
    expect(gateway.lines.map((line) => line.msg)).toEqual(['listening', 'draining', 'graphql request', 'stopped']);
  });
});

async function untilUpstreamReceived(sandboxOrigin: string, count: number): Promise<void> {
  for (;;) {
    const response = await fetch(`${sandboxOrigin}/__sandbox/requests`);
    const { data } = (await response.json()) as { data: unknown[] };
    if (data.length >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
