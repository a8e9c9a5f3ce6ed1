import { describe, expect, it } from 'vitest';
import type { FaultAction } from '../src/sandbox/faults.js';
import { DeletePaymentDocument, FilteredPaymentsDocument } from './gql/graphql.js';
import { useFileStack } from './support/file-stack.js';
import { SINGLE_ATTEMPT, TEST_CREDENTIALS } from './support/stack.js';

// Each case maps exactly one upstream answer; retries and the breaker are tested in resilience.test.ts.
const stack = useFileStack({ resilience: SINGLE_ATTEMPT });

/** What a careless upstream might put in a body or header: an internal address and the caller's credentials. */
const INTERNALS = `at http://10.0.0.9:8080/internal/payments (token ${TEST_CREDENTIALS.authToken}, store ${TEST_CREDENTIALS.storeHash})`;
const LEAKY_HEADERS = { 'X-Debug-Upstream': INTERNALS };

/** Nothing of the request's credentials, the upstream's headers or any internal address reaches the client. */
function expectNothingInternal(answer: unknown): void {
  const text = JSON.stringify(answer);
  for (const secret of [
    TEST_CREDENTIALS.authToken,
    TEST_CREDENTIALS.storeHash,
    stack.sandbox.origin,
    '127.0.0.1',
    '10.0.0.9',
    '/api/v3',
    'http',
    'X-Debug-Upstream',
    'times/60 s',
  ]) {
    expect(text).not.toContain(secret);
  }
}

interface StatusCase {
  upstream: string;
  action: FaultAction;
  message: string;
  extensions: Record<string, unknown>;
}

const respond = (status: number, body: unknown, headers: Record<string, string> = {}): FaultAction => ({
  kind: 'respond',
  status,
  body,
  headers: { ...LEAKY_HEADERS, ...headers },
});
const respondRaw = (status: number, rawBody: string, headers: Record<string, string> = {}): FaultAction => ({
  kind: 'respond',
  status,
  rawBody,
  headers: { ...LEAKY_HEADERS, ...headers },
});

/**
 * One case per upstream status a read can meet (docs/upstream-contract.md §4.1), with the body the contract documents
 * where it does.
 */
const readCases: StatusCase[] = [
  {
    upstream: '400 with an address in its message',
    action: respond(400, {
      code: 400,
      data: { errMsg: `Query failed ${INTERNALS}` },
      meta: { message: 'Bad Requests Error' },
    }),
    message: 'The upstream API rejected the request.',
    extensions: { code: 'UPSTREAM_BAD_REQUEST', retryable: false, upstreamStatus: 400 },
  },
  {
    upstream: '401 (the authentication spec body)',
    action: respond(401, {
      code: 401,
      data: { errMsg: 'Invalid token header. No credentials provided.' },
      meta: { message: INTERNALS },
    }),
    message: 'Invalid token header. No credentials provided.',
    extensions: { code: 'UNAUTHENTICATED', retryable: false, upstreamStatus: 401 },
  },
  {
    upstream: '401 echoing the token',
    action: respond(401, { code: 401, data: { errMsg: `Invalid token ${TEST_CREDENTIALS.authToken}` }, meta: {} }),
    message: 'The upstream API did not accept the credentials.',
    extensions: { code: 'UNAUTHENTICATED', retryable: false, upstreamStatus: 401 },
  },
  {
    upstream: '403 (the channel spec body, no envelope)',
    action: respond(403, { code: 403, message: `Multi storefront is not enabled ${INTERNALS}` }),
    message: 'The credentials are not allowed to perform this request.',
    extensions: { code: 'FORBIDDEN', retryable: false, upstreamStatus: 403 },
  },
  {
    upstream: '404 (Payment404)',
    action: respond(404, {
      code: 404,
      data: { errMsg: 'Payment does not exist' },
      meta: { message: 'Not Found Error' },
    }),
    message: 'Payment does not exist',
    extensions: { code: 'NOT_FOUND', retryable: false, upstreamStatus: 404 },
  },
  {
    upstream: '413 (response-413)',
    action: respond(413, { code: 413, meta: { message: 'Request Entity Too Large' }, data: {} }),
    message: 'The request asked the upstream API for more than it allows.',
    extensions: { code: 'UPSTREAM_PAYLOAD_TOO_LARGE', retryable: false, upstreamStatus: 413 },
  },
  {
    upstream: '422 keyed by field (Payment422 x-example)',
    action: respond(422, {
      code: 422,
      meta: { message: 'Parameter Error' },
      data: { channelIds: ['A valid integer is required.', `See ${INTERNALS}`] },
    }),
    message: 'The upstream API rejected the input.',
    extensions: {
      code: 'UPSTREAM_VALIDATION_FAILED',
      retryable: false,
      upstreamStatus: 422,
      fieldErrors: { channelIds: ['A valid integer is required.'] },
    },
  },
  {
    upstream: '429 with Retry-After and no body (none is documented)',
    action: respondRaw(429, '', { 'Retry-After': '7' }),
    message: 'The upstream API rate limit is exhausted; retry later.',
    extensions: { code: 'UPSTREAM_RATE_LIMITED', retryable: true, upstreamStatus: 429, retryAfterSeconds: 7 },
  },
  {
    upstream: '429 with only the B2B window header (docs/upstream-contract.md §5.1)',
    action: respondRaw(429, '', { 'X-Request-Window-Resets-After': '0.3973509933774834 s' }),
    message: 'The upstream API rate limit is exhausted; retry later.',
    extensions: { code: 'UPSTREAM_RATE_LIMITED', retryable: true, upstreamStatus: 429, retryAfterSeconds: 1 },
  },
  {
    upstream: '500 whose body names internals',
    action: respond(500, {
      code: 500,
      data: { errMsg: `NullPointerException ${INTERNALS}` },
      meta: { message: 'Error' },
    }),
    message: 'The upstream API failed.',
    extensions: { code: 'UPSTREAM_SERVER_ERROR', retryable: true, upstreamStatus: 500 },
  },
  {
    upstream: '503 with an HTML page',
    action: respondRaw(503, `<html><body>Service Unavailable ${INTERNALS}</body></html>`),
    message: 'The upstream API failed.',
    extensions: { code: 'UPSTREAM_SERVER_ERROR', retryable: true, upstreamStatus: 503 },
  },
  {
    upstream: '200 with malformed JSON',
    action: respondRaw(200, '{"code":200,"data":[{"id":'),
    message: 'The upstream API sent a response the gateway cannot read.',
    extensions: { code: 'UPSTREAM_BAD_RESPONSE', retryable: false, upstreamStatus: 200 },
  },
  {
    upstream: '200 with an empty body',
    action: respondRaw(200, ''),
    message: 'The upstream API sent a response the gateway cannot read.',
    extensions: { code: 'UPSTREAM_BAD_RESPONSE', retryable: false, upstreamStatus: 200 },
  },
];

