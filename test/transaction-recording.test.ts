import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RecordAuthorizationDocument,
  RecordPurchaseDocument,
  RecordPurchaseThenAuthorizationDocument,
  type RecordAuthorizationTransactionInput,
  type RecordPurchaseTransactionInput,
} from './gql/graphql.js';
import { useFileStack } from './support/file-stack.js';
import { TEST_CREDENTIALS, startStack, type TestStack } from './support/stack.js';

const STORE = TEST_CREDENTIALS.storeHash;
const PURCHASES = `/stores/${STORE}/v3/payments/transactions/purchases`;
const AUTHORIZATIONS = `/stores/${STORE}/v3/payments/transactions/authorizations`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The reference's example, as GraphQL input: every field given. */
const FULL_PURCHASE: RecordPurchaseTransactionInput = {
  orderId: '123',
  paymentMethodId: 'stripeupe.card',
  providerTransactionId: 'pi_3N8xkJ2eZvKYlo2C',
  result: 'PAID',
  isTest: false,
  status: 'COMPLETE',
  providerData: [
    { key: 'mandate_method_id', value: 'sample_method_id' },
    { key: 'override_method_id', value: 'sample_override_method_id' },
  ],
  paymentInstrument: {
    card: {
      type: 'CARD',
      issuerIdentificationNumber: '234324',
      last4: '4242',
      brand: 'VISA',
      expires: { month: 12, year: 2030 },
    },
  },
  avsResult: { code: 'Y', message: 'Address and postal code match', streetMatch: 'Y', postalMatch: 'Y' },
  cvvResult: { code: 'M', message: 'CVV matches' },
};

/** The same example as the documented snake_case body. */
const FULL_PURCHASE_BODY = {
  order_id: '123',
  payment_method_id: 'stripeupe.card',
  provider_transaction_id: 'pi_3N8xkJ2eZvKYlo2C',
  result: 'PAID',
  status: 'COMPLETE',
  is_test: false,
  provider_data: { mandate_method_id: 'sample_method_id', override_method_id: 'sample_override_method_id' },
  payment_instrument: {
    card: {
      type: 'CARD',
      issuer_identification_number: '234324',
      last4: '4242',
      brand: 'VISA',
      expires: { month: 12, year: 2030 },
    },
  },
  avs_result: { code: 'Y', message: 'Address and postal code match', street_match: 'Y', postal_match: 'Y' },
  cvv_result: { code: 'M', message: 'CVV matches' },
};

const MINIMAL_PURCHASE: RecordPurchaseTransactionInput = {
  orderId: '123',
  paymentMethodId: 'stripeupe.card',
  providerTransactionId: 'pi_1',
  result: 'PAID',
};

const AUTHORIZATION: RecordAuthorizationTransactionInput = {
  orderId: '77',
  paymentMethodId: 'braintree.card',
  providerTransactionId: 'bt_auth_9',
  result: 'OTHER',
  otherResult: 'AUTHORIZED',
};

// One stack per file; each test starts with an empty request log and no fault rules.
const stack = useFileStack();

/** The upstream requests as method, path, body and the B2B store header (never sent to the Admin API). */
const upstreamWrites = () =>
  stack.sandbox.log.entries().map(({ method, path, body, storeHash }) => ({ method, path, body, storeHash }));

const recordedCount = () => stack.sandbox.recordedTransactions(STORE).length;

