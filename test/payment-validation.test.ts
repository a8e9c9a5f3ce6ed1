import { describe, expect, it } from 'vitest';
import {
  CreateOfflinePaymentDocument,
  DeletePaymentDocument,
  FilteredPaymentsDocument,
  PerformPaymentOperationDocument,
  UpdateOfflinePaymentDocument,
  UpdatePaymentProcessingStatusDocument,
  type CreateOfflinePaymentInput,
  type FilteredPaymentsQueryVariables,
} from './gql/graphql.js';
import { useFileStack } from './support/file-stack.js';

const stack = useFileStack();

const valid: CreateOfflinePaymentInput = {
  customerId: '6041',
  currencyCode: 'GBP',
  lineItems: [
    { invoiceId: '141', amount: '20.00' },
    { invoiceId: '142', amount: '5.50' },
  ],
};

const create = async (change: Partial<CreateOfflinePaymentInput>) =>
  (await stack.execute(CreateOfflinePaymentDocument, { input: { ...valid, ...change } })).body.data
    ?.createOfflinePayment;

const withAmount = (amount: string) => ({ lineItems: [{ invoiceId: '141', amount }] });

interface MutationCase {
  rule: string;
  send: () => Promise<unknown>;
  field: string;
  message: string;
}

/** Every rule a mutation input is checked against; each must be refused without any upstream call. */
const mutationCases: MutationCase[] = [
  {
    rule: 'an amount of zero',
    send: () => create(withAmount('0.00')),
    field: 'input.lineItems[0].amount',
    message: 'Must be greater than 0.',
  },
  {
    rule: 'a negative amount',
    send: () => create(withAmount('-5')),
    field: 'input.lineItems[0].amount',
    message: 'Must be greater than 0.',
  },
  {
    rule: 'more than 4 fraction digits',
    send: () => create(withAmount('1.23456')),
    field: 'input.lineItems[0].amount',
    message: 'Use at most 4 digits after the decimal point.',
  },
  {
    rule: 'more than 15 whole digits',
    send: () => create(withAmount('1234567890123456')),
    field: 'input.lineItems[0].amount',
    message: 'Use at most 15 digits before the decimal point.',
  },
  {
    rule: 'a currency code in lower case',
    send: () => create({ currencyCode: 'gbp' }),
    field: 'input.currencyCode',
    message: '"gbp" is not an active ISO 4217 currency code. Write it in capitals: "GBP".',
  },
  {
    rule: 'a made-up currency code',
    send: () => create({ currencyCode: 'ABC' }),
    field: 'input.currencyCode',
    message: '"ABC" is not an active ISO 4217 currency code.',
  },
  {
    rule: 'a withdrawn currency code (Croatian kuna)',
    send: () => create({ currencyCode: 'HRK' }),
    field: 'input.currencyCode',
    message: '"HRK" is not an active ISO 4217 currency code.',
  },
  {
    rule: 'no line items',
    send: () => create({ lineItems: [] }),
    field: 'input.lineItems',
    message: 'Give at least one line item: a payment pays at least one invoice.',
  },
  {
    rule: 'invoice id 0',
    send: () => create({ lineItems: [{ invoiceId: '0', amount: '1.00' }] }),
    field: 'input.lineItems[0].invoiceId',
    message: 'Must be a positive whole number, got "0".',
  },
  {
    rule: 'a fractional invoice id',
    send: () => create({ lineItems: [{ invoiceId: '1.5', amount: '1.00' }] }),
    field: 'input.lineItems[0].invoiceId',
    message: 'Must be a positive whole number, got "1.5".',
  },
  {
    rule: 'the same invoice twice',
    send: () =>
      create({
        lineItems: [
          { invoiceId: '141', amount: '1.00' },
          { invoiceId: '141', amount: '2.00' },
        ],
      }),
    field: 'input.lineItems[1].invoiceId',
    message: 'Invoice 141 is already on an earlier line: one line per invoice.',
  },
  {
    rule: 'an empty customerId',
    send: () => create({ customerId: '' }),
    field: 'input.customerId',
    message: 'Must be a positive whole number, got "".',
  },
  {
    rule: 'a customerId that is not a company id',
    send: () => create({ customerId: 'acme' }),
    field: 'input.customerId',
    message: 'Must be a positive whole number, got "acme".',
  },
  {
    rule: 'a negative payerCustomerId',
    send: () => create({ payerCustomerId: '-3' }),
    field: 'input.payerCustomerId',
    message: 'Must be a positive whole number, got "-3".',
  },
  {
    rule: 'channel id 0',
    send: () => create({ channelId: '0' }),
    field: 'input.channelId',
    message: 'Must be a positive whole number, got "0".',
  },
  {
    rule: 'a memo over 1000 characters',
    send: () => create({ memo: 'm'.repeat(1001) }),
    field: 'input.memo',
    message: 'Use at most 1000 characters (got 1001).',
  },
  {
    rule: 'a blank payerName',
    send: () => create({ payerName: '   ' }),
    field: 'input.payerName',
    message: 'Must not be blank; leave it out instead.',
  },
  {
    rule: 'an externalId over 255 characters',
    send: () => create({ externalId: 'e'.repeat(256) }),
    field: 'input.externalId',
    message: 'Use at most 255 characters (got 256).',
  },
  {
    rule: 'an update of payment "1.1"',
    send: async () =>
      (await stack.execute(UpdateOfflinePaymentDocument, { input: { ...valid, paymentId: '1.1' } })).body.data
        ?.updateOfflinePayment,
    field: 'input.paymentId',
    message: 'Must be a positive whole number, got "1.1".',
  },
  {
    rule: 'an update to funding status UNKNOWN',
    send: async () =>
      (
        await stack.execute(UpdateOfflinePaymentDocument, {
          input: { ...valid, paymentId: '117', fundingStatus: 'UNKNOWN' },
        })
      ).body.data?.updateOfflinePayment,
    field: 'input.fundingStatus',
    message: 'UNKNOWN is only ever read, never sent: choose a known value.',
  },
  {
    rule: 'a delete of payment 0',
    send: async () =>
      (await stack.execute(DeletePaymentDocument, { input: { paymentId: '0' } })).body.data?.deletePayment,
    field: 'input.paymentId',
    message: 'Must be a positive whole number, got "0".',
  },
  {
    rule: 'the operation UNKNOWN',
    send: async () =>
      (await stack.execute(PerformPaymentOperationDocument, { input: { paymentId: '117', operation: 'UNKNOWN' } })).body
        .data?.performPaymentOperation,
    field: 'input.operation',
    message: 'UNKNOWN is only ever read, never sent: choose a known value.',
  },
  {
    rule: 'an operation on payment "abc"',
    send: async () =>
      (
        await stack.execute(PerformPaymentOperationDocument, {
          input: { paymentId: 'abc', operation: 'REVERT_INVOICE_BALANCES' },
        })
      ).body.data?.performPaymentOperation,
    field: 'input.paymentId',
    message: 'Must be a positive whole number, got "abc".',
  },
  {
    rule: 'a status change of payment -1',
    send: async () =>
      (
        await stack.execute(UpdatePaymentProcessingStatusDocument, {
          input: { paymentId: '-1', processingStatus: 'COMPLETED' },
        })
      ).body.data?.updatePaymentProcessingStatus,
    field: 'input.paymentId',
    message: 'Must be a positive whole number, got "-1".',
  },
];

