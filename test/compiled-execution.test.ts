/**
 * A document runs in graphql-js the first time and compiled by graphql-jit from its second run on
 * (src/execution/compiled-execution.ts). Clients must not tell the two apart: each request here is sent three
 * times and must get the same answer every time, errors, their locations and HTTP status included.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  EntityWithNestedVariableDocument,
  PaymentTotalDocument,
  PaymentWithEverythingDocument,
  UpstreamCallsPageWithTransactionsDocument,
} from './gql/graphql.js';
import { paymentNotFound, unserializableCreatedAt } from './support/fault-actions.js';
import { startStack, type TestStack } from './support/stack.js';

async function post(stack: TestStack, body: Record<string, unknown>) {
  const response = await fetch(`${stack.gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('compiled and interpreted runs answer alike', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.sandbox.faults.clear());

  const threeTimes = async (send: () => Promise<{ status: number; body: unknown }>) => [
    await send(),
    await send(),
    await send(),
  ];

  it('answers an argument refused by a resolver with the same error and location', async () => {
    const answers = await threeTimes(() => stack.execute(PaymentTotalDocument, { id: '1.1' }));

    const expected = {
      status: 200,
      body: {
        data: { payment: null },
        errors: [
          {
            message: 'id must be a positive whole number, got "1.1".',
            locations: [{ line: 2, column: 3 }],
            path: ['payment'],
            extensions: { code: 'BAD_USER_INPUT', argument: 'id' },
          },
        ],
      },
    };
    expect(answers).toEqual([expected, expected, expected]);
  });

  it('answers an upstream failure deep in a list with the same path, location and code', async () => {
    // The newest payments are 540, 539...: the second one's transactions are missing.
    stack.sandbox.faults.add({ method: 'GET', path: '/payments/539/transactions', action: paymentNotFound });

    const sent = await threeTimes(() => stack.execute(UpstreamCallsPageWithTransactionsDocument, { limit: 2 }));

    // Each answer names its own upstream request id; everything else must match.
    const answers = sent.map((answer) =>
      JSON.parse(JSON.stringify(answer).replace(/"upstreamRequestId":"[^"]*"/g, '"upstreamRequestId":"x"')),
    );
    const [first] = answers;
    expect(first?.body).toMatchObject({
      data: { payments: { nodes: [{ id: '540' }, { id: '539', transactions: null }] } },
      errors: [
        {
          message: expect.any(String),
          locations: [{ line: 5, column: 7 }],
          path: ['payments', 'nodes', 1, 'transactions'],
          extensions: { code: 'NOT_FOUND', retryable: false, upstreamStatus: 404, upstreamRequestId: 'x' },
        },
      ],
    });
    expect(answers).toEqual([first, first, first]);
  });

  it('refuses variables that do not coerce with the same 400', async () => {
    const answers = await threeTimes(() => stack.execute(PaymentTotalDocument, { id: { not: 'an id' } } as never));

    const expected = {
      status: 400,
      body: {
        errors: [
          {
            message: 'Variable "$id" got invalid value { not: "an id" }; ID cannot represent value: { not: "an id" }',
            locations: [{ line: 1, column: 20 }],
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      },
    };
    expect(answers).toEqual([expected, expected, expected]);
  });

  it('refuses a subscription, which the schema has none of, with the same error and code', async () => {
    const answers = await threeTimes(() => post(stack, { query: 'subscription Watch { __typename }' }));

    const expected = {
      status: 200,
      body: {
        errors: [
          {
            message: 'The subscription operation is not supported by the schema.',
            locations: [{ line: 1, column: 1 }],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ],
      },
    };
    expect(answers).toEqual([expected, expected, expected]);
  });

  it("answers a literal of a scalar that reads variables (federation's _Any) alike: never compiled", async () => {
    const query = '{ _entities(representations: [{ __typename: "Payment", id: "117" }]) { ... on Payment { id } } }';
    const answers = await threeTimes(() => post(stack, { query }));

    const expected = { status: 200, body: { data: { _entities: [{ id: '117' }] } } };
    expect(answers).toEqual([expected, expected, expected]);
  });

  it('keeps a variable inside a literal: such documents are never compiled', async () => {
    const answers = await threeTimes(() => stack.execute(EntityWithNestedVariableDocument, { id: '117' }));

    const expected = { status: 200, body: { data: { _entities: [{ id: '117' }] } } };
    expect(answers).toEqual([expected, expected, expected]);
  });

  it('fails only the field whose value cannot be serialized, compiled or not', async () => {
    // createdAt cannot be written as an ISO 8601 string; createdAtUnix (a Float) still can.
    stack.sandbox.faults.add({ path: '/payments/117', action: await unserializableCreatedAt(stack.sandbox, '117') });

    const answers = await threeTimes(() => stack.execute(PaymentWithEverythingDocument, { id: '117' }));

    type Errors = Array<{ path: string[]; message: string; extensions: unknown }>;
    const errors = answers.flatMap(({ body }) => (body as { errors: Errors }).errors);
    // Masked alike: a value that cannot be serialized is an unexpected error either way.
    expect(new Set(errors.map(({ message, extensions }) => JSON.stringify({ message, extensions })))).toEqual(
      new Set([JSON.stringify({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]),
    );
    const paths = answers.map(({ body }) => (body as { errors: Errors }).errors.map((error) => error.path.join('.')));
    expect(paths).toEqual([['payment.createdAt'], ['payment.createdAt'], ['payment.createdAt']]);
    type Answer = { data: { payment: { createdAt: unknown; createdAtUnix: unknown } } };
    const payments = answers.map(({ body }) => (body as Answer).data.payment);
    expect(payments.map(({ createdAt, createdAtUnix }) => ({ createdAt, createdAtUnix }))).toEqual([
      { createdAt: null, createdAtUnix: 1e15 },
      { createdAt: null, createdAtUnix: 1e15 },
      { createdAt: null, createdAtUnix: 1e15 },
    ]);
  });
});