describe('Mutation.recordPurchaseTransaction', () => {
  it('records a purchase with every documented field, sending exactly the documented body once', async () => {
    const before = recordedCount();
    const { status, body } = await stack.execute(RecordPurchaseDocument, { input: FULL_PURCHASE });

    expect(status).toBe(200);
    const recorded = stack.sandbox.recordedTransactions(STORE).slice(before);
    expect(recorded).toEqual([{ id: expect.stringMatching(UUID), kind: 'purchase', body: FULL_PURCHASE_BODY }]);
    expect(body).toEqual({
      data: { recordPurchaseTransaction: { __typename: 'RecordedTransaction', id: recorded[0]?.id } },
    });
    expect(upstreamWrites()).toEqual([{ method: 'POST', path: PURCHASES, body: FULL_PURCHASE_BODY, storeHash: null }]);
  });

  it('leaves out every optional field the input leaves out', async () => {
    const { body } = await stack.execute(RecordPurchaseDocument, { input: MINIMAL_PURCHASE });

    expect(body.data?.recordPurchaseTransaction).toEqual({
      __typename: 'RecordedTransaction',
      id: expect.stringMatching(UUID),
    });
    expect(upstreamWrites()).toEqual([
      {
        method: 'POST',
        path: PURCHASES,
        body: { order_id: '123', payment_method_id: 'stripeupe.card', provider_transaction_id: 'pi_1', result: 'PAID' },
        storeHash: null,
      },
    ]);
  });

  it('takes a 200 with the bare id as success too: the success status is undocumented', async () => {
    const id = '0ce6ec58-e731-497c-b4f2-51e65950ea42';
    stack.sandbox.faults.add({ path: PURCHASES, action: { kind: 'respond', status: 200, body: { id } } });

    const { body } = await stack.execute(RecordPurchaseDocument, { input: MINIMAL_PURCHASE });

    expect(body).toEqual({ data: { recordPurchaseTransaction: { __typename: 'RecordedTransaction', id } } });
  });
});

describe('Mutation.recordAuthorizationTransaction', () => {
  it('records an authorization with a result the schema does not list, sent as given', async () => {
    const before = recordedCount();
    const { body } = await stack.execute(RecordAuthorizationDocument, { input: AUTHORIZATION });

    const recorded = stack.sandbox.recordedTransactions(STORE).slice(before);
    const expectedBody = {
      order_id: '77',
      payment_method_id: 'braintree.card',
      provider_transaction_id: 'bt_auth_9',
      result: 'AUTHORIZED',
    };
    expect(recorded).toEqual([{ id: expect.stringMatching(UUID), kind: 'authorization', body: expectedBody }]);
    expect(body).toEqual({
      data: { recordAuthorizationTransaction: { __typename: 'RecordedTransaction', id: recorded[0]?.id } },
    });
    expect(upstreamWrites()).toEqual([{ method: 'POST', path: AUTHORIZATIONS, body: expectedBody, storeHash: null }]);
  });

  it("answers the upstream's refusal of an unlisted result as a typed input error on `result`", async () => {
    const { body } = await stack.execute(RecordAuthorizationDocument, {
      input: { ...AUTHORIZATION, otherResult: 'APPROVED' },
    });

    expect(body).toEqual({
      data: {
        recordAuthorizationTransaction: {
          __typename: 'InvalidInputError',
          code: 'INVALID_INPUT',
          message: 'The transaction was not recorded: see errors.',
          upstreamStatus: 422,
          upstreamRequestId: expect.stringMatching(/^sbx-\d+$/),
          fieldErrors: [
            { field: 'input.result', messages: ['Must be one of AUTHORIZED for a authorization transaction.'] },
          ],
        },
      },
    });
    expect(stack.upstreamRequests()).toEqual([`POST ${AUTHORIZATIONS}`]);
  });
});

