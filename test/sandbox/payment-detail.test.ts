import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WirePayment, WirePaymentOperations, WireTransaction } from '../../src/sandbox/wire.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { call, listAll, PAYMENT_NOT_FOUND } from './helpers.js';

let sandbox: Sandbox;
let everything: WirePayment[];

beforeAll(async () => {
  sandbox = await startSandbox();
  everything = await listAll(sandbox, 'orderBy=ASC');
});

afterAll(async () => {
  await sandbox.close();
});

const units = (value: string): bigint => {
  const [whole = '', fraction = ''] = value.split('.');
  return BigInt(whole + fraction.padEnd(4, '0'));
};

describe('GET /payments/{id}', () => {
  it('answers payment 117 like the docs example, with three invoices', async () => {
    const reply = await call<WirePayment>(sandbox, '/payments/117');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      code: 200,
      data: {
        id: 117,
        createdAt: 1746130000,
        updatedAt: 1746130000,
        storeHash: 'store-a',
        customerId: '6041',
        externalId: null,
        externalCustomerId: null,
        payerName: 'Check',
        payerCustomerId: '6041',
        details: { memo: 'Payment received via offline check' },
        moduleName: 'payments_offline',
        fees: [],
        moduleData: {
          transactions: [{ memo: 'Offline payment recorded', type: 'OfflineTransaction', rawTransaction: null }],
        },
        processingStatus: 3,
        appliedStatus: 1,
        fundingStatus: 2,
        total: { code: 'GBP', value: '156.5300' },
        lineItems: [
          { paymentId: 117, invoiceId: 141, invoiceNumber: '00000141', amount: { code: 'GBP', value: '0.7800' } },
          { paymentId: 117, invoiceId: 142, invoiceNumber: '00000142', amount: { code: 'GBP', value: '120.5000' } },
          { paymentId: 117, invoiceId: 143, invoiceNumber: '00000143', amount: { code: 'GBP', value: '35.2500' } },
        ],
        customerName: 'John Doe',
        allowedOperations: [1],
        allowedStatuses: [1, 2, 4],
        channelId: '1',
        channelName: 'Online Store',
      },
      meta: { message: 'SUCCESS' },
    });
  });

  it.each(['999999', '0', '1.1', 'abc', '-5'])('answers 404 to payment id %s', async (id) => {
    const reply = await call(sandbox, `/payments/${id}`);
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual(PAYMENT_NOT_FOUND);
  });
});

