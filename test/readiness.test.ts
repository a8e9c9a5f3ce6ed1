import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ReadinessProbe } from '../src/readiness.js';
import type { Sandbox } from '../src/sandbox/server.js';
import { createUpstream, type Upstream } from '../src/upstream/index.js';
import { startStack, TEST_CREDENTIALS, type TestStack } from './support/stack.js';

/** A stack whose /ready probe checks the stack's own sandbox, on a clock the test moves. */
async function startStackWithProbe(credentials: typeof TEST_CREDENTIALS | undefined) {
  const clock = { now: 1_000_000 };
  let upstream: Upstream | undefined;
  const probeOf = (sandbox: Sandbox) =>
    new ReadinessProbe({
      upstream: (upstream = createUpstream({
        b2bBaseUrl: new URL(sandbox.baseUrl),
        bcBaseUrl: new URL(sandbox.origin),
        callTimeoutMs: 5_000,
        maxInFlight: 2,
        connections: 2,
        resilience: loadConfig({}).resilience,
      })),
      credentials,
      cacheMs: 5_000,
      now: () => clock.now,
    });
  let probe: ReadinessProbe | undefined;
  const stack = await startStack({
    auth: credentials ? { kind: 'server', credentials } : { kind: 'per-request' },
    app: (sandbox) => ({ readiness: (probe = probeOf(sandbox)) }),
  });
  if (!probe) throw new Error('the stack did not build its app');
  return {
    stack,
    probe,
    clock,
    close: async () => {
      await stack.close();
      await upstream?.close();
    },
  };
}

describe('/ready', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(() => close?.());

  const ready = async (stack: TestStack) => {
    const response = await fetch(`${stack.gatewayUrl}/ready`);
    return { status: response.status, body: await response.json() };
  };

  it('reads one payment with the server credentials, and reuses the verdict for a few seconds', async () => {
    const started = await startStackWithProbe(TEST_CREDENTIALS);
    close = started.close;

    expect(await ready(started.stack)).toEqual({ status: 200, body: { status: 'ready' } });
    expect(await ready(started.stack)).toEqual({ status: 200, body: { status: 'ready' } });
    expect(started.stack.upstreamRequests()).toEqual(['GET /payments?limit=1']);
    expect(started.stack.sandbox.log.entries()[0]?.storeHash).toBe(TEST_CREDENTIALS.storeHash);

    started.clock.now += 5_000;
    await ready(started.stack);
    expect(started.stack.upstreamRequests()).toEqual(['GET /payments?limit=1', 'GET /payments?limit=1']);
  });

  it('answers 503 with no detail when the upstream refuses the credentials or fails', async () => {
    const started = await startStackWithProbe(TEST_CREDENTIALS);
    close = started.close;
    started.stack.sandbox.faults.add({
      times: 1,
      action: {
        kind: 'respond',
        status: 401,
        body: { code: 401, data: { errMsg: 'Invalid token header.' }, meta: {} },
      },
    });

    expect(await ready(started.stack)).toEqual({ status: 503, body: { status: 'unavailable' } });

    // One dropped connection is retried like any read; an upstream that keeps dropping them is not ready.
    started.clock.now += 5_000;
    started.stack.sandbox.faults.add({ action: { kind: 'reset' } });
    expect(await ready(started.stack)).toEqual({ status: 503, body: { status: 'unavailable' } });
  });

  it('stays ready when the store quota is spent: every replica shares it', async () => {
    const started = await startStackWithProbe(TEST_CREDENTIALS);
    close = started.close;
    started.stack.sandbox.faults.add({ times: 1, action: { kind: 'respond', status: 429 } });

    expect(await ready(started.stack)).toEqual({ status: 200, body: { status: 'ready' } });
  });

  it('in per-request mode only checks that the upstream answers, sending no credentials', async () => {
    const started = await startStackWithProbe(undefined);
    close = started.close;

    expect(await ready(started.stack)).toEqual({ status: 200, body: { status: 'ready' } });
    expect(started.stack.sandbox.log.entries().map((entry) => [entry.path, entry.status, entry.storeHash])).toEqual([
      ['/payments', 401, null],
    ]);
  });

  it('answers 503 once draining, without asking the upstream', async () => {
    const started = await startStackWithProbe(TEST_CREDENTIALS);
    close = started.close;

    started.probe.markDraining();

    expect(await ready(started.stack)).toEqual({ status: 503, body: { status: 'unavailable' } });
    expect(started.stack.upstreamRequests()).toEqual([]);
  });
});

describe('/health', () => {
  it('answers 200 without touching the upstream', async () => {
    const stack = await startStack();
    try {
      const response = await fetch(`${stack.gatewayUrl}/health`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      expect(stack.upstreamRequests()).toEqual([]);
    } finally {
      await stack.close();
    }
  });
});
