/**
 * The deterministic dataset every store starts from (only `storeHash` differs between stores).
 * Ids run 1..SEED_PAYMENT_COUNT in creation order; payment 117 mirrors the docs' detail example.
 */
import { COMPANIES, invoicesOf, type Company } from './catalog.js';
import { buildPayment, type PaymentLine } from './payment-factory.js';
import { Random } from './prng.js';
import { CARD_MODULE, OFFLINE_MODULE, SALES_ORDER_MODULE, TEST_MODULE } from './modules.js';
import { cardTransaction, offlineTransaction, unknownTransaction } from './transactions.js';
import type { WireModuleData, WirePayment } from './wire.js';

const SEED_PAYMENT_COUNT = 540;
const DOCS_PAYMENT_ID = 117;

const SEED = 0x5eedb2b;
/** 2025-01-01T00:00:00Z; one payment about every 25 hours keeps all 540 within 2025-2026. */
const FIRST_CREATED_AT = 1_735_689_600;
const SECONDS_PER_PAYMENT = 90_000;
const DAY = 86_400;

const MODULE_WEIGHTS = [
  [OFFLINE_MODULE, 45],
  [SALES_ORDER_MODULE, 30],
  [CARD_MODULE, 21],
  [TEST_MODULE, 4],
] as const;

/** Offline payments are created through the API, which only accepts statuses 1-4 (docs/upstream-contract.md §2.7b). */
const STATUS_WEIGHTS: Record<string, ReadonlyArray<readonly [number, number]>> = {
  [OFFLINE_MODULE]: [
    [1, 15],
    [2, 15],
    [3, 60],
    [4, 10],
  ],
  [SALES_ORDER_MODULE]: [
    [0, 8],
    [1, 10],
    [2, 12],
    [3, 50],
    [4, 20],
  ],
  [CARD_MODULE]: [
    [0, 5],
    [1, 10],
    [2, 15],
    [3, 55],
    [4, 15],
  ],
  [TEST_MODULE]: [
    [0, 20],
    [1, 20],
    [2, 20],
    [3, 20],
    [4, 20],
  ],
};

const FUNDING_WEIGHTS = [
  [0, 10],
  [1, 15],
  [2, 60],
  [3, 15],
] as const;
const LINE_COUNT_WEIGHTS = [
  [1, 65],
  [2, 20],
  [3, 10],
  [4, 5],
] as const;
const CHANNEL_WEIGHTS = [
  ['1', 80],
  ['2', 12],
  ['3', 8],
] as const;

const OFFLINE_PAYERS = ['Check', 'Wire transfer', 'Store offline payment', 'ACH transfer'];
const BUYERS = ['Hannah Admin', 'Marcus Lee', 'Priya Raman', 'Tom Becker', 'Ana Souza', 'Kenji Sato'];
const CARD_BRANDS = ['Visa', 'Mastercard', 'American Express', 'Discover'];
const ORDER_GATEWAYS = ['braintree', 'stripe', 'adyen'];
const CARD_GATEWAYS = ['authorizenet', 'paytrace'];

/** Companies without invoices cannot have payments: every payment has at least one line item. */
const PAYING_COMPANIES = COMPANIES.filter((company) => invoicesOf(company.id).length > 0);

export function seedPayments(storeHash: string): WirePayment[] {
  const random = new Random(SEED);
  const payments: WirePayment[] = [];
  for (let id = 1; id <= SEED_PAYMENT_COUNT; id++) {
    // Payment 117 still draws its random values, so editing the docs example never shifts later payments.
    const generated = randomPayment(random, id, storeHash);
    payments.push(id === DOCS_PAYMENT_ID ? docsPayment(storeHash) : generated);
  }
  return payments;
}

function randomPayment(random: Random, id: number, storeHash: string): WirePayment {
  const company = random.pick(PAYING_COMPANIES);
  const moduleName = random.weighted(MODULE_WEIGHTS);
  const processingStatus = random.weighted(STATUS_WEIGHTS[moduleName] ?? []);
  const createdAt = FIRST_CREATED_AT + (id - 1) * SECONDS_PER_PAYMENT + random.int(0, 80_000);
  const module = moduleDetails(random, moduleName, id, processingStatus);
  return buildPayment({
    id,
    createdAt,
    updatedAt: random.chance(0.5) ? createdAt : createdAt + random.int(60, 30 * DAY),
    storeHash,
    customerId: company.id,
    externalId: random.chance(0.4) ? `ERP-PAY-${String(id).padStart(5, '0')}` : null,
    externalCustomerId: company.externalCustomerId !== null && random.chance(0.75) ? company.externalCustomerId : null,
    payerName: module.payerName,
    payerCustomerId: random.chance(0.95) ? company.id : random.pick(PAYING_COMPANIES).id,
    memo: module.memo,
    moduleName,
    moduleData: module.moduleData,
    processingStatus,
    appliedStatus: randomAppliedStatus(random, processingStatus),
    fundingStatus: random.weighted(FUNDING_WEIGHTS),
    currency: company.currency,
    lines: randomLines(random, company),
    channelId: random.weighted(CHANNEL_WEIGHTS),
  });
}