describe('seeded payments', () => {
  it('total is the exact sum of the line items, all in 4-dp strings of one currency', () => {
    for (const payment of everything) {
      const sum = payment.lineItems.reduce((total, line) => total + units(line.amount.value), 0n);
      expect(units(payment.total.value)).toBe(sum);
      expect(payment.total.value).toMatch(/^\d+\.\d{4}$/);
      for (const line of payment.lineItems) {
        expect(line.amount.value).toMatch(/^\d+\.\d{4}$/);
        expect(line.amount.code).toBe(payment.total.code);
        expect(line.paymentId).toBe(payment.id);
        expect(line.invoiceNumber).toBe(String(line.invoiceId).padStart(8, '0'));
      }
    }
  });

  it('spreads companies, currencies, modules, transactions and statuses', () => {
    const distinct = <T>(pick: (payment: WirePayment) => T) => new Set(everything.map(pick));
    const transactionTypes = new Set(
      everything.flatMap((payment) => payment.moduleData.transactions.map((transaction) => transaction.type)),
    );
    expect(distinct((payment) => payment.customerId).size).toBeGreaterThanOrEqual(25);
    expect(distinct((payment) => payment.customerName)).toContain('');
    expect(distinct((payment) => payment.total.code)).toEqual(new Set(['USD', 'GBP', 'EUR', 'CAD']));
    expect(distinct((payment) => payment.moduleName)).toEqual(
      new Set(['payments_offline', 'payments_bigcommerce_sales_order', 'payments_minibc', 'payments_test']),
    );
    expect(transactionTypes).toEqual(new Set(['OfflineTransaction', 'CreditCardTransaction', 'UnknownTransaction']));
    expect(distinct((payment) => payment.processingStatus)).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(distinct((payment) => payment.appliedStatus)).toEqual(new Set([0, 1]));
    expect(distinct((payment) => payment.fundingStatus)).toEqual(new Set([0, 1, 2, 3]));
    expect(distinct((payment) => payment.channelId)).toEqual(new Set(['1', '2', '3']));
    expect(distinct((payment) => payment.externalId === null)).toEqual(new Set([true, false]));
    expect(distinct((payment) => payment.externalCustomerId === null)).toEqual(new Set([true, false]));
    expect(distinct((payment) => payment.lineItems.length)).toEqual(new Set([1, 2, 3, 4]));
  });

  it('keeps each invoice with one company, and some invoices paid by several payments', () => {
    const owners = new Map<number, Set<string>>();
    const payers = new Map<number, number>();
    for (const payment of everything) {
      for (const line of payment.lineItems) {
        owners.set(line.invoiceId, (owners.get(line.invoiceId) ?? new Set()).add(payment.customerId));
        payers.set(line.invoiceId, (payers.get(line.invoiceId) ?? 0) + 1);
      }
    }
    expect([...owners.values()].every((companies) => companies.size === 1)).toBe(true);
    expect([...payers.values()].some((count) => count > 1)).toBe(true);
  });

  it('dates everything in 2025-2026, updatedAt never before createdAt', () => {
    for (const payment of everything) {
      expect(payment.createdAt).toBeGreaterThanOrEqual(1_735_689_600);
      expect(payment.updatedAt).toBeGreaterThanOrEqual(payment.createdAt);
      expect(payment.updatedAt).toBeLessThan(1_798_761_600);
    }
  });

  it('gives sales-order payments a cart and an order', () => {
    const salesOrders = everything.filter((payment) => payment.moduleName === 'payments_bigcommerce_sales_order');
    expect(salesOrders.length).toBeGreaterThan(0);
    for (const payment of salesOrders) {
      expect(payment.moduleData.cartId).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(Number.isInteger(payment.moduleData.orderId)).toBe(true);
    }
  });

  it('derives allowedOperations and allowedStatuses from the state', () => {
    for (const payment of everything) {
      const operations: number[] = [];
      if (payment.appliedStatus === 1) operations.push(1);
      else if (payment.processingStatus !== 0 && payment.processingStatus !== 4) operations.push(0);
      if (payment.moduleName === 'payments_bigcommerce_sales_order') operations.push(2);
      const statuses = payment.processingStatus === 0 ? [] : [1, 2, 3, 4].filter((s) => s !== payment.processingStatus);
      expect([payment.id, payment.allowedOperations, payment.allowedStatuses]).toEqual([
        payment.id,
        operations,
        statuses,
      ]);
    }
  });
});

describe('GET /payments/{id}/transactions', () => {
  it('answers the offline transaction of 117', async () => {
    const reply = await call<WireTransaction[]>(sandbox, '/payments/117/transactions');
    expect(reply.body).toEqual({
      code: 200,
      data: [{ memo: 'Offline payment recorded', type: 'OfflineTransaction', rawTransaction: null }],
      meta: { message: 'SUCCESS' },
    });
  });

  it('answers card transactions with every card field and an empty rawTransaction', async () => {
    const card = everything.find((payment) => payment.moduleName === 'payments_minibc');
    if (card === undefined) throw new Error('no card payment seeded');
    const reply = await call<WireTransaction[]>(sandbox, `/payments/${card.id}/transactions`);
    expect(reply.body.data).toEqual(card.moduleData.transactions);
    expect(reply.body.data).toEqual([
      {
        type: 'CreditCardTransaction',
        gateway: expect.any(String),
        transactionId: expect.stringMatching(/^\d+$/),
        authCode: expect.any(String),
        event: expect.stringMatching(/^(capture|authorize)$/),
        card: {
          type: expect.any(String),
          last4: expect.stringMatching(/^\d{4}$/),
          expiryYear: expect.any(Number),
          expiryMonth: expect.any(Number),
        },
        rawTransaction: '',
      },
    ]);
  });

  it('answers 404 for an unknown payment', async () => {
    const reply = await call(sandbox, '/payments/999999/transactions');
    expect([reply.status, reply.body]).toEqual([404, PAYMENT_NOT_FOUND]);
  });
});

describe('GET /payments/{id}/operations', () => {
  it('answers operations as numbers and statuses as strings, with "Success"', async () => {
    const reply = await call<WirePaymentOperations>(sandbox, '/payments/117/operations');
    expect(reply.body).toEqual({
      code: 200,
      data: { allowedOperations: [1], allowedStatuses: ['1', '2', '4'] },
      meta: { message: 'Success' },
    });
  });

  it('answers 404 for an unknown payment', async () => {
    const reply = await call(sandbox, '/payments/999999/operations');
    expect([reply.status, reply.body]).toEqual([404, PAYMENT_NOT_FOUND]);
  });
});
