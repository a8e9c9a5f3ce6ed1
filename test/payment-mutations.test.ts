import { describe, expect, it } from 'vitest';
import {
  CreateOfflinePaymentDocument,
  CreateOfflinePaymentIdOnlyDocument,
  CreateOfflinePaymentWithTransactionsDocument,
  DeletePaymentDocument,
  FilteredPaymentsDocument,
  PaymentTotalDocument,
  PerformPaymentOperationDocument,
  UpdateOfflinePaymentDocument,
  UpdatePaymentProcessingStatusDocument,
  type CreateOfflinePaymentInput,
} from './gql/graphql.js';
import { useFileStack } from './support/file-stack.js';
import { twoInvoices, writtenId } from './support/offline-payment.js';

/** 2027-01-01T00:00:00Z, after every seeded payment: the sandbox clock, so created times are known and newest. */
const NOW = 1_798_761_600;

const stack = useFileStack({ sandbox: { now: () => NOW } });

/** Creates a payment through the gateway and returns its id; clears the upstream log after. */
async function createPayment(input: CreateOfflinePaymentInput = twoInvoices): Promise<string> {
  const { body } = await stack.execute(CreateOfflinePaymentIdOnlyDocument, { input });
  stack.resetUpstreamLog();
  return writtenId(body.data?.createOfflinePayment);
}

const sentBodies = () => stack.sandbox.log.entries().map((entry) => entry.body);

