import { describe, expect, it } from 'vitest';
import {
  CreateOfflinePaymentIdOnlyDocument,
  FilteredPaymentsDocument,
  RecordPurchaseDocument,
  type CreateOfflinePaymentInput,
  type RecordPurchaseTransactionInput,
} from './gql/graphql.js';
import { useFileStack } from './support/file-stack.js';

// Text reaches the gateway as JSON variables, where every one of these characters can be written escaped.
const stack = useFileStack();

const PAYMENT: CreateOfflinePaymentInput = {
  customerId: '6041',
  currencyCode: 'GBP',
  lineItems: [{ invoiceId: '141', amount: '20.00' }],
};

const PURCHASE: RecordPurchaseTransactionInput = {
  orderId: '123',
  paymentMethodId: 'stripeupe.card',
  providerTransactionId: 'pi_3N8x',
  result: 'PAID',
};

const CONTROL = 'Must not contain control characters such as NUL, ESC or line breaks.';
const CONTROL_IN_MEMO = 'Must not contain control characters such as NUL, ESC or line breaks (line feeds are fine).';
const SURROGATE = 'Must be valid Unicode: it holds half of a UTF-16 surrogate pair.';

const refused = (fieldErrors: Array<{ field: string; messages: string[] }>) => ({
  __typename: 'InvalidInputError',
  code: 'INVALID_INPUT',
  message: 'The input is not valid: see fieldErrors.',
  upstreamStatus: null,
  upstreamRequestId: null,
  fieldErrors,
});