function randomAppliedStatus(random: Random, processingStatus: number): number {
  const appliedChance = [0, 0.5, 0.5, 0.85, 0.25][processingStatus] ?? 0;
  return random.chance(appliedChance) ? 1 : 0;
}

function randomLines(random: Random, company: Company): PaymentLine[] {
  const invoices = random.sample(invoicesOf(company.id), random.weighted(LINE_COUNT_WEIGHTS));
  return invoices.map((invoice) => {
    // Mostly whole cents; one in ten has sub-cent digits, which the 4-dp wire format allows.
    const cents = BigInt(random.int(100, 250_000)) * 100n;
    const subCents = random.chance(0.1) ? BigInt(random.int(1, 99)) : 0n;
    return { invoiceId: invoice.id, units: cents + subCents };
  });
}

interface ModuleDetails {
  payerName: string;
  memo: string;
  moduleData: WireModuleData;
}

function moduleDetails(random: Random, moduleName: string, id: number, processingStatus: number): ModuleDetails {
  // Cards awaiting processing or in processing are only authorized; later ones are captured.
  const event = processingStatus === 1 || processingStatus === 2 ? 'authorize' : 'capture';
  switch (moduleName) {
    case OFFLINE_MODULE: {
      const payerName = random.pick(OFFLINE_PAYERS);
      const memo =
        payerName === 'Check' ? `Check #${random.int(1000, 99_999)}` : `Transfer ref ${random.hex(8).toUpperCase()}`;
      return { payerName, memo, moduleData: { transactions: [offlineTransaction(memo)] } };
    }
    case SALES_ORDER_MODULE: {
      const orderId = 100 + id;
      const transaction = random.chance(0.75)
        ? randomCardTransaction(random, random.pick(ORDER_GATEWAYS), event)
        : unknownTransaction();
      return {
        payerName: random.pick(BUYERS),
        memo: `Paid with BigCommerce order #${orderId}`,
        moduleData: { cartId: random.uuid(), orderId, transactions: [transaction] },
      };
    }
    case CARD_MODULE:
      return {
        payerName: random.pick(BUYERS),
        memo: 'Credit / debit card payment',
        moduleData: { transactions: [randomCardTransaction(random, random.pick(CARD_GATEWAYS), event)] },
      };
    default:
      return {
        payerName: random.pick(BUYERS),
        memo: 'Test gateway payment',
        // The test gateway's fixed card, as in the transactions example (docs/upstream-contract.md §2.7a).
        moduleData: {
          transactions: [
            cardTransaction({
              gateway: 'test',
              transactionId: String(random.int(100_000, 999_999)),
              authCode: '',
              event,
              card: { type: 'Visa', last4: '1111', expiryYear: 2050, expiryMonth: 12 },
            }),
          ],
        },
      };
  }
}

function randomCardTransaction(random: Random, gateway: string, event: 'capture' | 'authorize') {
  return cardTransaction({
    gateway,
    transactionId: String(random.int(100_000, 99_999_999)),
    authCode: random.chance(0.85) ? random.hex(6).toUpperCase() : '',
    event,
    card: {
      type: random.pick(CARD_BRANDS),
      last4: String(random.int(0, 9999)).padStart(4, '0'),
      expiryYear: random.int(2026, 2031),
      expiryMonth: random.int(1, 12),
    },
  });
}

/** The docs' detail example (docs/upstream-contract.md §2.1), with two more invoices of the same company. */
function docsPayment(storeHash: string): WirePayment {
  const customerId = '6041';
  const createdAt = 1_746_130_000;
  return buildPayment({
    id: DOCS_PAYMENT_ID,
    createdAt,
    updatedAt: createdAt,
    storeHash,
    customerId,
    externalId: null,
    externalCustomerId: null,
    payerName: 'Check',
    payerCustomerId: customerId,
    memo: 'Payment received via offline check',
    moduleName: OFFLINE_MODULE,
    moduleData: { transactions: [offlineTransaction('Offline payment recorded')] },
    processingStatus: 3,
    appliedStatus: 1,
    fundingStatus: 2,
    currency: 'GBP',
    lines: [
      { invoiceId: 141, units: 7_800n },
      { invoiceId: 142, units: 1_205_000n },
      { invoiceId: 143, units: 352_500n },
    ],
    channelId: '1',
  });
}