describe('createOfflinePayment', () => {
  it('sends the documented body once, then answers the new payment as the upstream has it', async () => {
    const { body } = await stack.execute(CreateOfflinePaymentDocument, {
      input: {
        ...twoInvoices,
        externalId: 'ERP-PAY-9001',
        externalCustomerId: 'ERP-CUST-6041',
        payerName: 'Check',
        payerCustomerId: '6041',
        processingStatus: 'PROCESSING',
        channelId: '2',
      },
    });

    const id = writtenId(body.data?.createOfflinePayment);
    expect(body).toEqual({
      data: {
        createOfflinePayment: {
          __typename: 'CreateOfflinePaymentSuccess',
          paymentId: id,
          payment: {
            id,
            customerId: '6041',
            customerName: 'John Doe',
            payerName: 'Check',
            payerCustomerId: '6041',
            externalId: 'ERP-PAY-9001',
            externalCustomerId: 'ERP-CUST-6041',
            moduleName: 'payments_offline',
            processingStatus: 'PROCESSING',
            appliedStatus: 'APPLIED',
            fundingStatus: 'FUNDING_STATUS_2',
            channelId: '2',
            details: { memo: 'Check 1042' },
            total: { currencyCode: 'GBP', value: '25.1234' },
            lineItems: [
              { invoiceId: '141', invoiceNumber: '00000141', amount: { currencyCode: 'GBP', value: '20.0000' } },
              { invoiceId: '142', invoiceNumber: '00000142', amount: { currencyCode: 'GBP', value: '5.1234' } },
            ],
            operations: {
              allowedOperations: ['REVERT_INVOICE_BALANCES'],
              allowedStatuses: ['AWAITING_PROCESSING', 'COMPLETED', 'REFUNDED'],
            },
          },
        },
      },
    });
    // The write answers `{ paymentId }` only (docs/upstream-contract.md §2.7b): one detail read is the least a
    // refreshed payment costs.
    expect(stack.upstreamRequests()).toEqual(['POST /payments/offline', `GET /payments/${id}`]);
    expect(sentBodies()[0]).toEqual({
      lineItems: [
        { invoiceId: 141, amount: '20.00' },
        { invoiceId: 142, amount: '5.1234' },
      ],
      currency: 'GBP',
      details: { memo: 'Check 1042' },
      customerId: '6041',
      externalId: 'ERP-PAY-9001',
      externalCustomerId: 'ERP-CUST-6041',
      payerName: 'Check',
      payerCustomerId: '6041',
      processingStatus: 2,
      channelId: 2,
    });
  });

  it('sends only the required fields when nothing else is given, so the upstream defaults apply', async () => {
    const { body } = await stack.execute(CreateOfflinePaymentDocument, {
      input: { customerId: '1187', currencyCode: 'USD', lineItems: [{ invoiceId: '7', amount: '99.5' }] },
    });

    expect(sentBodies()).toEqual([
      { lineItems: [{ invoiceId: 7, amount: '99.5' }], currency: 'USD', details: {}, customerId: '1187' },
      null,
    ]);
    const result = body.data?.createOfflinePayment;
    expect(result?.__typename === 'CreateOfflinePaymentSuccess' && result.payment).toMatchObject({
      payerName: 'Store offline payment',
      payerCustomerId: '1187',
      processingStatus: 'COMPLETED',
      channelId: '1',
      details: { memo: '' },
    });
  });

  it('makes no read after the write when the payment is not selected', async () => {
    const { body } = await stack.execute(CreateOfflinePaymentIdOnlyDocument, { input: twoInvoices });

    expect(body.data?.createOfflinePayment?.__typename).toBe('CreateOfflinePaymentSuccess');
    expect(stack.upstreamRequests()).toEqual(['POST /payments/offline']);
  });

  it('reads the transactions only when the selection asks for them', async () => {
    const { body } = await stack.execute(CreateOfflinePaymentWithTransactionsDocument, { input: twoInvoices });

    const result = body.data?.createOfflinePayment;
    expect(result?.__typename === 'CreateOfflinePaymentSuccess' && result.payment?.transactions).toEqual([
      { type: 'OfflineTransaction', memo: 'Check 1042' },
    ]);
    const id = writtenId(result);
    expect(stack.upstreamRequests().sort()).toEqual([
      `GET /payments/${id}`,
      `GET /payments/${id}/transactions`,
      'POST /payments/offline',
    ]);
  });

  it('lists a created payment under its invoices', async () => {
    const id = await createPayment({ ...twoInvoices, lineItems: [{ invoiceId: '143', amount: '1.00' }] });

    const { body } = await stack.execute(FilteredPaymentsDocument, {
      invoiceId: '143',
      sortBy: 'CREATED_AT',
      orderBy: 'DESC',
      first: 1,
    });

    expect(body.data?.payments.nodes).toEqual([
      {
        id,
        customerId: '6041',
        customerName: 'John Doe',
        externalId: null,
        processingStatus: 'COMPLETED',
        channelId: '1',
        createdAtUnix: NOW,
        total: { currencyCode: 'GBP', value: '1.0000' },
        lineItems: [{ invoiceId: '143' }],
      },
    ]);
  });

  it('answers the upstream 422 field messages at the GraphQL input paths', async () => {
    stack.sandbox.faults.add({
      method: 'POST',
      path: '/payments/offline',
      times: 1,
      action: {
        kind: 'respond',
        status: 422,
        body: {
          code: 422,
          meta: { message: 'Parameter Error' },
          data: {
            lineItems: ['This field is required.'],
            'lineItems.1.amount': ['Ensure this value is greater than 0.'],
            currency: ['Enter a valid currency.'],
            'details.memo': ['Not a valid string.'],
          },
        },
      },
    });

    const { body } = await stack.execute(CreateOfflinePaymentDocument, { input: twoInvoices });

    expect(body).toEqual({
      data: {
        createOfflinePayment: {
          __typename: 'InvalidInputError',
          code: 'INVALID_INPUT',
          message: 'The input is not valid: see fieldErrors.',
          upstreamStatus: 422,
          upstreamRequestId: expect.stringMatching(/^sbx-\d+$/),
          fieldErrors: [
            { field: 'input.lineItems', messages: ['This field is required.'] },
            { field: 'input.lineItems[1].amount', messages: ['Ensure this value is greater than 0.'] },
            { field: 'input.currencyCode', messages: ['Enter a valid currency.'] },
            { field: 'input.memo', messages: ['Not a valid string.'] },
          ],
        },
      },
    });
    expect(stack.upstreamRequests()).toEqual(['POST /payments/offline']);
  });

  it('answers the upstream 422 message when it names no field', async () => {
    // KES is an active ISO 4217 code the sandbox does not take: its documented "Invalid currency code"
    // (docs/upstream-contract.md §4.1).
    const { body } = await stack.execute(CreateOfflinePaymentDocument, {
      input: { ...twoInvoices, currencyCode: 'KES' },
    });

    expect(body.data?.createOfflinePayment).toEqual({
      __typename: 'InvalidInputError',
      code: 'INVALID_INPUT',
      message: 'Invalid currency code',
      upstreamStatus: 422,
      upstreamRequestId: expect.stringMatching(/^sbx-\d+$/),
      fieldErrors: [],
    });
  });

  it('never sends a write twice: a 5xx answer is OUTCOME_UNKNOWN, thrown, and not retryable', async () => {
    stack.sandbox.faults.add({
      method: 'POST',
      path: '/payments/offline',
      afterHandling: true,
      action: { kind: 'respond', status: 502 },
    });

    const { body } = await stack.execute(CreateOfflinePaymentDocument, { input: twoInvoices });

    expect(body.data).toEqual({ createOfflinePayment: null });
    expect(body.errors).toEqual([
      {
        message: 'The write was sent but its outcome is unknown; check before retrying.',
        locations: expect.any(Array),
        path: ['createOfflinePayment'],
        extensions: {
          code: 'OUTCOME_UNKNOWN',
          retryable: false,
          upstreamStatus: 502,
          upstreamRequestId: expect.any(String),
        },
      },
    ]);
    expect(stack.upstreamRequests()).toEqual(['POST /payments/offline']);
  });

  it('never sends a write twice: a dropped connection is OUTCOME_UNKNOWN', async () => {
    stack.sandbox.faults.add({
      method: 'POST',
      path: '/payments/offline',
      afterHandling: true,
      action: { kind: 'reset' },
    });

    const { body } = await stack.execute(CreateOfflinePaymentDocument, { input: twoInvoices });

    expect(body.errors?.map((error) => error.extensions)).toEqual([{ code: 'OUTCOME_UNKNOWN', retryable: false }]);
    expect(stack.upstreamRequests()).toEqual(['POST /payments/offline']);
  });

  it('answers OUTCOME_UNKNOWN when the upstream accepts the write but its answer cannot be read', async () => {
    stack.sandbox.faults.add({
      method: 'POST',
      path: '/payments/offline',
      afterHandling: true,
      action: { kind: 'respond', status: 200, rawBody: '{"code":200,"data":{"paymentId":' },
    });

    const { body } = await stack.execute(CreateOfflinePaymentDocument, { input: twoInvoices });

    expect(body.errors?.map((error) => error.extensions)).toEqual([
      { code: 'OUTCOME_UNKNOWN', retryable: false, upstreamStatus: 200, upstreamRequestId: expect.any(String) },
    ]);
    expect(stack.upstreamRequests()).toEqual(['POST /payments/offline']);
  });

  it('still reports the write when reading the payment afterwards fails', async () => {
    // Every try of the read fails (reads are retried; the write never is).
    stack.sandbox.faults.add({ method: 'GET', path: /^\/payments\/\d+$/, action: { kind: 'respond', status: 503 } });

    const { body } = await stack.execute(CreateOfflinePaymentDocument, { input: twoInvoices });

    const result = body.data?.createOfflinePayment;
    expect(result).toEqual({ __typename: 'CreateOfflinePaymentSuccess', paymentId: expect.any(String), payment: null });
    expect(body.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['createOfflinePayment', 'payment'], 'UPSTREAM_SERVER_ERROR'],
    ]);
    const read = `GET /payments/${writtenId(result)}`;
    expect(stack.upstreamRequests()).toEqual(['POST /payments/offline', read, read, read]);
  });
});