describe('input validation, before anything is sent', () => {
  const refusal = (fieldErrors: Array<{ field: string; message: string }>) => ({
    data: {
      recordPurchaseTransaction: {
        __typename: 'InvalidInputError',
        code: 'INVALID_INPUT',
        message: 'The input is not valid: see fieldErrors.',
        upstreamStatus: null,
        upstreamRequestId: null,
        fieldErrors: fieldErrors.map(({ field, message }) => ({ field: `input.${field}`, messages: [message] })),
      },
    },
  });
  const card = FULL_PURCHASE.paymentInstrument!.card;

  it.each<[string, Partial<RecordPurchaseTransactionInput>, string, string]>([
    [
      'an order id of 0',
      { orderId: '0' },
      'orderId',
      'Must be a positive whole number written as a string, such as "123".',
    ],
    [
      'an order id with a letter',
      { orderId: '12a' },
      'orderId',
      'Must be a positive whole number written as a string, such as "123".',
    ],
    [
      'a negative order id',
      { orderId: '-5' },
      'orderId',
      'Must be a positive whole number written as a string, such as "123".',
    ],
    [
      'a payment method without a method',
      { paymentMethodId: 'stripeupe' },
      'paymentMethodId',
      'Must be {provider}.{method}, such as "stripeupe.card".',
    ],
    [
      'a payment method without a provider',
      { paymentMethodId: '.card' },
      'paymentMethodId',
      'Must be {provider}.{method}, such as "stripeupe.card".',
    ],
    ['an empty provider transaction id', { providerTransactionId: '' }, 'providerTransactionId', 'Must not be blank.'],
    [
      'a blank provider transaction id',
      { providerTransactionId: '   ' },
      'providerTransactionId',
      'Must not be blank.',
    ],
    ['result OTHER without otherResult', { result: 'OTHER' }, 'otherResult', 'Required with result: OTHER.'],
    [
      'otherResult with a listed result',
      { otherResult: 'SETTLED' },
      'otherResult',
      'Give otherResult only with result: OTHER.',
    ],
    [
      'otherResult not in capitals',
      { result: 'OTHER', otherResult: 'paid' },
      'otherResult',
      'Must be capital letters, digits and underscores, starting with a letter, such as "PAID".',
    ],
    [
      'otherResult naming a listed value',
      { result: 'OTHER', otherResult: 'PAID' },
      'otherResult',
      'PAID is listed: send result: PAID instead.',
    ],
    [
      'a blank provider data key',
      { providerData: [{ key: ' ', value: 'x' }] },
      'providerData[0].key',
      'A key must not be blank.',
    ],
    [
      'a provider data key given twice',
      {
        providerData: [
          { key: 'a', value: '1' },
          { key: 'a', value: '2' },
        ],
      },
      'providerData[1].key',
      'Key "a" is given twice.',
    ],
    [
      'a last4 of three digits',
      { paymentInstrument: { card: { ...card, last4: '424' } } },
      'paymentInstrument.card.last4',
      'Must be exactly four digits.',
    ],
    [
      'a last4 with a letter',
      { paymentInstrument: { card: { ...card, last4: '42a2' } } },
      'paymentInstrument.card.last4',
      'Must be exactly four digits.',
    ],
    [
      'an issuer identification number of 5 digits',
      { paymentInstrument: { card: { ...card, issuerIdentificationNumber: '23432' } } },
      'paymentInstrument.card.issuerIdentificationNumber',
      'Must be 6 or 8 digits.',
    ],
    [
      'an expiry month of 0',
      { paymentInstrument: { card: { expires: { month: 0, year: 2030 } } } },
      'paymentInstrument.card.expires.month',
      'Must be a month from 1 to 12.',
    ],
    [
      'an expiry month of 13',
      { paymentInstrument: { card: { expires: { month: 13, year: 2030 } } } },
      'paymentInstrument.card.expires.month',
      'Must be a month from 1 to 12.',
    ],
    [
      'a two-digit expiry year',
      { paymentInstrument: { card: { expires: { month: 1, year: 30 } } } },
      'paymentInstrument.card.expires.year',
      'Must be a four-digit year, such as 2030.',
    ],
  ])('refuses %s', async (_, change, field, message) => {
    const { status, body } = await stack.execute(RecordPurchaseDocument, { input: { ...FULL_PURCHASE, ...change } });

    expect(status).toBe(200);
    expect(body).toEqual(refusal([{ field, message }]));
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('lists every refused field in one answer', async () => {
    const input = {
      ...MINIMAL_PURCHASE,
      orderId: '00',
      paymentMethodId: 'card',
      paymentInstrument: { card: { last4: '1' } },
    };
    const { body } = await stack.execute(RecordPurchaseDocument, { input });

    expect(body).toEqual(
      refusal([
        { field: 'orderId', message: 'Must be a positive whole number written as a string, such as "123".' },
        { field: 'paymentMethodId', message: 'Must be {provider}.{method}, such as "stripeupe.card".' },
        { field: 'paymentInstrument.card.last4', message: 'Must be exactly four digits.' },
      ]),
    );
    expect(stack.upstreamRequests()).toEqual([]);
  });

  const invalidVariable = (at: string, value: string, problem: string) =>
    `Variable "$input" got invalid value ${value} at "input.${at}"; ${problem}`;

  it.each([
    [
      'a partial AVS result',
      { avsResult: { code: 'Y', message: 'match' } },
      [
        // The subgraph schema is sorted by name, so GraphQL reports the missing fields in that order.
        invalidVariable(
          'avsResult',
          '{ code: "Y", message: "match" }',
          'Field "postalMatch" of required type "String!" was not provided.',
        ),
        invalidVariable(
          'avsResult',
          '{ code: "Y", message: "match" }',
          'Field "streetMatch" of required type "String!" was not provided.',
        ),
      ],
    ],
    [
      'a partial CVV result',
      { cvvResult: { code: 'M' } },
      [invalidVariable('cvvResult', '{ code: "M" }', 'Field "message" of required type "String!" was not provided.')],
    ],
    [
      'a status the schema does not list',
      { status: 'PENDING' },
      [invalidVariable('status', '"PENDING"', 'Value "PENDING" does not exist in "TransactionRecordStatus" enum.')],
    ],
  ])(
    'refuses %s as a GraphQL input error: the all-or-nothing rule is in the input type',
    async (_, change, messages) => {
      const { status, body } = await stack.execute(RecordPurchaseDocument, {
        input: { ...MINIMAL_PURCHASE, ...change } as unknown as RecordPurchaseTransactionInput,
      });

      expect(status).toBe(400);
      expect(body).toEqual({
        errors: messages.map((message) => ({
          message,
          locations: [{ line: 1, column: 25 }],
          extensions: { code: 'BAD_USER_INPUT' },
        })),
      });
      expect(stack.upstreamRequests()).toEqual([]);
    },
  );
});

describe('upstream refusals and failures', () => {
  const adminError = (status: number, title: string, extra: Record<string, unknown> = {}) => ({
    status,
    title,
    type: 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes',
    ...extra,
  });
  const failWith = (status: number, body: unknown, headers?: Record<string, string>) =>
    stack.sandbox.faults.add({ method: 'POST', path: PURCHASES, action: { kind: 'respond', status, body, headers } });
  const graphqlError = (extensions: Record<string, unknown>, message: string) => ({
    data: { recordPurchaseTransaction: null },
    errors: [{ message, locations: [{ line: 2, column: 3 }], path: ['recordPurchaseTransaction'], extensions }],
  });

  it('answers 412 from the sandbox (an order it does not know) as TransactionPreconditionFailed', async () => {
    const before = recordedCount();
    const { body } = await stack.execute(RecordPurchaseDocument, { input: { ...MINIMAL_PURCHASE, orderId: '10000' } });

    expect(body).toEqual({
      data: {
        recordPurchaseTransaction: {
          __typename: 'TransactionPreconditionFailed',
          code: 'PRECONDITION_FAILED',
          message: 'Order 10000 does not exist.',
          upstreamStatus: 412,
          upstreamRequestId: expect.stringMatching(/^sbx-\d+$/),
        },
      },
    });
    expect(stack.upstreamRequests()).toEqual([`POST ${PURCHASES}`]);
    expect(recordedCount()).toBe(before);
  });

  it('answers 412 from the sandbox (a provider not enabled) as TransactionPreconditionFailed', async () => {
    const { body } = await stack.execute(RecordPurchaseDocument, {
      input: { ...MINIMAL_PURCHASE, paymentMethodId: 'acmepay.card' },
    });

    expect(body.data?.recordPurchaseTransaction).toMatchObject({
      __typename: 'TransactionPreconditionFailed',
      code: 'PRECONDITION_FAILED',
      message: 'The payment provider "acmepay" is not enabled for the order\'s channel and currency.',
      upstreamStatus: 412,
    });
  });

  it('maps the 422 field errors of the Admin body back to input field names', async () => {
    failWith(
      422,
      adminError(422, 'JSON data is missing or invalid', {
        errors: {
          'payment_instrument.card.issuer_identification_number': 'Unknown issuer.',
          'provider_data.mandate_method_id': 'Unknown mandate.',
        },
      }),
    );

    const { body } = await stack.execute(RecordPurchaseDocument, { input: FULL_PURCHASE });

    expect(body.data?.recordPurchaseTransaction).toEqual({
      __typename: 'InvalidInputError',
      code: 'INVALID_INPUT',
      message: 'JSON data is missing or invalid',
      upstreamStatus: 422,
      upstreamRequestId: expect.stringMatching(/^sbx-\d+$/),
      fieldErrors: [
        { field: 'input.paymentInstrument.card.issuerIdentificationNumber', messages: ['Unknown issuer.'] },
        { field: 'input.providerData', messages: ['Unknown mandate.'] },
      ],
    });
  });

  it('answers a 404 Admin body as TransactionTargetNotFound', async () => {
    failWith(404, adminError(404, 'The route is not found, check the URL'));

    const { body } = await stack.execute(RecordPurchaseDocument, { input: MINIMAL_PURCHASE });

    expect(body.data?.recordPurchaseTransaction).toEqual({
      __typename: 'TransactionTargetNotFound',
      code: 'TARGET_NOT_FOUND',
      message: 'The route is not found, check the URL',
      upstreamStatus: 404,
      upstreamRequestId: expect.stringMatching(/^sbx-\d+$/),
    });
  });

  it.each([
    [400, 'UPSTREAM_BAD_REQUEST', false, 'The order_id field is malformed.'],
    [401, 'UNAUTHENTICATED', false, 'Token is not valid.'],
    [403, 'FORBIDDEN', false, 'The token lacks the store_v2_transactions scope.'],
  ])(
    'answers %i as a GraphQL error with code %s and the Admin body detail',
    async (status, code, retryable, detail) => {
      failWith(status, adminError(status, 'Title', { detail }));

      const { body } = await stack.execute(RecordPurchaseDocument, { input: MINIMAL_PURCHASE });

      expect(body).toEqual(
        graphqlError(
          { code, retryable, upstreamStatus: status, upstreamRequestId: expect.stringMatching(/^sbx-\d+$/) },
          detail,
        ),
      );
    },
  );

  it('answers a 5xx to a write as OUTCOME_UNKNOWN, without its body: the upstream may have recorded it', async () => {
    failWith(500, adminError(500, 'Internal error at http://10.0.0.7:8080/tx', { detail: 'db 10.0.0.7 down' }));

    const { body } = await stack.execute(RecordPurchaseDocument, { input: MINIMAL_PURCHASE });

    expect(body).toEqual(
      graphqlError(
        {
          code: 'OUTCOME_UNKNOWN',
          retryable: false,
          upstreamStatus: 500,
          upstreamRequestId: expect.stringMatching(/^sbx-\d+$/),
        },
        'The write was sent but its outcome is unknown; check before retrying.',
      ),
    );
    expect(JSON.stringify(body)).not.toMatch(/10\.0\.0\.7|developer\.bigcommerce\.com/);
  });

  it("never passes on a 4xx message that carries an address, or the body's type URL", async () => {
    failWith(400, adminError(400, 'Bad request at http://10.0.0.7:8080/tx', { detail: 'rejected by 10.0.0.7' }));

    const { body } = await stack.execute(RecordPurchaseDocument, { input: MINIMAL_PURCHASE });

    expect(body.errors?.[0]?.message).toBe('The upstream API rejected the request.');
    expect(JSON.stringify(body)).not.toMatch(/10\.0\.0\.7|developer\.bigcommerce\.com/);
  });

  it('answers 429 as UPSTREAM_RATE_LIMITED with the wait the rate-limit headers give', async () => {
    failWith(429, adminError(429, 'Too Many Requests'), {
      'X-Rate-Limit-Time-Window-Ms': '30000',
      'X-Rate-Limit-Time-Reset-Ms': '14500',
      'X-Rate-Limit-Requests-Quota': '150',
      'X-Rate-Limit-Requests-Left': '0',
    });

    const { body } = await stack.execute(RecordPurchaseDocument, { input: MINIMAL_PURCHASE });

    expect(body).toEqual(
      graphqlError(
        {
          code: 'UPSTREAM_RATE_LIMITED',
          retryable: true,
          upstreamStatus: 429,
          upstreamRequestId: expect.stringMatching(/^sbx-\d+$/),
          retryAfterSeconds: 15,
        },
        'Too Many Requests',
      ),
    );
  });

  it('waits for the later of X-Retry-After and the quota reset on a 429', async () => {
    failWith(429, adminError(429, 'Too Many Requests'), { 'X-Rate-Limit-Time-Reset-Ms': '2000', 'X-Retry-After': '7' });

    const { body } = await stack.execute(RecordPurchaseDocument, { input: MINIMAL_PURCHASE });

    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_RATE_LIMITED', retryAfterSeconds: 7 });
  });

  it('answers a 429 without usable rate-limit headers (platform load) without a wait', async () => {
    failWith(429, null, {
      'X-Rate-Limit-Time-Window-Ms': '',
      'X-Rate-Limit-Time-Reset-Ms': '',
      'X-Rate-Limit-Requests-Quota': '',
      'X-Rate-Limit-Requests-Left': '',
    });

    const { body } = await stack.execute(RecordPurchaseDocument, { input: MINIMAL_PURCHASE });

    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'UPSTREAM_RATE_LIMITED',
      retryable: true,
      upstreamStatus: 429,
      upstreamRequestId: expect.stringMatching(/^sbx-\d+$/),
    });
  });

  it('answers a 5xx with a body that is not JSON by its status alone', async () => {
    stack.sandbox.faults.add({
      path: PURCHASES,
      action: { kind: 'respond', status: 502, rawBody: '<html>Bad gateway</html>' },
    });

    const { body } = await stack.execute(RecordPurchaseDocument, { input: MINIMAL_PURCHASE });

    expect(body.errors?.[0]?.message).toBe('The write was sent but its outcome is unknown; check before retrying.');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'OUTCOME_UNKNOWN', upstreamStatus: 502 });
  });

  it.each([
    ['a body that is not JSON', '{"id": "0ce6ec58'],
    ['a body without an id', '{}'],
    ['an id that is not a UUID', '{"id": 42}'],
  ])('answers a 201 with %s as OUTCOME_UNKNOWN, keeping the 2xx status: it was recorded', async (_, rawBody) => {
    stack.sandbox.faults.add({ path: PURCHASES, action: { kind: 'respond', status: 201, rawBody } });

    const { body } = await stack.execute(RecordPurchaseDocument, { input: MINIMAL_PURCHASE });

    expect(body).toEqual(
      graphqlError(
        {
          code: 'OUTCOME_UNKNOWN',
          retryable: false,
          upstreamStatus: 201,
          upstreamRequestId: expect.stringMatching(/^sbx-\d+$/),
        },
        'The write was sent but its outcome is unknown; check before retrying.',
      ),
    );
  });
});

