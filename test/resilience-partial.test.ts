/**
 * Partial answers: a payment field backed by its own upstream call is nullable, so when that call fails only
 * the field is lost, and the error names its exact path, its stable code and whether retrying makes sense.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PaymentsWithTransactionsDocument } from './gql/graphql.js';
import { paymentNotFound, serverError } from './support/fault-actions.js';
import { startStack, type TestStack } from './support/stack.js';

describe('partial answers', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ resilience: { retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 } } });
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    stack.sandbox.faults.clear();
    stack.resetUpstreamLog();
  });

  it.each([
    ['a 5xx, retryable', serverError(503), { code: 'UPSTREAM_SERVER_ERROR', retryable: true, upstreamStatus: 503 }, 3],
    ['a 404, not retryable', paymentNotFound, { code: 'NOT_FOUND', retryable: false, upstreamStatus: 404 }, 1],
  ])("one payment's transactions failing with %s: the other 49 come back, the error names its path", async (...row) => {
    const [, action, extensions, tries] = row;
    // The newest 50 payments are 540 down to 491: the eighth, index 7, is 533.
    stack.sandbox.faults.add({ method: 'GET', path: '/payments/533/transactions', action });

    const { body } = await stack.execute(PaymentsWithTransactionsDocument, { first: 50 });

    const nodes = body.data?.payments.nodes ?? [];
    expect(nodes.map((node) => node.id)).toEqual(Array.from({ length: 50 }, (_, index) => String(540 - index)));
    expect(nodes[7]).toEqual({ id: '533', transactions: null });
    expect(nodes.filter((node) => node.transactions !== null && node.transactions.length > 0)).toHaveLength(49);
    expect(body.errors).toEqual([
      {
        message: expect.any(String),
        locations: [{ line: 5, column: 7 }],
        path: ['payments', 'nodes', 7, 'transactions'],
        extensions: { ...extensions, upstreamRequestId: expect.stringMatching(/^sbx-/) },
      },
    ]);
    expect(stack.upstreamRequests().filter((request) => request === 'GET /payments/533/transactions')).toHaveLength(
      tries,
    );
    expect(stack.upstreamRequests()).toHaveLength(1 + 49 + tries);
  });
});
