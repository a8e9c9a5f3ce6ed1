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

  // docs/upstream-contract.md §4.1: 401 carries an errMsg body; 403 (missing scope) has none documented for
  // these endpoints.
  it.each([
    {
      status: 401,
      body: {
        code: 401,
        data: { errMsg: 'Invalid token header. No credentials provided.' },
        meta: { message: 'Invalid token header. No credentials provided.' },
      },
      error: { message: 'Invalid token header. No credentials provided.', code: 'UNAUTHENTICATED' },
    },
    {
      status: 403,
      body: { code: 403, message: 'Multi storefront is not enabled' },
      error: { message: 'The credentials are not allowed to perform this request.', code: 'FORBIDDEN' },
    },
  ])(
    "answers $error.code when the upstream rejects the caller's credentials with $status",
    async ({ status, body, error }) => {
      stack.sandbox.faults.add({ times: 1, action: { kind: 'respond', status, body } });

      const response = await stack.execute(
        PaymentTotalDocument,
        { id: '117' },
        { 'x-auth-token': 'revoked-token', 'x-store-hash': 'callerstore' },
      );

      expect(response.body).toEqual({
        data: { payment: null },
        errors: [
          {
            message: error.message,
            locations: [{ line: 2, column: 3 }],
            path: ['payment'],
            extensions: {
              code: error.code,
              retryable: false,
              upstreamStatus: status,
              upstreamRequestId: expect.stringMatching(/^sbx-/),
            },
          },
        ],
      });
      expect(stack.upstreamRequests()).toEqual(['GET /payments/117']);
    },
  );
});
