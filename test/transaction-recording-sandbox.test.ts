/** The sandbox's Payments Transactions endpoints, over HTTP as the gateway calls them. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/sandbox/server.js';

const TYPE = 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const purchases = (store: string) => `/stores/${store}/v3/payments/transactions/purchases`;
const authorizations = (store: string) => `/stores/${store}/v3/payments/transactions/authorizations`;

const MINIMAL = {
  order_id: '123',
  payment_method_id: 'stripeupe.card',
  provider_transaction_id: 'pi_1',
  result: 'PAID',
};

interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
}

// Each test records in a store of its own: the sandbox keeps what every test recorded, and its quota.
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());
beforeEach(() => {
  sandbox.log.clear();
  sandbox.faults.clear();
});

/** Sends a JSON body (a string as it is) with an Admin API token and no B2B store header. */
async function post(
  path: string,
  body: unknown,
  options: { token?: string | null; method?: string } = {},
): Promise<Reply> {
  const token = options.token === undefined ? 'admin-token' : options.token;
  const response = await fetch(sandbox.origin + path, {
    method: options.method ?? 'POST',
    headers: { 'Content-Type': 'application/json', ...(token !== null && { 'X-Auth-Token': token }) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? null : JSON.parse(text) };
}

const adminError = (status: number, title: string, extra: Record<string, unknown> = {}) => ({
  status,
  title,
  type: TYPE,
  ...extra,
});
const invalid = (errors: Record<string, string>) =>
  adminError(422, 'JSON data is missing or invalid', {
    detail: 'The transaction was not recorded: see errors.',
    errors,
  });

describe('sandbox: recording transactions', () => {
  it('records a purchase and answers 201 with its UUID, the bare body and the Admin rate-limit headers', async () => {
    const reply = await post(purchases('store-a'), MINIMAL);

    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({ id: expect.stringMatching(UUID) });
    expect(sandbox.recordedTransactions('store-a')).toEqual([
      { id: (reply.body as { id: string }).id, kind: 'purchase', body: MINIMAL },
    ]);
    expect(Object.fromEntries([...reply.headers].filter(([name]) => name.startsWith('x-r')))).toEqual({
      'x-rate-limit-time-window-ms': '30000',
      'x-rate-limit-time-reset-ms': '30000',
      'x-rate-limit-requests-quota': '150',
      'x-rate-limit-requests-left': '150',
      'x-request-id': expect.stringMatching(/^sbx-\d+$/),
    });
  });

  it('records an authorization with the result it accepts, AUTHORIZED', async () => {
    const body = { ...MINIMAL, result: 'AUTHORIZED' };
    const reply = await post(authorizations('store-b'), body);

    expect(reply.status).toBe(201);
    expect(sandbox.recordedTransactions('store-b')).toEqual([
      { id: expect.stringMatching(UUID), kind: 'authorization', body },
    ]);
  });

  it('keeps each store its own transactions, and records the same provider transaction twice if sent twice', async () => {
    await post(purchases('store-c'), MINIMAL);
    await post(purchases('store-c'), MINIMAL);

    expect(sandbox.recordedTransactions('store-c').map((transaction) => transaction.body)).toEqual([MINIMAL, MINIMAL]);
    expect(sandbox.recordedTransactions('store-d')).toEqual([]);
  });

  it('treats null optional fields, and result objects with every property null, as left out', async () => {
    const body = {
      ...MINIMAL,
      status: null,
      is_test: null,
      provider_data: null,
      payment_instrument: null,
      avs_result: { code: null, message: null, street_match: null, postal_match: null },
      cvv_result: null,
    };
    const reply = await post(purchases('store-e'), body);

    expect(reply.status).toBe(201);
    expect(sandbox.recordedTransactions('store-e').map((transaction) => transaction.body)).toEqual([MINIMAL]);
  });

  it('records a provider_data key named __proto__ as it came, instead of dropping it', async () => {
    const text = `${JSON.stringify(MINIMAL).slice(0, -1)},"provider_data":{"__proto__":"x","b":"y"}}`;
    const reply = await post(purchases('store-m'), text);

    expect(reply.status).toBe(201);
    const [recorded] = sandbox.recordedTransactions('store-m');
    expect(Object.entries(recorded?.body.provider_data ?? {})).toEqual([
      ['__proto__', 'x'],
      ['b', 'y'],
    ]);
  });

  it('logs the request under its whole path, without a B2B store header', async () => {
    await post(purchases('store-log'), MINIMAL);

    expect(sandbox.log.entries()).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: purchases('store-log'),
        body: MINIMAL,
        storeHash: null,
        status: 201,
      }),
    ]);
  });

  it('applies scripted faults to these routes too', async () => {
    sandbox.faults.add({
      path: purchases('store-f'),
      times: 1,
      action: { kind: 'respond', status: 503, body: adminError(503, 'Unavailable') },
    });

    const failed = await post(purchases('store-f'), MINIMAL);
    const next = await post(purchases('store-f'), MINIMAL);

    expect([failed.status, failed.body]).toEqual([503, adminError(503, 'Unavailable')]);
    expect(next.status).toBe(201);
    expect(sandbox.recordedTransactions('store-f')).toHaveLength(1);
  });
});

