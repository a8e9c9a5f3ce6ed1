/**
 * Every fault the sandbox can inject, against a query (GET /payments/117) and against a write (`createOfflinePayment`,
 * POST /payments/offline, with an idempotency key): the gateway stays up, answers with the documented code, and the
 * sandbox's ledger shows no write made twice, not even when the same request is sent again.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { FaultAction } from '../src/sandbox/faults.js';
import type { WirePayment } from '../src/upstream/b2b/payments-types.js';
import { CreateOfflinePaymentIdOnlyDocument, PaymentTotalDocument } from './gql/graphql.js';
import { call } from './sandbox/helpers.js';
import { serverError, tooManyRequests } from './support/fault-actions.js';
import { useFileStack } from './support/file-stack.js';
import { offlinePayment, writtenId } from './support/offline-payment.js';
import { TEST_CREDENTIALS, startStack } from './support/stack.js';

/** Small budgets keep the suite fast: a call gets 300 ms, a request 1.5 s, a read three tries. */
const CALL_TIMEOUT_MS = 300;
const ATTEMPTS = 3;

const stack = useFileStack({
  upstreamTimeoutMs: CALL_TIMEOUT_MS,
  resilience: {
    requestDeadlineMs: 1_500,
    maxBodyBytes: 256 * 1024,
    retry: { attempts: ATTEMPTS, baseDelayMs: 10, maxDelayMs: 50 },
    // The breaker has its own tests; here every fault must reach the retry layer.
    breaker: { failurePercent: 0, minimumCalls: 1, windowMs: 10_000, openMs: 1_000 },
  },
});

const SLOW: FaultAction = { kind: 'delay', ms: 2_000 };
const FAILED = serverError(500);
const OVERSIZE: FaultAction = { kind: 'oversize', bytes: 512 * 1024 };

interface Failure {
  code: string;
  retryable: boolean;
}

interface QueryRow {
  fault: string;
  action: FaultAction;
  /** undefined: the answer is complete. */
  failure?: Failure;
  /** Calls the gateway made: retryable failures are tried again while the deadline allows. */
  calls: number | 'retried';
}

const TIMEOUT: Failure = { code: 'UPSTREAM_TIMEOUT', retryable: true };
const BAD_RESPONSE: Failure = { code: 'UPSTREAM_BAD_RESPONSE', retryable: false };

const QUERY_ROWS: QueryRow[] = [
  { fault: 'latency with jitter', action: { kind: 'delay', ms: 40, jitterMs: 40 }, calls: 1 },
  { fault: 'latency beyond the call timeout', action: SLOW, failure: TIMEOUT, calls: 'retried' },
  { fault: '5xx', action: FAILED, failure: { code: 'UPSTREAM_SERVER_ERROR', retryable: true }, calls: ATTEMPTS },
  {
    fault: 'connection reset',
    action: { kind: 'reset' },
    failure: { code: 'UPSTREAM_UNREACHABLE', retryable: true },
    calls: ATTEMPTS,
  },
  { fault: 'malformed JSON', action: { kind: 'malformed' }, failure: BAD_RESPONSE, calls: 1 },
  { fault: 'a body that stalls halfway', action: { kind: 'stall' }, failure: TIMEOUT, calls: 'retried' },
  { fault: 'a very large body', action: OVERSIZE, failure: BAD_RESPONSE, calls: 1 },
];

describe('the fault matrix, against a query', () => {
  it.each(titled(QUERY_ROWS))('%s, then serves the next query', async (_title, { action, failure, calls }) => {
    stack.sandbox.faults.add({ method: 'GET', path: '/payments/117', action });

    const { status, body } = await stack.execute(PaymentTotalDocument, { id: '117' });

    expect(status).toBe(200);
    if (failure) {
      expect(body.data).toEqual({ payment: null });
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]).toMatchObject({ path: ['payment'], extensions: failure });
    } else {
      expect(body).toEqual({ data: { payment: { id: '117', total: { currencyCode: 'GBP', value: '156.5300' } } } });
    }
    const made = stack.upstreamRequests();
    expect(new Set(made)).toEqual(new Set(['GET /payments/117']));
    if (calls === 'retried') {
      // Each try runs into the 300 ms call timeout; the 1.5 s deadline holds the tries allowed, give or take one.
      expect(made.length).toBeGreaterThanOrEqual(ATTEMPTS - 1);
      expect(made.length).toBeLessThanOrEqual(ATTEMPTS);
    } else {
      expect(made).toHaveLength(calls);
    }

    await expectGatewayUp();
  });

  it('a spent quota: answers UPSTREAM_RATE_LIMITED with the reset time, sending nothing more until then', async () => {
    const quota = await startStack({
      sandbox: { quota: { limit: 2, windowMs: 60_000 } },
      resilience: { requestDeadlineMs: 1_500 },
    });
    try {
      for (let i = 0; i < 2; i += 1)
        expect((await quota.execute(PaymentTotalDocument, { id: '117' })).body.errors).toBeUndefined();

      const { body } = await quota.execute(PaymentTotalDocument, { id: '117' });

      expect(body.data).toEqual({ payment: null });
      expect(body.errors?.[0]?.extensions).toEqual({
        code: 'UPSTREAM_RATE_LIMITED',
        retryable: true,
        retryAfterSeconds: expect.any(Number),
      });
      expect(body.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(55);
      // The governor read "0 remaining, resets in 60 s" from the second answer: the third call is never sent.
      expect(quota.sandbox.log.entries().map((entry) => entry.status)).toEqual([200, 200]);
    } finally {
      await quota.close();
    }
  });
});