describe('never sent twice by accident', () => {
  it('answers OUTCOME_UNKNOWN when the connection drops after the upstream recorded the transaction', async () => {
    stack.sandbox.faults.add({ path: PURCHASES, afterHandling: true, times: 1, action: { kind: 'reset' } });
    const before = recordedCount();

    const { body } = await stack.execute(RecordPurchaseDocument, { input: MINIMAL_PURCHASE });

    expect(body).toEqual({
      data: { recordPurchaseTransaction: null },
      errors: [
        {
          message: 'The write was sent but its outcome is unknown; check before retrying.',
          locations: [{ line: 2, column: 3 }],
          path: ['recordPurchaseTransaction'],
          extensions: { code: 'OUTCOME_UNKNOWN', retryable: false },
        },
      ],
    });
    expect(stack.upstreamRequests()).toEqual([`POST ${PURCHASES}`]);
    expect(stack.sandbox.recordedTransactions(STORE).slice(before)).toEqual([
      {
        id: expect.stringMatching(UUID),
        kind: 'purchase',
        body: expect.objectContaining({ provider_transaction_id: 'pi_1' }),
      },
    ]);
  });

  it('keeps the answer of an earlier mutation in the same document when a later one has an unknown outcome', async () => {
    stack.sandbox.faults.add({ path: AUTHORIZATIONS, afterHandling: true, times: 1, action: { kind: 'reset' } });
    const before = recordedCount();

    const { body } = await stack.execute(RecordPurchaseThenAuthorizationDocument, {
      purchase: MINIMAL_PURCHASE,
      authorization: AUTHORIZATION,
    });

    const recorded = stack.sandbox.recordedTransactions(STORE).slice(before);
    expect(recorded.map((transaction) => transaction.kind)).toEqual(['purchase', 'authorization']);
    expect(body.data).toEqual({
      purchase: { __typename: 'RecordedTransaction', id: recorded[0]?.id },
      authorization: null,
    });
    expect(body.errors?.map((error) => [error.path, error.extensions?.code])).toEqual([
      [['authorization'], 'OUTCOME_UNKNOWN'],
    ]);
    expect(stack.upstreamRequests()).toEqual([`POST ${PURCHASES}`, `POST ${AUTHORIZATIONS}`]);
  });
});