describe('sandbox: Admin API errors', () => {
  it('answers 401 without an X-Auth-Token, and records nothing', async () => {
    for (const token of [null, '']) {
      const reply = await post(purchases('store-g'), MINIMAL, { token });
      expect([reply.status, reply.body]).toEqual([
        401,
        adminError(401, 'Unauthorized', { detail: 'No X-Auth-Token header was sent, or it is empty.' }),
      ]);
    }
    expect(sandbox.recordedTransactions('store-g')).toEqual([]);
  });

  it('answers 404 to unknown Admin routes, such as the announced captures endpoint', async () => {
    for (const path of [
      '/stores/store-a/v3/payments/transactions/captures',
      '/stores/store-a/v2/payments/transactions/purchases',
      '/stores/',
    ]) {
      const reply = await post(path, MINIMAL);
      expect([path, reply.status, reply.body]).toEqual([
        path,
        404,
        adminError(404, 'The route is not found, check the URL'),
      ]);
    }
  });

  it('answers 405 with Allow to another method on a transactions route', async () => {
    const reply = await post(purchases('store-get'), undefined, { method: 'GET' });

    expect([reply.status, reply.body, reply.headers.get('allow')]).toEqual([
      405,
      adminError(405, 'Method Not Allowed'),
      'POST',
    ]);
  });

  it.each([
    ['no body', undefined],
    ['a body that is not JSON', '{"order_id": '],
    ['a JSON array', [MINIMAL]],
    ['a JSON string', '"PAID"'],
  ])('answers 400 to %s', async (_, body) => {
    const reply = await post(purchases('store-h'), body);

    expect([reply.status, reply.body]).toEqual([
      400,
      adminError(400, 'Bad Request', { detail: 'The request body must be a JSON object.' }),
    ]);
    expect(sandbox.recordedTransactions('store-h')).toEqual([]);
  });

  it('answers 412 for an order the sandbox store does not have (ids above 9999)', async () => {
    const reply = await post(purchases('store-i'), { ...MINIMAL, order_id: '10000' });

    expect([reply.status, reply.body]).toEqual([
      412,
      adminError(412, 'Precondition Failed', { detail: 'Order 10000 does not exist.' }),
    ]);
    expect(sandbox.recordedTransactions('store-i')).toEqual([]);
  });

  it('answers 412 for a provider not enabled for the order', async () => {
    const reply = await post(authorizations('store-i'), {
      ...MINIMAL,
      result: 'AUTHORIZED',
      payment_method_id: 'worldpay.card',
    });

    expect([reply.status, reply.body]).toEqual([
      412,
      adminError(412, 'Precondition Failed', {
        detail: 'The payment provider "worldpay" is not enabled for the order\'s channel and currency.',
      }),
    ]);
  });
});

