import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PaymentTotalDocument } from './gql/graphql.js';
import { startStack, type TestStack } from './support/stack.js';

describe('per-request credentials', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ auth: { kind: 'per-request' } });
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.resetUpstreamLog());

  it("forwards each caller's own store hash and token", async () => {
    const { body } = await stack.execute(
      PaymentTotalDocument,
      { id: '117' },
      { 'x-auth-token': 'caller-token', 'x-store-hash': 'callerstore' },
    );

    expect(body).toEqual({ data: { payment: { id: '117', total: { currencyCode: 'GBP', value: '156.5300' } } } });
    expect(stack.sandbox.log.entries().map((entry) => [entry.path, entry.storeHash])).toEqual([
      ['/payments/117', 'callerstore'],
    ]);
  });

  it('answers UNAUTHENTICATED without an upstream call when the caller sends no credentials', async () => {
    const { body } = await stack.execute(PaymentTotalDocument, { id: '117' }, { 'x-store-hash': 'callerstore' });

    expect(body).toEqual({
      data: { payment: null },
      errors: [
        {
          message: 'No credentials: send the X-Auth-Token and X-Store-Hash headers with the request.',
          locations: [{ line: 2, column: 3 }],
          path: ['payment'],
          extensions: { code: 'UNAUTHENTICATED', retryable: false },
        },
      ],
    });
    expect(stack.upstreamRequests()).toEqual([]);
  });
});
