import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WirePayment } from '../../src/sandbox/wire.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { call, ids, listAll, parameterError } from './helpers.js';

let sandbox: Sandbox;
/** The whole seeded store, read once as the oracle for every filter. */
let everything: WirePayment[];

beforeAll(async () => {
  sandbox = await startSandbox();
  everything = await listAll(sandbox, 'orderBy=ASC');
});

afterAll(async () => {
  await sandbox.close();
});

const byIdDesc = (payments: WirePayment[]) => ids(payments).sort((a, b) => b - a);

describe('GET /payments', () => {
  it('answers a page of 10, newest id first, with pagination meta', async () => {
    const reply = await call<WirePayment[]>(sandbox, '/payments');
    expect(reply.status).toBe(200);
    expect(reply.body.code).toBe(200);
    expect(reply.body.meta).toEqual({
      pagination: { totalCount: everything.length, offset: 0, limit: 10 },
      message: 'SUCCESS',
    });
    expect(ids(reply.body.data)).toEqual(byIdDesc(everything).slice(0, 10));
  });

  it('holds the seeded store: at least 520 payments with ids 1..N', () => {
    expect(everything.length).toBeGreaterThanOrEqual(520);
    expect(ids(everything)).toEqual(everything.map((_, index) => index + 1));
  });

  it('lists every field of the detail, the same values included', async () => {
    const listed = everything.find((payment) => payment.id === 117);
    const detail = await call<WirePayment>(sandbox, '/payments/117');
    expect(listed).toEqual(detail.body.data);
    for (const payment of everything) {
      expect(Object.keys(payment)).toEqual(Object.keys(detail.body.data));
    }
  });

  it('pages with offset and limit in either order', async () => {
    const reply = await call<WirePayment[]>(sandbox, '/payments?offset=20&limit=5&orderBy=ASC');
    expect(ids(reply.body.data)).toEqual([21, 22, 23, 24, 25]);
    expect(reply.body.meta.pagination).toEqual({ totalCount: everything.length, offset: 20, limit: 5 });

    const last = await call<WirePayment[]>(sandbox, `/payments?offset=${everything.length - 2}&limit=5`);
    expect(ids(last.body.data)).toEqual([2, 1]);
    const beyond = await call<WirePayment[]>(sandbox, `/payments?offset=${everything.length + 10}`);
    expect(beyond.body.data).toEqual([]);
  });

  it('accepts limit 250 and answers 413 above it', async () => {
    const max = await call<WirePayment[]>(sandbox, '/payments?limit=250');
    expect(max.body.data).toHaveLength(250);
    const over = await call(sandbox, '/payments?limit=251');
    expect(over.status).toBe(413);
    expect(over.body).toEqual({ code: 413, meta: { message: 'Request Entity Too Large' }, data: {} });
  });

  it.each([
    ['limit=abc', { limit: ['A valid integer is required.'] }],
    ['limit=0', { limit: ['Ensure this value is greater than or equal to 1.'] }],
    ['offset=-1', { offset: ['Ensure this value is greater than or equal to 0.'] }],
    ['offset=1.5', { offset: ['A valid integer is required.'] }],
    ['sortBy=total', { sortBy: ['"total" is not a valid choice.'] }],
    ['searchBy=payerName', { searchBy: ['"payerName" is not a valid choice.'] }],
    ['orderBy=UP', { orderBy: ['"UP" is not a valid choice.'] }],
    ['processingStatus=5', { processingStatus: ['"5" is not a valid choice.'] }],
    ['invoiceId=x', { invoiceId: ['A valid integer is required.'] }],
    ['channelIds=1&channelIds=two', { channelIds: ['A valid integer is required.'] }],
    ['limit=0&sortBy=x&limit=999', { sortBy: ['"x" is not a valid choice.'] }],
    [
      'limit=-3&orderBy=asc',
      { limit: ['Ensure this value is greater than or equal to 1.'], orderBy: ['"asc" is not a valid choice.'] },
    ],
  ])('answers 422 to %s', async (query, data) => {
    const reply = await call(sandbox, `/payments?${query}`);
    expect(reply.status).toBe(422);
    expect(reply.body).toEqual(parameterError(data));
  });

  const sortKeys: Record<string, (payment: WirePayment) => number | string | bigint | null> = {
    moduleName: (payment) => payment.moduleName,
    processingStatus: (payment) => payment.processingStatus,
    appliedStatus: (payment) => payment.appliedStatus,
    createdAt: (payment) => payment.createdAt,
    customerId: (payment) => payment.customerId,
    externalCustomerId: (payment) => payment.externalCustomerId,
    fundingStatus: (payment) => payment.fundingStatus,
    updatedAt: (payment) => payment.updatedAt,
    totalAmount: (payment) => {
      const [whole = '', fraction = ''] = payment.total.value.split('.');
      return BigInt(whole + fraction);
    },
  };
  const compare = (a: number | string | bigint | null, b: number | string | bigint | null) =>
    a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

  describe.each(Object.keys(sortKeys))('sortBy=%s', (sortBy) => {
    it.each(['ASC', 'DESC'])('orders by it %s, ties by id', async (orderBy) => {
      const keyOf = sortKeys[sortBy];
      if (keyOf === undefined) throw new Error(sortBy);
      const sign = orderBy === 'ASC' ? 1 : -1;
      const expected = [...everything].sort((a, b) => sign * (compare(keyOf(a), keyOf(b)) || a.id - b.id));
      const sorted = await listAll(sandbox, `sortBy=${sortBy}&orderBy=${orderBy}`);
      expect(ids(sorted)).toEqual(ids(expected));
    });
  });

  it('sorts totalAmount by exact value, not as text', async () => {
    const sorted = await listAll(sandbox, 'sortBy=totalAmount&orderBy=ASC');
    const values = sorted.map((payment) => payment.total.value);
    // Text order would put "1000.0000" before "2.0000"; check lengths never shrink along the order.
    const widths = values.map((value) => value.length);
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    expect(new Set(widths).size).toBeGreaterThan(1);
  });

  it('defaults to DESC when only sortBy is given', async () => {
    const reply = await call<WirePayment[]>(sandbox, '/payments?sortBy=createdAt&limit=3');
    const newest = [...everything].sort((a, b) => b.createdAt - a.createdAt || b.id - a.id).slice(0, 3);
    expect(ids(reply.body.data)).toEqual(ids(newest));
  });

  it('searches the id exactly with searchBy=id', async () => {
    expect(ids(await listAll(sandbox, 'searchBy=id&q=117'))).toEqual([117]);
    expect(ids(await listAll(sandbox, 'searchBy=id&q=11'))).toEqual([11]);
    expect(await listAll(sandbox, 'searchBy=id&q=99999')).toEqual([]);
  });

  it.each([
    ['customerId', '60', (payment: WirePayment) => payment.customerId.includes('60')],
    ['externalId', 'erp-pay-001', (payment: WirePayment) => (payment.externalId ?? '').includes('ERP-PAY-001')],
    ['externalCustomerId', 'cust-2', (payment: WirePayment) => (payment.externalCustomerId ?? '').includes('CUST-2')],
  ])('searches %s as a case-insensitive substring', async (searchBy, q, matches) => {
    const found = await listAll(sandbox, `searchBy=${searchBy}&q=${q}`);
    const expected = everything.filter(matches);
    expect(expected.length).toBeGreaterThan(0);
    expect(byIdDesc(found)).toEqual(byIdDesc(expected));
  });

  it('searches every searchBy field when searchBy is absent', async () => {
    const found = await listAll(sandbox, 'q=41');
    const expected = everything.filter(
      (payment) =>
        payment.id === 41 ||
        payment.customerId.includes('41') ||
        (payment.externalId ?? '').includes('41') ||
        (payment.externalCustomerId ?? '').includes('41'),
    );
    expect(expected.some((payment) => payment.id === 41)).toBe(true);
    expect(expected.some((payment) => payment.customerId === '6041')).toBe(true);
    expect(byIdDesc(found)).toEqual(byIdDesc(expected));
  });

  it('filters by company name, case-insensitively and as a substring', async () => {
    const found = await listAll(sandbox, 'customerName=JOHN%20d');
    const expected = everything.filter((payment) => payment.customerName === 'John Doe');
    expect(expected.length).toBeGreaterThan(0);
    expect(byIdDesc(found)).toEqual(byIdDesc(expected));
  });

  it('filters by invoice: every payment with a line item on it', async () => {
    const found = await listAll(sandbox, 'invoiceId=141');
    const expected = everything.filter((payment) => payment.lineItems.some((line) => line.invoiceId === 141));
    expect(ids(found)).toContain(117);
    expect(byIdDesc(found)).toEqual(byIdDesc(expected));
  });

  it.each([0, 1, 2, 3, 4])('filters by processingStatus=%i', async (status) => {
    const found = await listAll(sandbox, `processingStatus=${status}`);
    const expected = everything.filter((payment) => payment.processingStatus === status);
    expect(expected.length).toBeGreaterThan(0);
    expect(byIdDesc(found)).toEqual(byIdDesc(expected));
  });

  it.each([
    'channelIds=2&channelIds=3',
    'channelIds[]=2&channelIds[]=3',
    'channelIds=2,3',
    'channelIds=2&channelIds[]=3',
  ])('filters by channels given as %s', async (query) => {
    const found = await listAll(sandbox, query);
    const expected = everything.filter((payment) => payment.channelId === '2' || payment.channelId === '3');
    expect(expected.length).toBeGreaterThan(0);
    expect(byIdDesc(found)).toEqual(byIdDesc(expected));
  });

  it('combines filters, paging and the total of matches', async () => {
    const expected = everything
      .filter((payment) => payment.processingStatus === 3 && payment.channelId === '1')
      .sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
    const reply = await call<WirePayment[]>(
      sandbox,
      '/payments?processingStatus=3&channelIds=1&sortBy=createdAt&orderBy=ASC&offset=5&limit=7',
    );
    expect(ids(reply.body.data)).toEqual(ids(expected.slice(5, 12)));
    expect(reply.body.meta.pagination).toEqual({ totalCount: expected.length, offset: 5, limit: 7 });
  });
});