describe('upstream failures of a read', () => {
  it.each(readCases)('maps $upstream', async ({ action, message, extensions }) => {
    stack.sandbox.faults.add({ method: 'GET', path: '/payments', action });

    const { status, body } = await stack.execute(FilteredPaymentsDocument, { first: 1 });

    expect(status).toBe(200);
    expect(body).toEqual({
      data: null,
      errors: [
        {
          message,
          locations: expect.any(Array),
          path: ['payments'],
          extensions: { ...extensions, upstreamRequestId: expect.stringMatching(/^sbx-\d{6}$/) },
        },
      ],
    });
    expectNothingInternal(body);
    expect(stack.upstreamRequests()).toEqual(['GET /payments?offset=0&limit=1']);
  });
});

/** Statuses a write meets that are not typed results: thrown, sent once, never retried. */
const writeCases: StatusCase[] = [
  {
    upstream: '401',
    action: respond(401, { code: 401, data: { errMsg: 'Invalid token header. No credentials provided.' }, meta: {} }),
    message: 'Invalid token header. No credentials provided.',
    extensions: { code: 'UNAUTHENTICATED', retryable: false, upstreamStatus: 401 },
  },
  {
    upstream: '403',
    action: respond(403, { code: 403, message: 'Forbidden' }),
    message: 'The credentials are not allowed to perform this request.',
    extensions: { code: 'FORBIDDEN', retryable: false, upstreamStatus: 403 },
  },
  {
    upstream: '413',
    action: respond(413, { code: 413, meta: { message: 'Request Entity Too Large' }, data: {} }),
    message: 'The request asked the upstream API for more than it allows.',
    extensions: { code: 'UPSTREAM_PAYLOAD_TOO_LARGE', retryable: false, upstreamStatus: 413 },
  },
  {
    // Refused before it was processed: sending it again later is safe, so it stays retryable.
    upstream: '429',
    action: respondRaw(429, '', { 'Retry-After': '3' }),
    message: 'The upstream API rate limit is exhausted; retry later.',
    extensions: { code: 'UPSTREAM_RATE_LIMITED', retryable: true, upstreamStatus: 429, retryAfterSeconds: 3 },
  },
  {
    upstream: '500',
    action: respond(500, { code: 500, data: { errMsg: INTERNALS }, meta: {} }),
    message: 'The write was sent but its outcome is unknown; check before retrying.',
    extensions: { code: 'OUTCOME_UNKNOWN', retryable: false, upstreamStatus: 500 },
  },
];

describe('upstream failures of a write', () => {
  it.each(writeCases)(
    'throws $upstream as a GraphQL error, after one attempt',
    async ({ action, message, extensions }) => {
      stack.sandbox.faults.add({ method: 'DELETE', path: '/payments/117', action });

      const { body } = await stack.execute(DeletePaymentDocument, { input: { paymentId: '117' } });

      expect(body).toEqual({
        data: { deletePayment: null },
        errors: [
          {
            message,
            locations: expect.any(Array),
            path: ['deletePayment'],
            extensions: { ...extensions, upstreamRequestId: expect.stringMatching(/^sbx-\d{6}$/) },
          },
        ],
      });
      expectNothingInternal(body);
      expect(stack.upstreamRequests()).toEqual(['DELETE /payments/117']);
    },
  );
});