describe('a timeout after sending', () => {
  let slowStack: TestStack;
  beforeAll(async () => {
    // The sandbox records, then waits far longer than the gateway's timeout before answering.
    slowStack = await startStack({ sandbox: { latencyMs: 2_000 }, upstreamTimeoutMs: 200 });
  });
  afterAll(() => slowStack.close());

  it('answers OUTCOME_UNKNOWN, not a timeout, and sends the write once', async () => {
    const { body } = await slowStack.execute(RecordAuthorizationDocument, { input: AUTHORIZATION });

    expect(body.errors?.map((error) => error.extensions)).toEqual([{ code: 'OUTCOME_UNKNOWN', retryable: false }]);
    expect(body.data).toEqual({ recordAuthorizationTransaction: null });
    expect(slowStack.upstreamRequests()).toEqual([`POST ${AUTHORIZATIONS}`]);
    expect(slowStack.sandbox.recordedTransactions(STORE)).toHaveLength(1);
  });
});

describe('per-request credentials', () => {
  let perRequest: TestStack;
  beforeAll(async () => {
    perRequest = await startStack({ auth: { kind: 'per-request' } });
  });
  afterAll(() => perRequest.close());

  it("records in the caller's own store, named in the path", async () => {
    const headers = { 'x-auth-token': 'caller-token', 'x-store-hash': 'callerstore' };
    const { body } = await perRequest.execute(RecordPurchaseDocument, { input: MINIMAL_PURCHASE }, headers);

    expect(body.data?.recordPurchaseTransaction).toMatchObject({ __typename: 'RecordedTransaction' });
    expect(perRequest.upstreamRequests()).toEqual(['POST /stores/callerstore/v3/payments/transactions/purchases']);
    expect(perRequest.sandbox.recordedTransactions('callerstore')).toHaveLength(1);
  });

  it('answers UNAUTHENTICATED without an upstream call when the caller sends no credentials', async () => {
    perRequest.resetUpstreamLog();
    const { body } = await perRequest.execute(RecordPurchaseDocument, { input: MINIMAL_PURCHASE });

    expect(body.errors?.map((error) => error.extensions)).toEqual([{ code: 'UNAUTHENTICATED', retryable: false }]);
    expect(perRequest.upstreamRequests()).toEqual([]);
  });
});