describe('performPaymentOperation', () => {
  it('reverts and re-applies invoice balances, the allowed operations following', async () => {
    const id = await createPayment();

    const reverted = await stack.execute(PerformPaymentOperationDocument, {
      input: { paymentId: id, operation: 'REVERT_INVOICE_BALANCES' },
    });
    const revertedPayment = reverted.body.data?.performPaymentOperation;
    expect(revertedPayment?.__typename === 'PerformPaymentOperationSuccess' && revertedPayment.payment).toMatchObject({
      appliedStatus: 'NOT_APPLIED',
      operations: { allowedOperations: ['APPLY_TO_INVOICE_BALANCES'] },
    });
    expect(stack.upstreamRequests()).toEqual([`POST /payments/${id}/operations`, `GET /payments/${id}`]);
    expect(sentBodies()[0]).toEqual({ operationCode: 1 });

    const applied = await stack.execute(PerformPaymentOperationDocument, {
      input: { paymentId: id, operation: 'APPLY_TO_INVOICE_BALANCES' },
    });
    const appliedPayment = applied.body.data?.performPaymentOperation;
    expect(appliedPayment?.__typename === 'PerformPaymentOperationSuccess' && appliedPayment.payment).toMatchObject({
      appliedStatus: 'APPLIED',
      operations: { allowedOperations: ['REVERT_INVOICE_BALANCES'] },
    });
  });

  it('answers the upstream 400 as OperationNotAllowedError', async () => {
    const id = await createPayment();

    const { body } = await stack.execute(PerformPaymentOperationDocument, {
      input: { paymentId: id, operation: 'APPLY_TO_INVOICE_BALANCES' },
    });

    expect(body).toEqual({
      data: {
        performPaymentOperation: {
          __typename: 'OperationNotAllowedError',
          code: 'OPERATION_NOT_ALLOWED',
          message: 'The payment operation is not allowed.',
          upstreamStatus: 400,
          upstreamRequestId: expect.stringMatching(/^sbx-\d+$/),
        },
      },
    });
    expect(stack.upstreamRequests()).toEqual([`POST /payments/${id}/operations`]);
  });

  it('sends the undocumented operation 3 as it is, for the upstream to judge', async () => {
    const { body } = await stack.execute(PerformPaymentOperationDocument, {
      input: { paymentId: '117', operation: 'UNDOCUMENTED_OPERATION_3' },
    });

    expect(body.data?.performPaymentOperation?.__typename).toBe('OperationNotAllowedError');
    expect(sentBodies()).toEqual([{ operationCode: 3 }]);
  });

  it('answers PaymentNotFoundError for a payment that does not exist', async () => {
    const { body } = await stack.execute(PerformPaymentOperationDocument, {
      input: { paymentId: '999999', operation: 'REVERT_INVOICE_BALANCES' },
    });

    expect(body).toEqual({
      data: {
        performPaymentOperation: {
          __typename: 'PaymentNotFoundError',
          code: 'PAYMENT_NOT_FOUND',
          message: 'Payment 999999 does not exist.',
          paymentId: '999999',
          upstreamStatus: 404,
          upstreamRequestId: expect.stringMatching(/^sbx-\d+$/),
        },
      },
    });
    expect(stack.upstreamRequests()).toEqual(['POST /payments/999999/operations']);
  });
});

