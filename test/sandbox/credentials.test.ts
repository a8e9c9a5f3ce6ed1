/** The sandbox's credential pairs (`credentials`), on both APIs, over HTTP. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { call } from './helpers.js';

const TYPE = 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes';
const UNAUTHENTICATED = {
  code: 401,
  data: { errMsg: 'Invalid token header. No credentials provided.' },
  meta: { message: 'Invalid token header. No credentials provided.' },
};
const SERVER_ERROR = {
  code: 500,
  data: { errMsg: 'Internal Server Error' },
  meta: { message: 'Internal Server Error' },
};
const PURCHASE = {
  order_id: '123',
  payment_method_id: 'stripeupe.card',
  provider_transaction_id: 'pi_1',
  result: 'PAID',
};

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ credentials: { 'store-x': 'token-x', 'store-y': 'token-y' } });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.log.clear());

async function recordPurchase(storeHash: string, token: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${sandbox.origin}/stores/${storeHash}/v3/payments/transactions/purchases`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Auth-Token': token },
    body: JSON.stringify(PURCHASE),
  });
  return { status: response.status, body: await response.json() };
}

describe('a sandbox given credentials, on the B2B API', () => {
  it('answers a store its own data when its own token comes with its hash', async () => {
    const reply = await call(sandbox, '/payments/117', { token: 'token-y', storeHash: 'store-y' });

    expect(reply.status).toBe(200);
    expect(reply.body.data).toMatchObject({ id: 117, storeHash: 'store-y' });
  });

  it.each([
    ['a token it does not know', 'token-z', 'store-y'],
    ['a token in another case', 'TOKEN-Y', 'store-y'],
    ['a store hash as the token', 'store-y', 'store-y'],
  ])('answers the documented 401 to %s', async (_, token, storeHash) => {
    const reply = await call(sandbox, '/payments/117', { token, storeHash });

    expect([reply.status, reply.body]).toEqual([401, UNAUTHENTICATED]);
  });

  it('answers a server error to a known token sent with another store hash, known or not', async () => {
    const other = await call(sandbox, '/payments/117', { token: 'token-x', storeHash: 'store-y' });
    const unknown = await call(sandbox, '/payments/117', { token: 'token-x', storeHash: 'store-q' });

    expect([other.status, other.body]).toEqual([500, SERVER_ERROR]);
    expect([unknown.status, unknown.body]).toEqual([500, SERVER_ERROR]);
  });

  it('refuses before any route runs: a refused write changes nothing', async () => {
    const refused = await call(sandbox, '/payments/117', { method: 'DELETE', token: 'token-x', storeHash: 'store-y' });
    const kept = await call(sandbox, '/payments/117', { token: 'token-y', storeHash: 'store-y' });

    expect(refused.status).toBe(500);
    expect(kept.status).toBe(200);
    const seen = sandbox.log.entries().map(({ method, path, storeHash, status }) => [method, path, storeHash, status]);
    expect(seen).toEqual([
      ['DELETE', '/payments/117', 'store-y', 500],
      ['GET', '/payments/117', 'store-y', 200],
    ]);
  });

  it('does not let a store hash named like an object member find a token', async () => {
    const reply = await call(sandbox, '/payments/117', { token: 'token-x', storeHash: 'constructor' });

    expect(reply.status).toBe(500);
  });
});

describe('a sandbox given credentials, on the Admin API', () => {
  it('records a transaction for the store of the token', async () => {
    const reply = await recordPurchase('store-x', 'token-x');

    expect(reply.status).toBe(201);
    expect(sandbox.recordedTransactions('store-x').map((transaction) => transaction.body)).toContainEqual(PURCHASE);
  });

  it('answers the Admin 401 to a token it does not know, and a 500 to a known token for another store', async () => {
    const recordedBefore = sandbox.recordedTransactions('store-x');
    const unknown = await recordPurchase('store-x', 'token-z');
    const other = await recordPurchase('store-x', 'token-y');

    expect(unknown).toEqual({
      status: 401,
      body: {
        status: 401,
        title: 'Unauthorized',
        type: TYPE,
        detail: 'The X-Auth-Token is not a valid API account token.',
      },
    });
    expect(other).toEqual({ status: 500, body: { status: 500, title: 'Internal Server Error', type: TYPE } });
    expect(sandbox.recordedTransactions('store-x')).toEqual(recordedBefore);
  });
});

describe('a sandbox given credentials and a quota', () => {
  it("spends none of a store's quota on requests refused for their credentials", async () => {
    const limited = await startSandbox({
      credentials: { 'store-y': 'token-y' },
      quota: { limit: 2, windowMs: 60_000 },
    });
    const send = (token: string) => call(limited, '/payments/117', { token, storeHash: 'store-y' });
    try {
      const refused = [];
      for (let i = 0; i < 3; i += 1) refused.push(await send('token-z'));
      const own = [];
      for (let i = 0; i < 3; i += 1) own.push(await send('token-y'));

      expect(refused.map((reply) => [reply.status, reply.headers.get('x-requests-remaining')])).toEqual([
        [401, '2 times'],
        [401, '2 times'],
        [401, '2 times'],
      ]);
      expect(own.map((reply) => [reply.status, reply.headers.get('x-requests-remaining')])).toEqual([
        [200, '1 times'],
        [200, '0 times'],
        [429, '0 times'],
      ]);
    } finally {
      await limited.close();
    }
  });
});

describe('a sandbox without credentials', () => {
  it('accepts any non-empty pair on both APIs, as before', async () => {
    const open = await startSandbox();
    try {
      const reply = await call(open, '/payments/117', { token: 'anything', storeHash: 'any-store' });
      const admin = await fetch(`${open.origin}/stores/any-store/v3/payments/transactions/purchases`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Auth-Token': 'anything' },
        body: JSON.stringify(PURCHASE),
      });

      expect(reply.status).toBe(200);
      expect(admin.status).toBe(201);
    } finally {
      await open.close();
    }
  });
});
