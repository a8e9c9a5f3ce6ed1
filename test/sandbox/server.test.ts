import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WirePayment } from '../../src/upstream/b2b/payments-types.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { call, PAYMENT_NOT_FOUND, parameterError } from './helpers.js';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});

afterAll(async () => {
  await sandbox.close();
});

beforeEach(() => {
  sandbox.log.clear();
});

describe('sandbox server', () => {
  it('listens on a free port of 127.0.0.1 under the real base path', () => {
    expect(sandbox.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sandbox.baseUrl).toBe(`${sandbox.origin}/api/v3/io/ip`);
  });

  it.each([
    ['no token', { token: null }],
    ['no store hash', { storeHash: null }],
    ['an empty token', { token: '' }],
    ['an empty store hash', { storeHash: '' }],
  ])('answers 401 with the documented body to a request with %s', async (_, options) => {
    const reply = await call(sandbox, '/payments/117', options);
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({
      code: 401,
      data: { errMsg: 'Invalid token header. No credentials provided.' },
      meta: { message: 'Invalid token header. No credentials provided.' },
    });
  });

  it('sends JSON, a unique request id and a full B2B rate-limit quota on every response', async () => {
    const first = await call(sandbox, '/payments/117');
    const second = await call(sandbox, '/payments/999999');
    for (const reply of [first, second]) {
      expect(reply.headers.get('content-type')).toBe('application/json');
      expect(reply.headers.get('x-request-id')).toMatch(/^sbx-\d{6,}$/);
      expect(reply.headers.get('x-requests-allocated')).toBe('150 times/60 s');
      expect(reply.headers.get('x-requests-remaining')).toBe('150 times');
      expect(reply.headers.get('x-request-window-resets-after')).toMatch(/^\d+(\.\d+)? s$/);
    }
    expect(first.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'));
  });

  it('answers 404 to unknown routes, inside or outside the base path', async () => {
    const expected = { code: 404, data: { errMsg: 'Not Found' }, meta: { message: 'Not Found Error' } };
    for (const path of ['/invoices', '/payments/117/refunds', '/payments/']) {
      const reply = await call(sandbox, path);
      expect([path, reply.status, reply.body]).toEqual([path, 404, expected]);
    }
    const outside = await fetch(`${sandbox.origin}/api/v3/io/payments`, {
      headers: { 'X-Auth-Token': 't', 'X-Store-Hash': 's' },
    });
    expect(outside.status).toBe(404);
  });

  it('answers 405 with Allow to a known path with the wrong method', async () => {
    const reply = await call(sandbox, '/payments/117/transactions', { method: 'POST', body: {} });
    expect(reply.status).toBe(405);
    expect(reply.headers.get('allow')).toBe('GET');
    expect(reply.body).toEqual({
      code: 405,
      data: { errMsg: 'Method Not Allowed' },
      meta: { message: 'Method Not Allowed' },
    });
  });

  it('reads GET /payments/offline as payment "offline", which does not exist', async () => {
    const reply = await call(sandbox, '/payments/offline');
    expect([reply.status, reply.body]).toEqual([404, PAYMENT_NOT_FOUND]);
  });

  it('answers 422 "Invalid request data" to a malformed JSON body', async () => {
    const reply = await call(sandbox, '/payments/offline', { method: 'POST', body: '{"lineItems": [' });
    expect(reply.status).toBe(422);
    expect(reply.body).toEqual(parameterError({ errMsg: 'Invalid request data' }));
  });

  it('logs every request, rejected ones included, without the token', async () => {
    await call(sandbox, '/payments?limit=2&channelIds=1&channelIds=2', { token: 'secret-token-value' });
    await call(sandbox, '/payments/offline', { method: 'POST', body: { currency: 'USD' } });
    await call(sandbox, '/payments/117', { storeHash: null, token: 'secret-token-value' });

    const entries = sandbox.log.entries();
    expect(entries.map(({ seq, at, ...rest }) => rest)).toEqual([
      {
        method: 'GET',
        path: '/payments',
        query: { limit: '2', channelIds: ['1', '2'] },
        body: null,
        storeHash: 'store-a',
        status: 200,
      },
      {
        method: 'POST',
        path: '/payments/offline',
        query: {},
        body: { currency: 'USD' },
        storeHash: 'store-a',
        status: 422,
      },
      { method: 'GET', path: '/payments/117', query: {}, body: null, storeHash: null, status: 401 },
    ]);
    const [first, second, third] = entries;
    expect(second?.seq).toBe((first?.seq ?? 0) + 1);
    expect(third?.seq).toBe((first?.seq ?? 0) + 2);
    expect(first?.at).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(entries)).not.toContain('secret-token-value');
  });

  it('hands out copies of the log', async () => {
    await call(sandbox, '/payments/117');
    const [entry] = sandbox.log.entries();
    if (entry === undefined) throw new Error('no entry');
    entry.path = '/changed';
    expect(sandbox.log.entries()[0]?.path).toBe('/payments/117');
  });

  it('serves and clears the log over HTTP, without logging those calls', async () => {
    await call(sandbox, '/payments/117');
    const read = await fetch(`${sandbox.origin}/__sandbox/requests`);
    const readBody = (await read.json()) as { data: Array<{ path: string }> };
    expect(read.status).toBe(200);
    expect(readBody.data.map((entry) => entry.path)).toEqual(['/payments/117']);

    const cleared = await fetch(`${sandbox.origin}/__sandbox/requests`, { method: 'DELETE' });
    expect(cleared.status).toBe(200);
    expect(sandbox.log.entries()).toEqual([]);
    await fetch(`${sandbox.origin}/__sandbox/requests`);
    expect(sandbox.log.entries()).toEqual([]);
  });

  it('keeps each store hash to its own data', async () => {
    const deleted = await call(sandbox, '/payments/117', { method: 'DELETE', storeHash: 'store-isolated-1' });
    expect(deleted.status).toBe(200);

    const gone = await call(sandbox, '/payments/117', { storeHash: 'store-isolated-1' });
    const kept = await call<WirePayment>(sandbox, '/payments/117', { storeHash: 'store-isolated-2' });
    expect(gone.status).toBe(404);
    expect(kept.status).toBe(200);
    expect(kept.body.data.storeHash).toBe('store-isolated-2');
  });

  it('gives every store the same seed apart from the store hash', async () => {
    const one = await call<WirePayment[]>(sandbox, '/payments?limit=250', { storeHash: 'store-seed-1' });
    const two = await call<WirePayment[]>(sandbox, '/payments?limit=250', { storeHash: 'store-seed-2' });
    const withoutHash = (payments: WirePayment[]) => payments.map(({ storeHash, ...rest }) => rest);
    expect(one.body.data.every((payment) => payment.storeHash === 'store-seed-1')).toBe(true);
    expect(withoutHash(two.body.data)).toEqual(withoutHash(one.body.data));
  });
});

describe('sandbox latency', () => {
  it('delays every response by latencyMs', async () => {
    const slow = await startSandbox({ latencyMs: 150 });
    try {
      const started = performance.now();
      const reply = await call(slow, '/payments/117');
      expect(reply.status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    } finally {
      await slow.close();
    }
  });
});