describe('updatePaymentProcessingStatus', () => {
  it('moves the payment to an allowed status and answers it with its new allowed statuses', async () => {
    const id = await createPayment();

    const { body } = await stack.execute(UpdatePaymentProcessingStatusDocument, {
      input: { paymentId: id, processingStatus: 'REFUNDED' },
    });

    const result = body.data?.updatePaymentProcessingStatus;
    expect(result?.__typename === 'UpdatePaymentProcessingStatusSuccess' && result.payment).toMatchObject({
      processingStatus: 'REFUNDED',
      operations: { allowedStatuses: ['AWAITING_PROCESSING', 'PROCESSING', 'COMPLETED'] },
    });
    expect(stack.upstreamRequests()).toEqual([`PUT /payments/${id}/processing-status`, `GET /payments/${id}`]);
    expect(sentBodies()[0]).toEqual({ processingStatus: 4 });
  });

  it('answers OperationNotAllowedError for a status the payment does not allow', async () => {
    // Payment 18 is an Incomplete sales-order payment: it allows no status change.
    const { body } = await stack.execute(UpdatePaymentProcessingStatusDocument, {
      input: { paymentId: '18', processingStatus: 'COMPLETED' },
    });

    expect(body.data?.updatePaymentProcessingStatus).toEqual({
      __typename: 'OperationNotAllowedError',
      code: 'OPERATION_NOT_ALLOWED',
      message: 'The payment processing status is not allowed.',
      upstreamStatus: 400,
      upstreamRequestId: expect.stringMatching(/^sbx-\d+$/),
    });
    expect(stack.upstreamRequests()).toEqual(['PUT /payments/18/processing-status']);
  });
});