describe('control characters and lone surrogates in text inputs', () => {
  it.each([
    ['NUL', { payerName: 'Check\u0000' }, 'input.payerName', CONTROL],
    ['BEL', { externalId: 'ERP\u0007-1' }, 'input.externalId', CONTROL],
    ['ESC', { externalCustomerId: '\u001b[31mred' }, 'input.externalCustomerId', CONTROL],
    ['CR and LF', { payerName: 'Check\r\nX-Injected: 1' }, 'input.payerName', CONTROL],
    ['DEL', { externalId: 'ERP\u007f' }, 'input.externalId', CONTROL],
    ['a C1 control (NEL)', { payerName: 'Check\u0085' }, 'input.payerName', CONTROL],
    ['a carriage return in the memo', { memo: 'line one\rline two' }, 'input.memo', CONTROL_IN_MEMO],
    ['a line separator in the memo', { memo: 'line one\u2028line two' }, 'input.memo', CONTROL_IN_MEMO],
    ['a right-to-left override', { payerName: 'Invoice \u202egnp.exe' }, 'input.payerName', CONTROL],
    ['a bidirectional isolate', { externalId: 'ERP\u2067-1' }, 'input.externalId', CONTROL],
    ['a lone high surrogate', { externalId: 'ERP-\ud800' }, 'input.externalId', SURROGATE],
    ['a lone low surrogate', { memo: '\udc00 paid' }, 'input.memo', SURROGATE],
  ])('refuses %s in a payment input, naming the field, before any upstream call', async (_, change, field, message) => {
    const { body } = await stack.execute(CreateOfflinePaymentIdOnlyDocument, { input: { ...PAYMENT, ...change } });

    expect(body).toEqual({ data: { createOfflinePayment: refused([{ field, messages: [message] }]) } });
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('sends a memo with line feeds and a whole surrogate pair as written', async () => {
    const memo = 'Check 1042\nReceived by Ana 👍';

    const { body } = await stack.execute(CreateOfflinePaymentIdOnlyDocument, { input: { ...PAYMENT, memo } });

    // The id is the sandbox's next one, whichever test of this file ran first.
    expect(body.data?.createOfflinePayment).toEqual({
      __typename: 'CreateOfflinePaymentSuccess',
      paymentId: expect.stringMatching(/^\d+$/),
    });
    expect(stack.sandbox.log.entries().map(({ method, path, body: sent }) => ({ method, path, sent }))).toEqual([
      {
        method: 'POST',
        path: '/payments/offline',
        sent: {
          lineItems: [{ invoiceId: 141, amount: '20.00' }],
          currency: 'GBP',
          details: { memo },
          customerId: '6041',
        },
      },
    ]);
  });

  const card = (brand: string) => ({ paymentInstrument: { card: { brand } } });
  it.each([
    ['ESC in the provider id', { providerTransactionId: 'pi_\u001b' }, 'providerTransactionId', CONTROL],
    ['NUL in provider data', { providerData: [{ key: 'k', value: '\u0000' }] }, 'providerData[0].value', CONTROL],
    ['LF in the card brand', card('VISA\n'), 'paymentInstrument.card.brand', CONTROL],
    ['a lone surrogate in CVV', { cvvResult: { code: 'M', message: '\ud83d' } }, 'cvvResult.message', SURROGATE],
  ])('refuses %s in a transaction record', async (_, change, field, message) => {
    const { body } = await stack.execute(RecordPurchaseDocument, { input: { ...PURCHASE, ...change } });

    const refusal = refused([{ field: `input.${field}`, messages: [message] }]);
    expect(body.data?.recordPurchaseTransaction).toEqual(refusal);
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it.each([
    ['q', { q: 'ERP\u0000' }, CONTROL],
    ['customerName', { customerName: 'Acme\ud800' }, SURROGATE],
  ])('refuses a bad %s filter with BAD_USER_INPUT naming it', async (argument, variables, message) => {
    const { body } = await stack.execute(FilteredPaymentsDocument, variables);

    expect(body).toEqual({
      data: null,
      errors: [
        {
          message: `${argument}: ${message}`,
          locations: expect.any(Array),
          path: ['payments'],
          extensions: { code: 'BAD_USER_INPUT', argument },
        },
      ],
    });
    expect(stack.upstreamRequests()).toEqual([]);
  });
});

describe('bounded lists', () => {
  const lines = (count: number) =>
    Array.from({ length: count }, (_, index) => ({ invoiceId: String(index + 1), amount: '1.00' }));

  it('refuses more than 250 line items before any upstream call', async () => {
    const input = { ...PAYMENT, lineItems: lines(251) };

    const { body } = await stack.execute(CreateOfflinePaymentIdOnlyDocument, { input });

    expect(body.data?.createOfflinePayment).toEqual(
      refused([{ field: 'input.lineItems', messages: ['Give at most 250 line items.'] }]),
    );
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('sends 250 line items', async () => {
    await stack.execute(CreateOfflinePaymentIdOnlyDocument, { input: { ...PAYMENT, lineItems: lines(250) } });

    expect(stack.upstreamRequests()).toEqual(['POST /payments/offline']);
  });

  it('refuses more than 50 provider data entries', async () => {
    const providerData = Array.from({ length: 51 }, (_, index) => ({ key: `k${index}`, value: 'v' }));

    const { body } = await stack.execute(RecordPurchaseDocument, { input: { ...PURCHASE, providerData } });

    expect(body.data?.recordPurchaseTransaction).toEqual(
      refused([{ field: 'input.providerData', messages: ['Give at most 50 entries.'] }]),
    );
    expect(stack.upstreamRequests()).toEqual([]);
  });
});

describe('keys that name object machinery', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses the provider data key %s, not drops it', async (key) => {
    const providerData = [
      { key: 'mandate_method_id', value: 'm1' },
      { key, value: 'x' },
    ];

    const { body } = await stack.execute(RecordPurchaseDocument, { input: { ...PURCHASE, providerData } });

    const message = `"${key}" names JavaScript object machinery: use another key.`;
    const refusal = refused([{ field: 'input.providerData[1].key', messages: [message] }]);
    expect(body.data?.recordPurchaseTransaction).toEqual(refusal);
    expect(stack.upstreamRequests()).toEqual([]);
  });
});
