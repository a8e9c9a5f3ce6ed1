import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  PaymentBackwardPageDocument,
  PaymentCursorPageDocument,
  PaymentPageDocument,
  PaymentTotalDocument,
  PaymentWithEverythingDocument,
} from './gql/graphql.js';
import { TEST_CREDENTIALS, startStack, type TestStack } from './support/stack.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.resetUpstreamLog());

describe('Query.payment', () => {
  it('answers a payment with line items, transactions and operations from two upstream calls', async () => {
    const { status, body } = await stack.execute(PaymentWithEverythingDocument, { id: '117' });

    expect(status).toBe(200);
    expect(body).toEqual({
      data: {
        payment: {
          id: '117',
          createdAt: '2025-05-01T20:06:40.000Z',
          createdAtUnix: 1746130000,
          updatedAt: '2025-05-01T20:06:40.000Z',
          updatedAtUnix: 1746130000,
          storeHash: TEST_CREDENTIALS.storeHash,
          customerId: '6041',
          customerName: 'John Doe',
          externalId: null,
          externalCustomerId: null,
          payerName: 'Check',
          payerCustomerId: '6041',
          moduleName: 'payments_offline',
          processingStatus: 'COMPLETED',
          processingStatusCode: 3,
          appliedStatus: 'APPLIED',
          appliedStatusCode: 1,
          fundingStatus: 'FUNDING_STATUS_2',
          fundingStatusCode: 2,
          channelId: '1',
          channelName: 'Online Store',
          details: { memo: 'Payment received via offline check' },
          fees: [],
          total: { currencyCode: 'GBP', value: '156.5300' },
          lineItems: [
            {
              paymentId: '117',
              invoiceId: '141',
              invoiceNumber: '00000141',
              amount: { currencyCode: 'GBP', value: '0.7800' },
            },
            {
              paymentId: '117',
              invoiceId: '142',
              invoiceNumber: '00000142',
              amount: { currencyCode: 'GBP', value: '120.5000' },
            },
            {
              paymentId: '117',
              invoiceId: '143',
              invoiceNumber: '00000143',
              amount: { currencyCode: 'GBP', value: '35.2500' },
            },
          ],
          moduleData: {
            cartId: null,
            orderId: null,
            transactions: [{ type: 'OfflineTransaction', memo: 'Offline payment recorded' }],
          },
          transactions: [
            {
              type: 'OfflineTransaction',
              memo: 'Offline payment recorded',
              gateway: null,
              transactionId: null,
              authCode: null,
              event: null,
              card: null,
              rawTransaction: null,
            },
          ],
          operations: {
            allowedOperations: ['REVERT_INVOICE_BALANCES'],
            allowedOperationCodes: [1],
            allowedStatuses: ['AWAITING_PROCESSING', 'PROCESSING', 'REFUNDED'],
            allowedStatusCodes: [1, 2, 4],
          },
        },
      },
    });
    // Operations come from the detail record: GET /operations is never needed once the detail is loaded.
    expect(stack.upstreamRequests().sort()).toEqual(['GET /payments/117', 'GET /payments/117/transactions']);
  });

  it('sends the credentials on every upstream call', async () => {
    await stack.execute(PaymentTotalDocument, { id: '117' });

    expect(stack.sandbox.log.entries().map((entry) => entry.storeHash)).toEqual([TEST_CREDENTIALS.storeHash]);
  });

  it('answers null for a payment that does not exist, after one upstream call', async () => {
    const { body } = await stack.execute(PaymentTotalDocument, { id: '999999' });

    expect(body).toEqual({ data: { payment: null } });
    expect(stack.upstreamRequests()).toEqual(['GET /payments/999999']);
  });

  it('refuses an id that is not a positive integer without calling upstream', async () => {
    const { body } = await stack.execute(PaymentTotalDocument, { id: '1.1' });

    expect(body.data).toEqual({ payment: null });
    expect(body.errors).toEqual([
      {
        message: 'id must be a positive whole number, got "1.1".',
        locations: [{ line: 2, column: 3 }],
        path: ['payment'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'id' },
      },
    ]);
    expect(stack.upstreamRequests()).toEqual([]);
  });
});

describe('Query.payments', () => {
  it('answers a page of payments, newest first, from one list call', async () => {
    const { body } = await stack.execute(PaymentPageDocument, { offset: 0, limit: 3 });

    expect(body.errors).toBeUndefined();
    const page = body.data?.payments;
    expect(page?.totalCount).toBe(540);
    expect(page?.nodes.map((payment) => payment.id)).toEqual(['540', '539', '538']);
    expect(page?.nodes[0]).toEqual({
      id: '540',
      customerId: '2398',
      processingStatus: 'COMPLETED',
      total: { currencyCode: 'GBP', value: '807.0751' },
    });
    expect(stack.upstreamRequests()).toEqual(['GET /payments?offset=0&limit=3']);
  });

  it('pages forward with opaque cursors, one list call per page', async () => {
    const first = await stack.execute(PaymentCursorPageDocument, { first: 2 });
    const endCursor = first.body.data?.payments.pageInfo.endCursor;
    expect(first.body.data?.payments).toEqual({
      totalCount: 540,
      edges: [
        { cursor: expect.any(String), node: { id: '540' } },
        { cursor: endCursor, node: { id: '539' } },
      ],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: expect.any(String), endCursor },
    });

    const second = await stack.execute(PaymentCursorPageDocument, { first: 2, after: endCursor });
    expect(second.body.data?.payments.edges.map((edge) => edge.node.id)).toEqual(['538', '537']);
    expect(second.body.data?.payments.pageInfo.hasPreviousPage).toBe(true);
    expect(stack.upstreamRequests()).toEqual(['GET /payments?offset=0&limit=2', 'GET /payments?offset=2&limit=2']);
  });

  it('pages backward from a cursor, and before the first payment answers an empty page with the real total', async () => {
    const second = await stack.execute(PaymentCursorPageDocument, { first: 2, after: null });
    const [first, next] = second.body.data?.payments.edges ?? [];

    const back = await stack.execute(PaymentBackwardPageDocument, { last: 1, before: next?.cursor });
    expect(back.body.data?.payments.edges.map((edge) => edge.node.id)).toEqual(['540']);

    const beforeFirst = await stack.execute(PaymentBackwardPageDocument, { last: 2, before: first?.cursor });
    expect(beforeFirst.body.data?.payments).toEqual({
      totalCount: 540,
      edges: [],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
    expect(stack.upstreamRequests()).toEqual([
      'GET /payments?offset=0&limit=2',
      'GET /payments?offset=0&limit=1',
      'GET /payments?offset=0&limit=1',
    ]);
  });

  it('refuses a page larger than the upstream maximum without calling upstream', async () => {
    const { body } = await stack.execute(PaymentCursorPageDocument, { first: 251 });

    expect(body.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argument: 'first' }]);
    expect(stack.upstreamRequests()).toEqual([]);
  });
});
