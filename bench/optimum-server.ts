/**
 * The optimum the gateway is measured against: what a hand-written client does for each benchmarked query
 * shape. It makes the minimal REST calls, as parallel as the same per-store cap allows (an undici Pool with
 * that many sockets queues the rest), and assembles the same JSON the gateway answers. No GraphQL, no
 * validation of upstream bodies: the query is recognised by its operation name.
 *
 * Usage: node bench/build/bench/optimum-server.js <b2bBaseUrl> <maxInFlight>  (bench/tsconfig.build.json)
 * Prints `Optimum on <url>` once listening; stops on SIGTERM.
 */
import { createServer } from 'node:http';
import { Pool } from 'undici';
import { serveForBench } from './serve.js';
import { BENCH_CREDENTIALS, SHAPES } from './shapes.js';

interface Money {
  code: string;
  value: string;
}
interface Transaction {
  type: string;
  memo?: string;
  gateway?: string;
  transactionId?: string;
  authCode?: string | null;
  event?: string;
  card?: { type: string; last4: string; expiryMonth: number; expiryYear: number };
  rawTransaction?: unknown;
}
interface Payment {
  id: number;
  createdAt: number;
  updatedAt: number;
  storeHash: string;
  customerId: string;
  customerName: string;
  externalId: string | null;
  externalCustomerId: string | null;
  payerName: string;
  payerCustomerId: string;
  moduleName: string;
  processingStatus: number;
  appliedStatus: number;
  fundingStatus: number;
  channelId?: string;
  channelName?: string;
  details: { memo?: string };
  fees: unknown[];
  total: Money;
  lineItems: Array<{ paymentId: number; invoiceId: number; invoiceNumber: string; amount: Money }>;
  moduleData: { cartId?: string; orderId?: number; transactions: Transaction[] };
  allowedOperations: number[];
  allowedStatuses: number[];
}

const [baseUrlArgument, maxInFlightArgument] = process.argv.slice(2);
if (!baseUrlArgument || !maxInFlightArgument) throw new Error('usage: optimum-server.ts <b2bBaseUrl> <maxInFlight>');
const baseUrl = new URL(baseUrlArgument);
const basePath = baseUrl.pathname.replace(/\/$/, '');
const pool = new Pool(baseUrl.origin, {
  connections: Number(maxInFlightArgument),
  pipelining: 1,
  keepAliveTimeout: 10_000,
});
const headers = {
  accept: 'application/json',
  'x-auth-token': BENCH_CREDENTIALS.authToken,
  'x-store-hash': BENCH_CREDENTIALS.storeHash,
};

async function get<T>(path: string): Promise<T> {
  const response = await pool.request({ method: 'GET', path: basePath + path, headers });
  const body = (await response.body.json()) as { data: T };
  if (response.statusCode !== 200) throw new Error(`GET ${path}: ${response.statusCode}`);
  return body.data;
}

const PROCESSING = ['INCOMPLETE', 'AWAITING_PROCESSING', 'PROCESSING', 'COMPLETED', 'REFUNDED'];
const APPLIED = ['NOT_APPLIED', 'APPLIED'];
const FUNDING = ['FUNDING_STATUS_0', 'FUNDING_STATUS_1', 'FUNDING_STATUS_2', 'FUNDING_STATUS_3'];
const OPERATIONS = [
  'APPLY_TO_INVOICE_BALANCES',
  'REVERT_INVOICE_BALANCES',
  'PULL_UPDATES_FROM_ORDER',
  'UNDOCUMENTED_OPERATION_3',
];
const named = (names: string[], code: number) => names[code] ?? 'UNKNOWN';
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
const money = (amount: Money) => ({ currencyCode: amount.code, value: amount.value });

const operationsOf = (payment: Payment) => ({
  allowedOperations: payment.allowedOperations.map((code) => named(OPERATIONS, code)),
  allowedOperationCodes: payment.allowedOperations,
  allowedStatuses: payment.allowedStatuses.map((code) => named(PROCESSING, code)),
  allowedStatusCodes: payment.allowedStatuses,
});

const fullTransaction = (transaction: Transaction) => ({
  type: transaction.type,
  memo: transaction.memo ?? null,
  gateway: transaction.gateway ?? null,
  transactionId: transaction.transactionId ?? null,
  authCode: transaction.authCode ?? null,
  event: transaction.event ?? null,
  card: transaction.card ?? null,
  rawTransaction: transaction.rawTransaction ?? null,
});

