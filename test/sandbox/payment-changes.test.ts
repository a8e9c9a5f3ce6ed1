import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WirePayment, WirePaymentOperations } from '../../src/sandbox/wire.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { call, ids, listAll, PAYMENT_NOT_FOUND, parameterError } from './helpers.js';

const NOW = 1_767_225_600; // 2026-01-01T00:00:00Z
let sandbox: Sandbox;
let storeCount = 0;

beforeAll(async () => {
  sandbox = await startSandbox({ now: () => NOW });
});

afterAll(async () => {
  await sandbox.close();
});

/** Each test changes its own freshly seeded store. */
const freshStore = () => `store-changes-${++storeCount}`;

async function getPayment(id: number, storeHash: string): Promise<WirePayment> {
  const reply = await call<WirePayment>(sandbox, `/payments/${id}`, { storeHash });
  if (reply.status !== 200) throw new Error(`payment ${id}: ${reply.status}`);
  return reply.body.data;
}

const notAllowed = (errMsg: string) => ({ code: 400, data: { errMsg }, meta: { message: 'Not Found Error' } });

describe('POST /payments/{id}/operations', () => {
  it('reverts and re-applies invoice balances, moving the allowed operations along', async () => {
    const storeHash = freshStore();
    const reverted = await call(sandbox, '/payments/117/operations', {
      method: 'POST',
      body: { operationCode: 1 },
      storeHash,
    });
    expect(reverted.body).toEqual({ code: 200, data: { id: 117 }, meta: { message: 'SUCCESS' } });
    expect(await getPayment(117, storeHash)).toMatchObject({
      appliedStatus: 0,
      allowedOperations: [0],
      updatedAt: NOW,
    });
    const operations = await call<WirePaymentOperations>(sandbox, '/payments/117/operations', { storeHash });
    expect(operations.body.data.allowedOperations).toEqual([0]);

    await call(sandbox, '/payments/117/operations', { method: 'POST', body: { operationCode: 0 }, storeHash });
    expect(await getPayment(117, storeHash)).toMatchObject({ appliedStatus: 1, allowedOperations: [1] });
  });

  it.each([0, 2, 3])('answers the documented 400 to operation %i, not allowed on 117', async (operationCode) => {
    const storeHash = freshStore();
    const reply = await call(sandbox, '/payments/117/operations', {
      method: 'POST',
      body: { operationCode },
      storeHash,
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual(notAllowed('The payment operation is not allowed.'));
    expect(await getPayment(117, storeHash)).toMatchObject({ appliedStatus: 1, updatedAt: 1746130000 });
  });

  it('pulls updates from the order of a sales-order payment', async () => {
    const storeHash = freshStore();
    const salesOrder = (await listAll(sandbox, '', storeHash)).find(
      (payment) => payment.moduleName === 'payments_bigcommerce_sales_order',
    );
    if (salesOrder === undefined) throw new Error('no sales-order payment seeded');
    expect(salesOrder.allowedOperations).toContain(2);
    const reply = await call(sandbox, `/payments/${salesOrder.id}/operations`, {
      method: 'POST',
      body: { operationCode: 2 },
      storeHash,
    });
    expect(reply.status).toBe(200);
    expect(await getPayment(salesOrder.id, storeHash)).toEqual({ ...salesOrder, updatedAt: NOW });
  });

  it('answers 404 for an unknown payment', async () => {
    const reply = await call(sandbox, '/payments/999999/operations', { method: 'POST', body: { operationCode: 0 } });
    expect([reply.status, reply.body]).toEqual([404, PAYMENT_NOT_FOUND]);
  });
});

describe('PUT /payments/{id}/processing-status', () => {
  it('moves 117 to Refunded, then refuses the status it already has', async () => {
    const storeHash = freshStore();
    const put = (processingStatus: number) =>
      call(sandbox, '/payments/117/processing-status', { method: 'PUT', body: { processingStatus }, storeHash });

    const refunded = await put(4);
    expect(refunded.body).toEqual({ code: 200, data: { id: 117 }, meta: { message: 'SUCCESS' } });
    expect(await getPayment(117, storeHash)).toMatchObject({
      processingStatus: 4,
      allowedStatuses: [1, 2, 3],
      allowedOperations: [1],
      updatedAt: NOW,
    });

    const again = await put(4);
    expect(again.status).toBe(400);
    expect(again.body).toEqual(notAllowed('The payment processing status is not allowed.'));
  });

  it('lets nothing move an Incomplete payment', async () => {
    const storeHash = freshStore();
    const [incomplete] = await listAll(sandbox, 'processingStatus=0', storeHash);
    if (incomplete === undefined) throw new Error('no incomplete payment seeded');
    expect(incomplete.allowedStatuses).toEqual([]);
    const reply = await call(sandbox, `/payments/${incomplete.id}/processing-status`, {
      method: 'PUT',
      body: { processingStatus: 3 },
      storeHash,
    });
    expect(reply.body).toEqual(notAllowed('The payment processing status is not allowed.'));
  });
});

// Both changes document only 200 and 400: a body without a code they know gets the documented 400, and
// 0 (Incomplete) is a processing status to read, never to set.
describe.each([
  ['POST', 'operations', 'operationCode', [4, -1, 0.5, '0', null], 'The payment operation is not allowed.'],
  [
    'PUT',
    'processing-status',
    'processingStatus',
    [0, 5, 2.5, '4', null],
    'The payment processing status is not allowed.',
  ],
] as const)('%s /payments/{id}/%s with a bad body', (method, endpoint, field, badValues, errMsg) => {
  it.each<[string, unknown]>([
    ['{}', {}],
    ...badValues.map((value): [string, unknown] => [`${field}: ${JSON.stringify(value)}`, { [field]: value }]),
    ['a list', [1]],
    ['no body', undefined],
    ['malformed JSON', `{"${field}": `],
  ])('answers the documented 400 to %s, changing nothing', async (_, body) => {
    const storeHash = freshStore();
    const before = await getPayment(117, storeHash);
    const reply = await call(sandbox, `/payments/117/${endpoint}`, { method, body, storeHash });
    expect([reply.status, reply.body]).toEqual([400, notAllowed(errMsg)]);
    expect(await getPayment(117, storeHash)).toEqual(before);
  });
});

describe('DELETE /payments/{id}', () => {
  it('removes the payment from detail, lists and invoice filters', async () => {
    const storeHash = freshStore();
    const before = await listAll(sandbox, '', storeHash);
    const deleted = await call(sandbox, '/payments/117', { method: 'DELETE', storeHash });
    expect(deleted.body).toEqual({ code: 200, data: { id: 117 }, meta: { message: 'SUCCESS' } });

    expect((await call(sandbox, '/payments/117', { storeHash })).body).toEqual(PAYMENT_NOT_FOUND);
    const after = await call<WirePayment[]>(sandbox, '/payments', { storeHash });
    expect(after.body.meta.pagination?.totalCount).toBe(before.length - 1);
    expect(ids(await listAll(sandbox, 'invoiceId=141', storeHash))).not.toContain(117);

    const again = await call(sandbox, '/payments/117', { method: 'DELETE', storeHash });
    expect([again.status, again.body]).toEqual([404, PAYMENT_NOT_FOUND]);
  });
});

describe('POST /payments/offline', () => {
  const docsBody = {
    lineItems: [{ invoiceId: 13, amount: '20.00' }],
    currency: 'USD',
    details: { memo: 'Test' },
    customerId: '113',
    payerName: 'Store offline payment',
    payerCustomerId: '113',
    processingStatus: 3,
    fundingStatus: '2',
  };

  it('accepts the docs example body, stray fundingStatus included', async () => {
    const storeHash = freshStore();
    const reply = await call(sandbox, '/payments/offline', { method: 'POST', body: docsBody, storeHash });
    expect(reply.body).toEqual({ code: 200, data: { paymentId: 541 }, meta: { message: 'SUCCESS' } });
    expect(await getPayment(541, storeHash)).toEqual({
      id: 541,
      createdAt: NOW,
      updatedAt: NOW,
      storeHash,
      customerId: '113',
      externalId: null,
      externalCustomerId: null,
      payerName: 'Store offline payment',
      payerCustomerId: '113',
      details: { memo: 'Test' },
      moduleName: 'payments_offline',
      fees: [],
      moduleData: { transactions: [{ memo: 'Test', type: 'OfflineTransaction', rawTransaction: null }] },
      processingStatus: 3,
      appliedStatus: 1,
      fundingStatus: 2,
      total: { code: 'USD', value: '20.0000' },
      lineItems: [
        { paymentId: 541, invoiceId: 13, invoiceNumber: '00000013', amount: { code: 'USD', value: '20.0000' } },
      ],
      customerName: '',
      allowedOperations: [1],
      allowedStatuses: [1, 2, 4],
      channelId: '1',
      channelName: 'Online Store',
    });
  });

  it('fills defaults, sums exactly and names known companies and invoices', async () => {
    const storeHash = freshStore();
    const reply = await call<{ paymentId: number }>(sandbox, '/payments/offline', {
      method: 'POST',
      storeHash,
      body: {
        lineItems: [
          { invoiceId: 141, amount: '0.1' },
          { invoiceId: 9001, amount: '0.2' },
        ],
        currency: 'GBP',
        details: {},
        customerId: '6041',
        externalId: 'ERP-PAY-90001',
        channelId: 2,
        processingStatus: 1,
      },
    });
    const payment = await getPayment(reply.body.data.paymentId, storeHash);
    expect(payment).toMatchObject({
      customerName: 'John Doe',
      payerName: 'Store offline payment',
      payerCustomerId: '6041',
      externalId: 'ERP-PAY-90001',
      externalCustomerId: null,
      details: { memo: '' },
      processingStatus: 1,
      total: { code: 'GBP', value: '0.3000' },
      channelId: '2',
      channelName: 'Wholesale Portal',
    });
    expect(payment.lineItems.map((line) => [line.invoiceNumber, line.amount.value])).toEqual([
      ['00000141', '0.1000'],
      ['00009001', '0.2000'],
    ]);
  });

  it('lists the new payment first and under its invoices', async () => {
    const storeHash = freshStore();
    const created = await call<{ paymentId: number }>(sandbox, '/payments/offline', {
      method: 'POST',
      storeHash,
      body: {
        ...docsBody,
        lineItems: [
          { invoiceId: 141, amount: '5.00' },
          { invoiceId: 77, amount: '1.25' },
        ],
      },
    });
    const { paymentId } = created.body.data;
    const newest = await call<WirePayment[]>(sandbox, '/payments?limit=1', { storeHash });
    expect(ids(newest.body.data)).toEqual([paymentId]);
    expect(ids(await listAll(sandbox, 'invoiceId=141', storeHash))).toContain(paymentId);
    expect(ids(await listAll(sandbox, 'invoiceId=77', storeHash))).toContain(paymentId);
    expect(ids(await listAll(sandbox, `searchBy=id&q=${paymentId}`, storeHash))).toEqual([paymentId]);
  });

  it('reports every missing required field at once', async () => {
    const reply = await call(sandbox, '/payments/offline', { method: 'POST', body: {} });
    expect(reply.status).toBe(422);
    expect(reply.body).toEqual(
      parameterError({
        lineItems: ['This field is required.'],
        currency: ['This field is required.'],
        details: ['This field is required.'],
        customerId: ['This field is required.'],
      }),
    );
  });

  it.each([
    [{ lineItems: [] }, { lineItems: ['This list may not be empty.'] }],
    [{ lineItems: 'x' }, { lineItems: ['Expected a list of items but got type "string".'] }],
    [{ lineItems: [{ invoiceId: 13 }] }, { 'lineItems.0.amount': ['This field is required.'] }],
    [{ lineItems: [{ invoiceId: 13, amount: 20 }] }, { 'lineItems.0.amount': ['Not a valid string.'] }],
    [
      { lineItems: [{ invoiceId: 13, amount: '0.00' }] },
      { 'lineItems.0.amount': ['Ensure this value is greater than 0.'] },
    ],
    [
      { lineItems: [{ invoiceId: 13, amount: '-1' }] },
      { 'lineItems.0.amount': ['Ensure this value is greater than 0.'] },
    ],
    [{ lineItems: [{ invoiceId: 13, amount: '1,5' }] }, { 'lineItems.0.amount': ['A valid number is required.'] }],
    [
      { lineItems: [{ invoiceId: 13, amount: '1.00001' }] },
      { 'lineItems.0.amount': ['Ensure that there are no more than 4 decimal places.'] },
    ],
    [
      {
        lineItems: [
          { invoiceId: 13, amount: '1' },
          { invoiceId: '14', amount: '1' },
        ],
      },
      { 'lineItems.1.invoiceId': ['A valid integer is required.'] },
    ],
    [
      { lineItems: [{ invoiceId: 0, amount: '1' }] },
      { 'lineItems.0.invoiceId': ['Ensure this value is greater than or equal to 1.'] },
    ],
    [{ lineItems: [7] }, { 'lineItems.0': ['Invalid data. Expected a dictionary.'] }],
    [{ currency: 'usd' }, { currency: ['Enter a 3-letter uppercase ISO 4217 currency code.'] }],
    [{ details: 'memo' }, { details: ['Invalid data. Expected a dictionary.'] }],
    [{ details: { memo: 5 } }, { 'details.memo': ['Not a valid string.'] }],
    [{ customerId: 113 }, { customerId: ['Not a valid string.'] }],
    [{ customerId: ' ' }, { customerId: ['This field may not be blank.'] }],
    [{ payerName: null }, { payerName: ['This field may not be null.'] }],
    [{ externalId: 5 }, { externalId: ['Not a valid string.'] }],
    [{ processingStatus: 0 }, { processingStatus: ['"0" is not a valid choice.'] }],
    [{ channelId: '1' }, { channelId: ['A valid integer is required.'] }],
  ])('answers 422 field by field to %j', async (change, data) => {
    const reply = await call(sandbox, '/payments/offline', { method: 'POST', body: { ...docsBody, ...change } });
    expect(reply.status).toBe(422);
    expect(reply.body).toEqual(parameterError(data));
  });

  it('answers the documented errMsg to an unknown currency', async () => {
    const reply = await call(sandbox, '/payments/offline', { method: 'POST', body: { ...docsBody, currency: 'XYZ' } });
    expect(reply.status).toBe(422);
    expect(reply.body).toEqual(parameterError({ errMsg: 'Invalid currency code' }));
  });

  it('answers errMsg "Invalid request data" to a body that is not an object', async () => {
    const reply = await call(sandbox, '/payments/offline', { method: 'POST', body: [docsBody] });
    expect(reply.body).toEqual(parameterError({ errMsg: 'Invalid request data' }));
  });
});

describe('PUT /payments/offline/{id}', () => {
  it('replaces the fields of an offline payment, defaults for what is left out', async () => {
    const storeHash = freshStore();
    const before = await getPayment(117, storeHash);
    const reply = await call(sandbox, '/payments/offline/117', {
      method: 'PUT',
      storeHash,
      body: {
        lineItems: [{ invoiceId: 142, amount: '99.99' }],
        currency: 'EUR',
        details: { memo: 'Corrected' },
        customerId: '2034',
        fundingStatus: 0,
        processingStatus: 2,
      },
    });
    expect(reply.body).toEqual({ code: 200, data: { paymentId: 117 }, meta: { message: 'SUCCESS' } });
    expect(await getPayment(117, storeHash)).toEqual({
      ...before,
      updatedAt: NOW,
      customerId: '2034',
      customerName: 'Silk Road Textiles',
      payerName: 'Store offline payment',
      payerCustomerId: '2034',
      details: { memo: 'Corrected' },
      processingStatus: 2,
      fundingStatus: 0,
      total: { code: 'EUR', value: '99.9900' },
      lineItems: [
        { paymentId: 117, invoiceId: 142, invoiceNumber: '00000142', amount: { code: 'EUR', value: '99.9900' } },
      ],
      allowedStatuses: [1, 3, 4],
    });
  });

  it('refuses to update a payment that is not offline', async () => {
    const everything = await listAll(sandbox, 'orderBy=ASC');
    const card = everything.find((payment) => payment.moduleName === 'payments_minibc');
    if (card === undefined) throw new Error('no card payment seeded');
    const reply = await call(sandbox, `/payments/offline/${card.id}`, {
      method: 'PUT',
      body: { lineItems: [{ invoiceId: 1, amount: '1' }], currency: 'USD', details: {}, customerId: '1187' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual(notAllowed('Only offline payments can be updated.'));
  });

  it('answers 404 for an unknown payment and 422 for a bad body', async () => {
    const body = { lineItems: [{ invoiceId: 1, amount: '1' }], currency: 'USD', details: {}, customerId: '1187' };
    const unknown = await call(sandbox, '/payments/offline/999999', { method: 'PUT', body });
    expect([unknown.status, unknown.body]).toEqual([404, PAYMENT_NOT_FOUND]);

    const invalid = await call(sandbox, '/payments/offline/117', {
      method: 'PUT',
      body: { ...body, fundingStatus: 4 },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body).toEqual(parameterError({ fundingStatus: ['"4" is not a valid choice.'] }));
  });
});
