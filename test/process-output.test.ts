/**
 * What the gateway (its build: `npm test` builds first) writes while it serves: JSON log lines on stdout and
 * nothing else, on either stream, even for documents that graphql-jit cannot compile or would warn about.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { GatewayProcess } from './support/gateway-process.js';

describe('the gateway process output', () => {
  let gateway: GatewayProcess | undefined;
  afterEach(() => gateway?.kill());

  it('is JSON log lines only, whatever documents come in, each sent three times', async () => {
    gateway = GatewayProcess.start(['dist/main.js'], {});
    const listening = await gateway.logLine('listening');
    const documents = [
      'subscription Watch { __typename }',
      '{ _entities(representations: [{ __typename: "Payment", id: "117" }]) { ... on Payment { id } } }',
      '{ payment(id: "117") { id createdAt } }',
      '{ payment(id: "117") { id nope } }',
    ];
    for (const query of documents) {
      for (let send = 0; send < 3; send += 1) {
        await fetch(`http://127.0.0.1:${listening['port']}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
      }
    }
    gateway.signal('SIGTERM');
    expect(await gateway.exited).toBe(0);

    expect(gateway.otherOutput).toEqual([]);
    expect(gateway.lines.filter((line) => line.msg === 'graphql request')).toHaveLength(documents.length * 3);
  }, 60_000);
});