/** The `PaymentEverything` fragment (test/operations/payment.graphql). */
const everything = (payment: Payment, transactions: Transaction[]) => ({
  id: String(payment.id),
  createdAt: iso(payment.createdAt),
  createdAtUnix: payment.createdAt,
  updatedAt: iso(payment.updatedAt),
  updatedAtUnix: payment.updatedAt,
  storeHash: payment.storeHash,
  customerId: payment.customerId,
  customerName: payment.customerName,
  externalId: payment.externalId,
  externalCustomerId: payment.externalCustomerId,
  payerName: payment.payerName,
  payerCustomerId: payment.payerCustomerId,
  moduleName: payment.moduleName,
  processingStatus: named(PROCESSING, payment.processingStatus),
  processingStatusCode: payment.processingStatus,
  appliedStatus: named(APPLIED, payment.appliedStatus),
  appliedStatusCode: payment.appliedStatus,
  fundingStatus: named(FUNDING, payment.fundingStatus),
  fundingStatusCode: payment.fundingStatus,
  channelId: payment.channelId ?? null,
  channelName: payment.channelName ?? null,
  details: { memo: payment.details.memo ?? null },
  fees: payment.fees,
  total: money(payment.total),
  lineItems: payment.lineItems.map((line) => ({
    paymentId: String(line.paymentId),
    invoiceId: String(line.invoiceId),
    invoiceNumber: line.invoiceNumber,
    amount: money(line.amount),
  })),
  moduleData: {
    cartId: payment.moduleData.cartId ?? null,
    orderId: payment.moduleData.orderId === undefined ? null : String(payment.moduleData.orderId),
    transactions: payment.moduleData.transactions.map((transaction) => ({
      type: transaction.type,
      memo: transaction.memo ?? null,
    })),
  },
  transactions: transactions.map(fullTransaction),
  operations: operationsOf(payment),
});

type Variables = { id?: string; limit?: number };

/** A payment and its transactions, fetched together. */
const paymentWithTransactions = (id: string | undefined) =>
  Promise.all([get<Payment>(`/payments/${id}`), get<Transaction[]>(`/payments/${id}/transactions`)]);

/** A page, then every payment's transactions at once (the pool lets the cap through, queues the rest). */
async function pageWithTransactions(limit: number | undefined) {
  const page = await get<Payment[]>(`/payments?offset=0&limit=${limit}`);
  const transactions = await Promise.all(
    page.map((payment) => get<Transaction[]>(`/payments/${payment.id}/transactions`)),
  );
  return page.map((payment, index) => ({ payment, transactions: transactions[index] ?? [] }));
}

/** One handler per benchmarked shape, in the order of SHAPES. */
const HANDLERS: Array<(variables: Variables) => Promise<unknown>> = [
  async ({ id }) => {
    const [payment, transactions] = await paymentWithTransactions(id);
    return { payment: everything(payment, transactions) };
  },
  async ({ limit }) => ({
    payments: {
      nodes: (await pageWithTransactions(limit)).map(({ payment, transactions }) => ({
        id: String(payment.id),
        transactions: transactions.map((transaction) => ({
          type: transaction.type,
          gateway: transaction.gateway ?? null,
          transactionId: transaction.transactionId ?? null,
          event: transaction.event ?? null,
          card: transaction.card ? { last4: transaction.card.last4 } : null,
        })),
      })),
    },
  }),
  async ({ limit }) => ({
    payments: {
      nodes: (await get<Payment[]>(`/payments?offset=0&limit=${limit}`)).map((payment) => ({
        id: String(payment.id),
        operations: operationsOf(payment),
      })),
    },
  }),
  async ({ limit }) => ({
    payments: {
      nodes: (await pageWithTransactions(limit)).map(({ payment, transactions }) => everything(payment, transactions)),
    },
  }),
  async ({ id }) => {
    const [payment, transactions] = await paymentWithTransactions(id);
    const types = transactions.map((transaction) => ({ type: transaction.type }));
    return {
      summary: { id: String(payment.id), total: money(payment.total) },
      status: {
        id: String(payment.id),
        processingStatus: named(PROCESSING, payment.processingStatus),
        operations: {
          allowedOperations: payment.allowedOperations.map((code) => named(OPERATIONS, code)),
          allowedStatuses: payment.allowedStatuses.map((code) => named(PROCESSING, code)),
        },
        transactions: types,
      },
      record: {
        id: String(payment.id),
        details: { memo: payment.details.memo ?? null },
        moduleData: {
          transactions: payment.moduleData.transactions.map((transaction) => ({ type: transaction.type })),
        },
        transactions: types,
      },
    };
  },
];

const handlerByOperation = new Map(SHAPES.map((shape, index) => [shape.operationName, HANDLERS[index]]));

const server = createServer(async (req, res) => {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk);
    const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      operationName: string;
      variables: Variables;
    };
    const handler = handlerByOperation.get(request.operationName);
    if (!handler) throw new Error(`no optimum for ${request.operationName}`);
    const payload = JSON.stringify({ data: await handler(request.variables) });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
    res.end(payload);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error));
  }
});

serveForBench(server, 'Optimum', () => pool.close());