interface WriteRow {
  fault: string;
  action: FaultAction;
  afterHandling?: boolean;
  /** undefined: the write succeeds. */
  failure?: Failure;
  /** Whether the sandbox recorded the payment. */
  applied: boolean;
}

const UNKNOWN: Failure = { code: 'OUTCOME_UNKNOWN', retryable: false };

const WRITE_ROWS: WriteRow[] = [
  { fault: 'latency with jitter', action: { kind: 'delay', ms: 40, jitterMs: 40 }, applied: true },
  { fault: 'latency beyond the call timeout', action: SLOW, failure: UNKNOWN, applied: true },
  { fault: '5xx before handling', action: FAILED, failure: UNKNOWN, applied: false },
  { fault: '5xx after handling', action: FAILED, afterHandling: true, failure: UNKNOWN, applied: true },
  { fault: 'connection reset before handling', action: { kind: 'reset' }, failure: UNKNOWN, applied: false },
  {
    fault: 'connection reset after handling',
    action: { kind: 'reset' },
    afterHandling: true,
    failure: UNKNOWN,
    applied: true,
  },
  { fault: 'malformed JSON', action: { kind: 'malformed' }, failure: UNKNOWN, applied: true },
  { fault: 'a body that stalls halfway', action: { kind: 'stall' }, failure: UNKNOWN, applied: true },
  { fault: 'a very large body', action: OVERSIZE, failure: UNKNOWN, applied: true },
];

describe('the fault matrix, against a write with an idempotency key', () => {
  it.each(titled(WRITE_ROWS))('%s, sends once, and sends nothing on a retry with the key', async (_title, row) => {
    const externalId = `MATRIX-${randomUUID()}`;
    const idempotencyKey = randomUUID();
    const { afterHandling, action } = row;
    stack.sandbox.faults.add({ method: 'POST', path: '/payments/offline', afterHandling, action });

    const { body: first } = await createPayment(externalId, idempotencyKey);

    if (row.failure) {
      expect(first.data).toEqual({ createOfflinePayment: null });
      expect(first.errors?.[0]).toMatchObject({ path: ['createOfflinePayment'], extensions: row.failure });
    } else {
      expect(first.errors).toBeUndefined();
      expect(first.data?.createOfflinePayment?.__typename).toBe('CreateOfflinePaymentSuccess');
    }
    expect(await paymentsRecorded(externalId)).toHaveLength(row.applied ? 1 : 0);

    stack.sandbox.faults.clear();
    const { body: again } = await createPayment(externalId, idempotencyKey);

    expect(again).toEqual(
      first.errors ? { data: first.data, errors: [expect.objectContaining({ extensions: row.failure })] } : first,
    );
    expect(writesSent(externalId)).toBe(1);
    expect(await paymentsRecorded(externalId)).toHaveLength(row.applied ? 1 : 0);
    await expectGatewayUp();
  });

  it('429: the write is refused, not sent again by the gateway, and sent once more on a retry with the key', async () => {
    const externalId = `MATRIX-${randomUUID()}`;
    const idempotencyKey = randomUUID();
    stack.sandbox.faults.add({ method: 'POST', path: '/payments/offline', times: 1, action: tooManyRequests(0.05) });

    const { body: refused } = await createPayment(externalId, idempotencyKey);
    expect(refused.errors?.[0]?.extensions).toEqual({
      code: 'UPSTREAM_RATE_LIMITED',
      retryable: true,
      upstreamStatus: 429,
      upstreamRequestId: expect.any(String),
      retryAfterSeconds: 1,
    });
    expect(writesSent(externalId)).toBe(1);
    expect(await paymentsRecorded(externalId)).toHaveLength(0);

    const { body: retried } = await createPayment(externalId, idempotencyKey);
    expect(retried.errors).toBeUndefined();
    expect(writesSent(externalId)).toBe(2);
    const id = Number(writtenId(retried.data?.createOfflinePayment));
    expect(await paymentsRecorded(externalId)).toEqual([expect.objectContaining({ id })]);
  });
});

/** Creates the payment with this external id through the gateway, under the key. */
function createPayment(externalId: string, idempotencyKey: string) {
  return stack.execute(CreateOfflinePaymentIdOnlyDocument, {
    input: { ...offlinePayment({ externalId, amount: '10.00' }), idempotencyKey },
  });
}

function titled<Row extends { fault: string; failure?: Failure }>(rows: Row[]): Array<[string, Row]> {
  return rows.map((row) => [`${row.fault}: answers ${row.failure?.code ?? 'in full'}`, row]);
}

async function expectGatewayUp(): Promise<void> {
  stack.sandbox.faults.clear();
  const { body } = await stack.execute(PaymentTotalDocument, { id: '117' });
  expect(body).toEqual({ data: { payment: { id: '117', total: { currencyCode: 'GBP', value: '156.5300' } } } });
}

/** The sandbox's own record: payments with this external id (ids are unique per test). */
async function paymentsRecorded(externalId: string): Promise<WirePayment[]> {
  const reply = await call<WirePayment[]>(stack.sandbox, `/payments?searchBy=externalId&q=${externalId}`, {
    storeHash: TEST_CREDENTIALS.storeHash,
  });
  return reply.body.data;
}

/** Writes for this external id that reached the sandbox, from its request log. */
function writesSent(externalId: string): number {
  return stack.sandbox.log
    .entries()
    .filter(
      (entry) => entry.method === 'POST' && (entry.body as { externalId?: string } | null)?.externalId === externalId,
    ).length;
}
