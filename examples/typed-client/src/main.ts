/**
 * Runs the example operations against a gateway (`GATEWAY_URL`, default a local `npm start`) and prints
 * what a page would show. `npm start` here, with the gateway running.
 */
import { randomUUID } from 'node:crypto';
import type { Client } from '@urql/core';
import { createGatewayClient } from './client.js';
import type { PaymentsWithDeferredTransactionsQuery } from './gql/graphql.js';
import {
  CreateOfflinePaymentMutation,
  InvoicePaymentsQuery,
  PaymentQuery,
  PaymentsWithDeferredTransactionsQuery as PaymentsWithDeferredTransactions,
} from './operations.js';

/** Money as the gateway sends it: the amount is an exact decimal string, shown as it is. */
function formatMoney({ currencyCode, value }: { currencyCode: string; value: string }): string {
  return `${currencyCode} ${value}`;
}

async function showPayment(client: Client, id: string): Promise<void> {
  const { data, error } = await client.query(PaymentQuery, { id }).toPromise();
  if (error) throw error;
  const payment = data?.payment;
  if (!payment) return console.log(`Payment ${id}: not found`);
  const invoices = payment.lineItems.map((line) => `${line.invoiceNumber} ${formatMoney(line.amount)}`);
  console.log(
    `Payment ${payment.id}: ${payment.processingStatus}, ${formatMoney(payment.total)}, ` +
      `created ${payment.createdAt?.slice(0, 10) ?? 'at an unknown date'}, invoices ${invoices.join(', ')}`,
  );
}

async function showLargestPaymentsOf(client: Client, invoiceId: string): Promise<void> {
  const variables = { invoiceId, sortBy: 'TOTAL_AMOUNT', orderBy: 'DESC', first: 2 } as const;
  const { data, error } = await client.query(InvoicePaymentsQuery, variables).toPromise();
  if (error) throw error;
  const page = data?.payments;
  if (!page) throw new Error('no payments in the answer');
  const payments = page.nodes.map((payment) => `${payment.id} ${formatMoney(payment.total)}`);
  console.log(
    `Invoice ${invoiceId}: ${page.totalCount} payments, largest first: ${payments.join(', ')}` +
      (page.pageInfo.hasNextPage ? ` (more after cursor ${page.pageInfo.endCursor})` : ''),
  );
}

/** Records a payment, then sends the same write again with the same key, as a retry after a timeout would. */
async function recordPaymentOnce(client: Client): Promise<void> {
  const input = {
    customerId: '6041',
    currencyCode: 'GBP',
    lineItems: [{ invoiceId: '141', amount: '20.00' }],
    memo: 'Check 1042',
    idempotencyKey: randomUUID(),
  };
  const ids: string[] = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    const { data, error } = await client.mutation(CreateOfflinePaymentMutation, { input }).toPromise();
    if (error) throw error;
    const result = data?.createOfflinePayment;
    if (result?.__typename !== 'CreateOfflinePaymentSuccess') throw new Error(`not created: ${JSON.stringify(result)}`);
    ids.push(result.paymentId);
  }
  console.log(`Recorded payment ${ids[0]}; sent again with the same key: payment ${ids[1]}, recorded once`);
}

/** Shows the page as soon as it comes, then each payment's transactions as their part arrives. */
function showPageWithDeferredTransactions(client: Client, first: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let parts = 0;
    const subscription = client.query(PaymentsWithDeferredTransactions, { first }).subscribe((result) => {
      if (result.error) return reject(result.error);
      parts += 1;
      const nodes = result.data?.payments.nodes ?? [];
      if (parts === 1) console.log(`Page shown: ${nodes.length} payments, transactions still loading`);
      if (result.hasNext) return;
      console.log(`All parts in: ${nodes.map(describeTransactions).join('; ')}`);
      subscription.unsubscribe();
      resolve();
    });
  });
}

type PageNode = PaymentsWithDeferredTransactionsQuery['payments']['nodes'][number];

/** A deferred field is absent from the type until its part has arrived: the union says so. */
function describeTransactions(node: PageNode): string {
  if (!('transactions' in node) || node.transactions === undefined) return `${node.id} pending`;
  return `${node.id} ${node.transactions?.map((transaction) => transaction.type).join(', ') ?? 'unavailable'}`;
}

const client = createGatewayClient(process.env['GATEWAY_URL'] ?? 'http://localhost:4000/graphql');
await showPayment(client, '117');
await showLargestPaymentsOf(client, '141');
await recordPaymentOnce(client);
await showPageWithDeferredTransactions(client, 3);