describe('updateOfflinePayment', () => {
  it('replaces the payment: new content, and defaults for what is left out', async () => {
    const id = await createPayment({ ...twoInvoices, payerName: 'Check', externalId: 'ERP-PAY-1' });

    const { body } = await stack.execute(UpdateOfflinePaymentDocument, {
      input: {
        paymentId: id,
        customerId: '6041',
        currencyCode: 'GBP',
        lineItems: [{ invoiceId: '143', amount: '7.25' }],
        fundingStatus: 'FUNDING_STATUS_3',
      },
    });

    const result = body.data?.updateOfflinePayment;
    expect(result?.__typename === 'UpdateOfflinePaymentSuccess' && result.payment).toMatchObject({
      id,
      payerName: 'Store offline payment',
      externalId: null,
      fundingStatus: 'FUNDING_STATUS_3',
      details: { memo: '' },
      total: { currencyCode: 'GBP', value: '7.2500' },
      lineItems: [{ invoiceId: '143', invoiceNumber: '00000143', amount: { currencyCode: 'GBP', value: '7.2500' } }],
    });
    expect(stack.upstreamRequests()).toEqual([`PUT /payments/offline/${id}`, `GET /payments/${id}`]);
    expect(sentBodies()[0]).toEqual({
      lineItems: [{ invoiceId: 143, amount: '7.25' }],
      currency: 'GBP',
      details: {},
      customerId: '6041',
      fundingStatus: 3,
    });
  });

  it('answers OperationNotAllowedError when the upstream refuses to update a payment that is not offline', async () => {
    // Payment 8 was taken by card (payments_minibc).
    const { body } = await stack.execute(UpdateOfflinePaymentDocument, {
      input: { ...twoInvoices, paymentId: '8' },
    });

    expect(body.data?.updateOfflinePayment).toEqual({
      __typename: 'OperationNotAllowedError',
      code: 'OPERATION_NOT_ALLOWED',
      message: 'Only offline payments can be updated.',
      upstreamStatus: 400,
      upstreamRequestId: expect.stringMatching(/^sbx-\d+$/),
    });
  });

  it('answers PaymentNotFoundError for a payment that does not exist', async () => {
    const { body } = await stack.execute(UpdateOfflinePaymentDocument, {
      input: { ...twoInvoices, paymentId: '999999' },
    });

    expect(body.data?.updateOfflinePayment).toMatchObject({ __typename: 'PaymentNotFoundError', paymentId: '999999' });
    expect(stack.upstreamRequests()).toEqual(['PUT /payments/offline/999999']);
  });
});

describe('deletePayment', () => {
  it('deletes: the payment is gone from reads and lists, and a second delete finds nothing', async () => {
    const id = await createPayment({ ...twoInvoices, lineItems: [{ invoiceId: '150', amount: '3.00' }] });

    const deleted = await stack.execute(DeletePaymentDocument, { input: { paymentId: id } });
    expect(deleted.body).toEqual({
      data: { deletePayment: { __typename: 'DeletePaymentSuccess', deletedPaymentId: id } },
    });
    expect(stack.upstreamRequests()).toEqual([`DELETE /payments/${id}`]);

    const read = await stack.execute(PaymentTotalDocument, { id });
    expect(read.body).toEqual({ data: { payment: null } });
    const listed = await stack.execute(FilteredPaymentsDocument, { invoiceId: '150' });
    expect(listed.body.data?.payments.nodes.map((payment) => payment.id)).not.toContain(id);

    const again = await stack.execute(DeletePaymentDocument, { input: { paymentId: id } });
    expect(again.body.data?.deletePayment).toMatchObject({ __typename: 'PaymentNotFoundError', paymentId: id });
  });
});
