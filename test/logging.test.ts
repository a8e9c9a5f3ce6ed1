import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../src/observability/logging.js';
import type { IdempotencyStore } from '../src/idempotency/store.js';
import {
  CreateOfflinePaymentDocument,
  LimitsAliasedPaymentsDocument,
  PaymentCreatedAtDocument,
  PaymentTotalDocument,
} from './gql/graphql.js';
import { unserializableCreatedAt } from './support/fault-actions.js';
import { twoInvoices } from './support/offline-payment.js';
import { startStack, type TestStack } from './support/stack.js';

const CALLER = { 'x-auth-token': 'secret-token-7d41c9', 'x-store-hash': 'secretstore9f2' };

describe('request log', () => {
  let output: string[];
  let stack: TestStack;
  beforeAll(async () => {
    output = [];
    const logger = createLogger('info', { write: (line: string) => output.push(line) });
    stack = await startStack({ auth: { kind: 'per-request' }, app: { logger } });
  });
  afterAll(() => stack.close());
  beforeEach(() => {
    output.length = 0;
    stack.resetUpstreamLog();
  });
  const lines = () => output.map((line) => JSON.parse(line) as Record<string, unknown>);

  it('writes one JSON line per request: id, operation, status, duration and the upstream calls', async () => {
    await stack.execute(PaymentTotalDocument, { id: '117' }, { ...CALLER, 'x-request-id': 'req-logging-1' });

    expect(lines()).toEqual([
      {
        level: 30,
        time: expect.any(Number),
        service: 'b2b-payments-gateway',
        requestId: 'req-logging-1',
        operationName: 'PaymentTotal',
        operationType: 'query',
        status: 200,
        outcome: 'ok',
        durationMs: expect.any(Number),
        upstreamCallCount: 1,
        upstreamCalls: [{ endpoint: 'getPayment', method: 'GET', status: 200, durationMs: expect.any(Number) }],
        msg: 'graphql request',
      },
    ]);
  });

  it('logs why an upstream call failed at warn level, with the codes the client got', async () => {
    stack.sandbox.faults.add({
      times: 1,
      action: { kind: 'respond', status: 401, body: { code: 401, data: { errMsg: 'Invalid token' }, meta: {} } },
    });

    await stack.execute(PaymentTotalDocument, { id: '117' }, CALLER);

    expect(lines()).toEqual([
      expect.objectContaining({
        level: 40,
        operationName: 'PaymentTotal',
        outcome: 'error',
        errorCodes: ['UNAUTHENTICATED'],
        upstreamCalls: [{ endpoint: 'getPayment', method: 'GET', status: 401, durationMs: expect.any(Number) }],
        failures: [
          {
            kind: 'upstream',
            path: 'payment',
            code: 'UNAUTHENTICATED',
            status: 401,
            endpoint: 'getPayment',
            reason: 'upstream body: {"code":401,"data":{"errMsg":"Invalid token"},"meta":{}}',
          },
        ],
      }),
    ]);
  });

  it('masks an unexpected failure for the client and logs its cause at error level', async () => {
    // A key store that breaks (a lost connection to a shared store, say) is a failure the code did not expect.
    const brokenStore: IdempotencyStore = {
      begin: () => Promise.reject(new TypeError('connection to redis://keys:6379 lost')),
      complete: () => Promise.resolve(),
      fail: () => Promise.resolve(),
    };
    const broken = await startStack({
      idempotency: brokenStore,
      app: { logger: createLogger('info', { write: (line: string) => output.push(line) }) },
    });
    try {
      const { body } = await broken.execute(
        CreateOfflinePaymentDocument,
        { input: twoInvoices },
        { 'idempotency-key': 'key-1' },
      );

      expect(body).toEqual({
        data: { createOfflinePayment: null },
        errors: [
          {
            message: 'Unexpected error.',
            locations: [{ line: 2, column: 3 }],
            path: ['createOfflinePayment'],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      });
      expect(broken.upstreamRequests()).toEqual([]);
      expect(lines()).toEqual([
        expect.objectContaining({
          level: 50,
          outcome: 'error',
          errorCodes: ['INTERNAL_SERVER_ERROR'],
          failures: [
            {
              kind: 'unexpected',
              path: 'createOfflinePayment',
              error: expect.objectContaining({
                type: 'TypeError',
                message: 'connection to redis://keys:6379 lost',
                stack: expect.any(String),
              }),
            },
          ],
        }),
      ]);
    } finally {
      await broken.close();
    }
  });

  it("censors the credentials an unexpected failure's error carries along", async () => {
    const leaky = Object.assign(new TypeError('connection to redis://keys:6379 lost'), {
      headers: { 'x-auth-token': CALLER['x-auth-token'] },
      credentials: { authToken: CALLER['x-auth-token'], storeHash: CALLER['x-store-hash'] },
    });
    const brokenStore: IdempotencyStore = {
      begin: () => Promise.reject(leaky),
      complete: () => Promise.resolve(),
      fail: () => Promise.resolve(),
    };
    const broken = await startStack({
      idempotency: brokenStore,
      app: { logger: createLogger('info', { write: (line: string) => output.push(line) }) },
    });
    try {
      await broken.execute(CreateOfflinePaymentDocument, { input: twoInvoices }, { 'idempotency-key': 'key-1' });
    } finally {
      await broken.close();
    }

    expect(lines()).toEqual([
      expect.objectContaining({
        failures: [
          {
            kind: 'unexpected',
            path: 'createOfflinePayment',
            error: expect.objectContaining({ type: 'TypeError', headers: '[redacted]', credentials: '[redacted]' }),
          },
        ],
      }),
    ]);
    expect(output.join('')).not.toContain(CALLER['x-auth-token']);
    expect(output.join('')).not.toContain(CALLER['x-store-hash']);
  });

  it('masks an unexpected failure before execution too, and logs its cause at error level', async () => {
    // Trusted documents kept in a store that fails: the failure happens while reading the request's parameters.
    const unreachable = new (class extends Map<string, string> {
      override get(): string {
        throw new TypeError('document store unreachable');
      }
    })();
    const broken = await startStack({
      app: {
        trustedDocuments: unreachable,
        logger: createLogger('info', { write: (line: string) => output.push(line) }),
      },
    });
    try {
      const response = await fetch(`${broken.gatewayUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ documentId: `sha256:${'0'.repeat(64)}` }),
      });

      expect(await response.json()).toEqual({
        errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      });
      expect(broken.upstreamRequests()).toEqual([]);
      expect(lines()).toEqual([
        expect.objectContaining({
          level: 50,
          outcome: 'rejected',
          errorCodes: ['INTERNAL_SERVER_ERROR'],
          failures: [
            {
              kind: 'unexpected',
              path: '',
              error: expect.objectContaining({
                type: 'TypeError',
                message: 'document store unreachable',
                stack: expect.any(String),
              }),
            },
          ],
        }),
      ]);
    } finally {
      await broken.close();
    }
  });

  it('masks a value that cannot be serialized and logs why', async () => {
    stack.sandbox.faults.add({
      times: 1,
      path: '/payments/117',
      action: await unserializableCreatedAt(stack.sandbox, '117'),
    });

    const { body } = await stack.execute(PaymentCreatedAtDocument, { id: '117' }, CALLER);

    expect(body).toEqual({
      data: { payment: { id: '117', createdAt: null } },
      errors: [
        {
          message: 'Unexpected error.',
          locations: [{ line: 4, column: 5 }],
          path: ['payment', 'createdAt'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    expect(lines()).toEqual([
      expect.objectContaining({
        level: 50,
        failures: [
          {
            kind: 'unexpected',
            path: 'payment.createdAt',
            error: expect.objectContaining({ message: 'DateTime cannot represent 1000000000000000: out of range' }),
          },
        ],
      }),
    ]);
  });

  it('logs a refused request as rejected, with its code', async () => {
    const tight = await startStack({
      app: {
        logger: createLogger('info', { write: (line: string) => output.push(line) }),
        limits: { maxDepth: 10, maxAliases: 1, maxTokens: 1_000, maxCost: 10_000, maxBodyBytes: 10_000 },
      },
    });
    try {
      await tight.execute(LimitsAliasedPaymentsDocument);
    } finally {
      await tight.close();
    }

    expect(lines()).toEqual([
      expect.objectContaining({
        operationName: 'LimitsAliasedPayments',
        outcome: 'rejected',
        errorCodes: ['TOO_MANY_ALIASES'],
        upstreamCallCount: 0,
      }),
    ]);
  });

  it("never writes the caller's token or store hash, whatever happens", async () => {
    await stack.execute(PaymentTotalDocument, { id: '117' }, CALLER);
    stack.sandbox.faults.add({ times: 1, action: { kind: 'respond', status: 500, rawBody: 'upstream broke' } });
    await stack.execute(PaymentTotalDocument, { id: '118' }, CALLER);
    stack.sandbox.faults.add({ times: 1, action: { kind: 'reset' } });
    await stack.execute(PaymentTotalDocument, { id: '119' }, CALLER);

    expect(output).toHaveLength(3);
    const text = output.join('');
    expect(text).not.toContain(CALLER['x-auth-token']);
    expect(text).not.toContain(CALLER['x-store-hash']);
  });

  it('censors credentials if a log call ever passes them', () => {
    const captured: string[] = [];
    const logger = createLogger('info', { write: (line: string) => captured.push(line) });

    logger.info(
      { credentials: { authToken: 'secret-token-7d41c9' }, headers: { 'x-auth-token': 'secret-token-7d41c9' } },
      'oops',
    );

    expect(JSON.parse(captured.join(''))).toMatchObject({ credentials: '[redacted]', headers: '[redacted]' });
  });
});