describe('sandbox: 422 validation', () => {
  const card = {
    type: 'CARD',
    issuer_identification_number: '234324',
    last4: '4242',
    brand: 'VISA',
    expires: { month: 12, year: 2030 },
  };

  it('lists every missing required field at once', async () => {
    const reply = await post(purchases('store-j'), {});

    expect([reply.status, reply.body]).toEqual([
      422,
      invalid({
        order_id: 'This field is required.',
        payment_method_id: 'This field is required.',
        provider_transaction_id: 'This field is required.',
        result: 'This field is required.',
      }),
    ]);
    expect(sandbox.recordedTransactions('store-j')).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ['an unknown field', { amount: '10.00' }, { amount: 'Unknown field.' }],
    ['an order id as a number', { order_id: 123 }, { order_id: 'Must be a string.' }],
    [
      'an order id of 0',
      { order_id: '0' },
      { order_id: 'Must be a positive whole number written as a string, such as "123".' },
    ],
    [
      'a payment method without a method',
      { payment_method_id: 'stripeupe' },
      { payment_method_id: 'Must be {provider}.{method}, such as "stripeupe.card".' },
    ],
    [
      'a blank provider transaction id',
      { provider_transaction_id: ' ' },
      { provider_transaction_id: 'Must not be blank.' },
    ],
    [
      'an authorization result on a purchase',
      { result: 'AUTHORIZED' },
      { result: 'Must be one of PAID for a purchase transaction.' },
    ],
    ['a status other than COMPLETE', { status: 'PENDING' }, { status: 'Must be COMPLETE.' }],
    ['is_test as a string', { is_test: 'false' }, { is_test: 'Must be true or false.' }],
    ['provider data that is a list', { provider_data: ['a'] }, { provider_data: 'Must be an object.' }],
    ['a provider data value that is a number', { provider_data: { a: 1 } }, { 'provider_data.a': 'Must be a string.' }],
    ['a blank provider data key', { provider_data: { '': 'x' } }, { provider_data: 'A key must not be blank.' }],
    [
      'a payment instrument without a card',
      { payment_instrument: {} },
      { 'payment_instrument.card': 'This field is required.' },
    ],
    [
      'an unknown payment instrument',
      { payment_instrument: { card, ach: {} } },
      { 'payment_instrument.ach': 'Unknown field.' },
    ],
    [
      'an unknown card field',
      { payment_instrument: { card: { ...card, cvc: '123' } } },
      { 'payment_instrument.card.cvc': 'Unknown field.' },
    ],
    [
      'a last4 of five digits',
      { payment_instrument: { card: { ...card, last4: '42424' } } },
      { 'payment_instrument.card.last4': 'Must be exactly four digits.' },
    ],
    [
      'an issuer identification number of 7 digits',
      { payment_instrument: { card: { ...card, issuer_identification_number: '2343241' } } },
      { 'payment_instrument.card.issuer_identification_number': 'Must be 6 or 8 digits.' },
    ],
    [
      'a card brand that is not a string',
      { payment_instrument: { card: { ...card, brand: 4 } } },
      { 'payment_instrument.card.brand': 'Must be a string.' },
    ],
    [
      'an expiry month of 13 and no year',
      { payment_instrument: { card: { ...card, expires: { month: 13 } } } },
      {
        'payment_instrument.card.expires.month': 'Must be a month from 1 to 12.',
        'payment_instrument.card.expires.year': 'This field is required.',
      },
    ],
    [
      'an expiry year as a string',
      { payment_instrument: { card: { ...card, expires: { month: 1, year: '2030' } } } },
      { 'payment_instrument.card.expires.year': 'Must be a whole number.' },
    ],
    [
      'a partial AVS result',
      { avs_result: { code: 'Y', message: 'match', street_match: null } },
      { avs_result: 'Give all of code, message, street_match, postal_match, or none of them.' },
    ],
    [
      'a partial CVV result',
      { cvv_result: { code: 'M' } },
      { cvv_result: 'Give all of code, message, or none of them.' },
    ],
    ['an AVS result with an unknown field', { avs_result: { zip: 'Y' } }, { 'avs_result.zip': 'Unknown field.' }],
    [
      'a CVV code that is not a string',
      { cvv_result: { code: 1, message: 'CVV matches' } },
      { 'cvv_result.code': 'Must be a string.' },
    ],
  ])('answers 422 to %s, naming the field', async (_, change, errors) => {
    const reply = await post(purchases('store-k'), { ...MINIMAL, ...change });

    expect([reply.status, reply.body]).toEqual([422, invalid(errors)]);
    expect(sandbox.recordedTransactions('store-k')).toEqual([]);
  });

  it('accepts every documented field of the reference example', async () => {
    const body = {
      ...MINIMAL,
      is_test: false,
      status: 'COMPLETE',
      provider_data: { mandate_method_id: 'sample_method_id', override_method_id: 'sample_override_method_id' },
      payment_instrument: { card },
      avs_result: { code: 'Y', message: 'Address and postal code match', street_match: 'Y', postal_match: 'Y' },
      cvv_result: { code: 'M', message: 'CVV matches' },
    };
    const reply = await post(purchases('store-l'), body);

    expect(reply.status).toBe(201);
    expect(sandbox.recordedTransactions('store-l').map((transaction) => transaction.body)).toEqual([body]);
  });
});