describe('mutation inputs are checked before anything is sent', () => {
  it.each(mutationCases)('refuses $rule with InvalidInputError', async ({ send, field, message }) => {
    const result = await send();

    expect(result).toEqual({
      __typename: 'InvalidInputError',
      code: 'INVALID_INPUT',
      message: 'The input is not valid: see fieldErrors.',
      upstreamStatus: null,
      upstreamRequestId: null,
      fieldErrors: [{ field, messages: [message] }],
    });
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('reports every problem of an input at once', async () => {
    const result = await create({
      customerId: 'x',
      currencyCode: 'usd',
      lineItems: [{ invoiceId: '0', amount: '0' }],
      channelId: '-1',
    });

    expect(result).toMatchObject({
      __typename: 'InvalidInputError',
      fieldErrors: [
        { field: 'input.lineItems[0].invoiceId', messages: ['Must be a positive whole number, got "0".'] },
        { field: 'input.lineItems[0].amount', messages: ['Must be greater than 0.'] },
        { field: 'input.currencyCode', messages: [expect.stringContaining('"usd"')] },
        { field: 'input.customerId', messages: ['Must be a positive whole number, got "x".'] },
        { field: 'input.channelId', messages: ['Must be a positive whole number, got "-1".'] },
      ],
    });
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('refuses what the GraphQL types rule out as a request error, before execution', async () => {
    const { status, body } = await stack.execute(CreateOfflinePaymentDocument, {
      input: { ...valid, ...withAmount('twenty') },
    });

    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.map((error) => [error.message, error.extensions?.code])).toEqual([
      [
        'Variable "$input" got invalid value "twenty" at "input.lineItems[0].amount"; Decimal must be a string of digits with an optional fraction, such as "20.00"',
        'BAD_USER_INPUT',
      ],
    ]);
    expect(stack.upstreamRequests()).toEqual([]);
  });
});

interface ArgumentCase {
  rule: string;
  variables: FilteredPaymentsQueryVariables;
  argument: string;
  message: string;
}

/** Every rule a list filter is checked against; each fails the query without any upstream call. */
const argumentCases: ArgumentCase[] = [
  {
    rule: 'invoice id 0',
    variables: { invoiceId: '0' },
    argument: 'invoiceId',
    message: 'invoiceId: Must be a positive whole number, got "0".',
  },
  {
    rule: 'processing status UNKNOWN',
    variables: { processingStatus: 'UNKNOWN' },
    argument: 'processingStatus',
    message: 'processingStatus: UNKNOWN is only ever read, never sent: choose a known value.',
  },
  {
    rule: 'a channel id that is not a number',
    variables: { channelIds: ['1', 'x'] },
    argument: 'channelIds[1]',
    message: 'channelIds[1]: Must be a positive whole number, got "x".',
  },
  {
    rule: 'an empty channel list',
    variables: { channelIds: [] },
    argument: 'channelIds',
    message: 'channelIds: Give 1 to 50 channel ids, or leave channelIds out for every channel.',
  },
  {
    rule: 'a payment-id search for a word',
    variables: { searchBy: 'ID', q: 'abc' },
    argument: 'q',
    message: 'q: Must be a positive whole number, got "abc".',
  },
  {
    rule: 'searchBy without q',
    variables: { searchBy: 'CUSTOMER_ID' },
    argument: 'searchBy',
    message: 'searchBy: Needs q: searchBy names the field q is matched against.',
  },
  {
    rule: 'an empty keyword',
    variables: { q: '' },
    argument: 'q',
    message: 'q: Must not be blank; leave it out instead.',
  },
  {
    rule: 'a company name over 200 characters',
    variables: { customerName: 'n'.repeat(201) },
    argument: 'customerName',
    message: 'customerName: Use at most 200 characters (got 201).',
  },
];

describe('list filters are checked before anything is sent', () => {
  it.each(argumentCases)('refuses $rule with BAD_USER_INPUT', async ({ variables, argument, message }) => {
    const { body } = await stack.execute(FilteredPaymentsDocument, variables);

    expect(body).toEqual({
      data: null,
      errors: [
        { message, locations: expect.any(Array), path: ['payments'], extensions: { code: 'BAD_USER_INPUT', argument } },
      ],
    });
    expect(stack.upstreamRequests()).toEqual([]);
  });
});
