import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/security/query-limits.js';
import { createLogger } from '../src/observability/logging.js';
import { unserializableCreatedAt } from './support/fault-actions.js';
import { allParts, mergeParts, postForParts, TRANSPORTS, type AnswerPart } from './support/incremental-parts.js';
import { useFileStack } from './support/file-stack.js';
import { SINGLE_ATTEMPT, startStack, type StackOptions, type TestStack } from './support/stack.js';
import { UpstreamGate } from './support/upstream-gate.js';

/**
 * `@defer` and `@stream` over real HTTP, both transports: which parts come, in which order, with what in
 * them, and what they cost upstream. Held upstream calls (UpstreamGate), not timing, decide the order.
 */

const REPORT = { 'x-upstream-report': '1' };

/** Four payments, each one's transactions deferred. */
const DEFERRED_PAGE = `query DeferredPage {
  payments(first: 4) {
    totalCount
    nodes {
      id
      processingStatus
      total { currencyCode value }
      ... @defer { transactions { type gateway } }
    }
  }
}`;

/** The newest four payments of the sandbox, as DEFERRED_PAGE's first part has them. */
const PAGE_NODES = [
  { id: '540', processingStatus: 'COMPLETED', total: { currencyCode: 'GBP', value: '807.0751' } },
  { id: '539', processingStatus: 'COMPLETED', total: { currencyCode: 'CAD', value: '2111.8700' } },
  { id: '538', processingStatus: 'COMPLETED', total: { currencyCode: 'EUR', value: '1946.3911' } },
  { id: '537', processingStatus: 'PROCESSING', total: { currencyCode: 'USD', value: '1804.4200' } },
];
const PAGE_TRANSACTIONS = [
  [{ type: 'OfflineTransaction', gateway: null }],
  [{ type: 'CreditCardTransaction', gateway: 'paytrace' }],
  [{ type: 'CreditCardTransaction', gateway: 'stripe' }],
  [{ type: 'CreditCardTransaction', gateway: 'authorizenet' }],
];
const PAGE_CALLS = [
  'GET /payments/537/transactions',
  'GET /payments/538/transactions',
  'GET /payments/539/transactions',
  'GET /payments/540/transactions',
  'GET /payments?offset=0&limit=4',
];

/** The page of 50 with transactions, deferred or not: the heaviest shape of the call budget (docs/api.md). */
const pageOf50 = (deferred: boolean) => {
  const transactions = deferred ? '... @defer { transactions { type } }' : 'transactions { type }';
  return `{ payments(first: 50) { nodes { id ${transactions} } } }`;
};

/** A stack whose B2B calls go through a gate holding those that match `hold`. */
async function startGatedStack(
  hold: RegExp,
  options: StackOptions = {},
): Promise<{ stack: TestStack; gate: UpstreamGate }> {
  const gate = await UpstreamGate.start(hold);
  const stack = await startStack({ ...options, b2bBaseUrl: new URL(gate.baseUrl) });
  gate.forwardTo(stack.sandbox.baseUrl);
  return { stack, gate };
}

describe.each(TRANSPORTS)('@defer and @stream over $name', ({ accept, read }) => {
  const stack = useFileStack({ resilience: SINGLE_ATTEMPT });
  const post = (query: string, headers?: Record<string, string>) =>
    postForParts(stack.gatewayUrl, accept, query, headers);

  it('sends the page first, then each payment’s transactions as its own call ends', async () => {
    // Payment 540's transactions are held until the others have arrived: they come last, in a part of their own.
    const { stack: gated, gate } = await startGatedStack(/^\/payments\/540\/transactions$/);
    try {
      const response = await postForParts(gated.gatewayUrl, accept, DEFERRED_PAGE, REPORT);
      expect(response.status).toBe(200);
      const parts = read(response);

      const first = await parts.next();
      expect(first.value).toEqual({ data: { payments: { totalCount: 540, nodes: PAGE_NODES } }, hasNext: true });

      const early: AnswerPart[] = [];
      const arrived = () => early.flatMap((part) => part.incremental ?? []).length;
      while (arrived() < 3) {
        const next = await parts.next();
        if (next.done) throw new Error('the answer ended before the transactions that were not held');
        early.push(next.value);
      }
      // Every early part is a later one still to be followed (hasNext), holds only the payments not held,
      // and carries no upstream report: it comes with the last part, once every call has ended.
      expect(early.map((part) => part.hasNext)).toEqual(early.map(() => true));
      expect(early.some((part) => part.extensions)).toBe(false);
      expect(
        early.flatMap((part) => part.incremental).sort((a, b) => String(a?.path).localeCompare(String(b?.path))),
      ).toEqual(
        [1, 2, 3].map((index) => ({
          data: { transactions: PAGE_TRANSACTIONS[index] },
          path: ['payments', 'nodes', index],
        })),
      );

      gate.release();
      const rest: AnswerPart[] = [];
      for (let next = await parts.next(); !next.done; next = await parts.next()) rest.push(next.value);
      expect(rest).toEqual([
        {
          incremental: [{ data: { transactions: PAGE_TRANSACTIONS[0] }, path: ['payments', 'nodes', 0] }],
          hasNext: false,
          extensions: {
            upstream: {
              calls: 5,
              totalMs: expect.any(Number),
              byEndpoint: {
                listPayments: { calls: 1, totalMs: expect.any(Number) },
                listPaymentTransactions: { calls: 4, totalMs: expect.any(Number) },
              },
            },
          },
        },
      ]);
      expect(mergeParts([first.value as AnswerPart, ...early, ...rest])).toEqual({
        data: {
          payments: {
            totalCount: 540,
            nodes: PAGE_NODES.map((node, index) => ({ ...node, transactions: PAGE_TRANSACTIONS[index] })),
          },
        },
      });
      expect(gated.upstreamRequests().sort()).toEqual(PAGE_CALLS);
    } finally {
      await gated.close();
      await gate.stop();
    }
  });

  it('spends the same upstream calls as without @defer: 51 for 50 payments with transactions', async () => {
    const plain = await allParts(read, await post(pageOf50(false), REPORT));
    const callsWithout = stack.upstreamRequests().sort();
    stack.resetUpstreamLog();

    const parts = await allParts(read, await post(pageOf50(true), REPORT));

    expect(callsWithout).toHaveLength(51);
    expect(stack.upstreamRequests().sort()).toEqual(callsWithout);
    expect(mergeParts(parts)).toEqual({ data: plain[0]?.data });
    // The report, with every call, is in the last part and only there; without @defer, in the one answer.
    const report = parts.map(
      (part) => (part.extensions as { upstream?: { calls: number } } | undefined)?.upstream?.calls,
    );
    expect(report).toEqual([...parts.slice(1).map(() => undefined), 51]);
    expect(plain.map((part) => (part.extensions as { upstream: { calls: number } }).upstream.calls)).toEqual([51]);
  });

  it('fetches a deferred payment’s transactions beside its detail, once for two deferred fragments', async () => {
    const parts = await allParts(
      read,
      await post(
        `{ payment(id: "117") { id processingStatus
            ... @defer { transactions { type } } ... @defer { transactions { memo } } } }`,
      ),
    );

    expect(parts[0]).toEqual({ data: { payment: { id: '117', processingStatus: 'COMPLETED' } }, hasNext: true });
    expect(parts.at(-1)?.hasNext).toBe(false);
    expect(mergeParts(parts)).toEqual({
      data: {
        payment: {
          id: '117',
          processingStatus: 'COMPLETED',
          transactions: [{ type: 'OfflineTransaction', memo: 'Offline payment recorded' }],
        },
      },
    });
    expect(stack.upstreamRequests().sort()).toEqual(['GET /payments/117', 'GET /payments/117/transactions']);
  });

  it('streams a list: the first items in the first part, the rest after, from the one page call', async () => {
    const parts = await allParts(read, await post('{ payments(first: 4) { nodes @stream(initialCount: 1) { id } } }'));

    expect(parts[0]).toEqual({ data: { payments: { nodes: [{ id: '540' }] } }, hasNext: true });
    expect(parts.at(-1)?.hasNext).toBe(false);
    expect(mergeParts(parts)).toEqual({
      data: { payments: { nodes: [{ id: '540' }, { id: '539' }, { id: '538' }, { id: '537' }] } },
    });
    expect(stack.upstreamRequests()).toEqual(['GET /payments?offset=0&limit=4']);
  });

  it('gives a deferred field’s upstream failure its code, as without @defer', async () => {
    stack.sandbox.faults.add({ path: '/payments/539/transactions', action: { kind: 'respond', status: 503 } });

    const parts = await allParts(
      read,
      await post('{ payments(first: 2) { nodes { id ... @defer { transactions { type } } } } }'),
    );

    expect(parts[0]).toEqual({ data: { payments: { nodes: [{ id: '540' }, { id: '539' }] } }, hasNext: true });
    expect(parts.flatMap((part) => part.incremental ?? []).find((item) => item.path?.[2] === 1)).toEqual({
      data: { transactions: null },
      path: ['payments', 'nodes', 1],
      errors: [
        {
          message: 'The upstream API failed.',
          locations: [{ line: 1, column: 48 }],
          path: ['payments', 'nodes', 1, 'transactions'],
          extensions: {
            code: 'UPSTREAM_SERVER_ERROR',
            retryable: true,
            upstreamStatus: 503,
            upstreamRequestId: expect.any(String),
          },
        },
      ],
    });
  });

  it('masks an unexpected failure in a deferred part, as without @defer', async () => {
    stack.sandbox.faults.add({ path: '/payments/117', action: await unserializableCreatedAt(stack.sandbox, '117') });

    const parts = await allParts(read, await post('{ payment(id: "117") { id ... @defer { createdAt } } }'));

    expect(parts).toEqual([
      { data: { payment: { id: '117' } }, hasNext: true },
      {
        incremental: [
          {
            data: { createdAt: null },
            path: ['payment'],
            errors: [
              {
                message: 'Unexpected error.',
                locations: [{ line: 1, column: 40 }],
                path: ['payment', 'createdAt'],
                extensions: { code: 'INTERNAL_SERVER_ERROR' },
              },
            ],
          },
        ],
        hasNext: false,
      },
    ]);
  });

  it('keeps answering in parts when the document runs again (compiled execution leaves it alone)', async () => {
    // graphql-jit compiles a document from its second run, and knows no @defer: it would answer whole.
    const firstParts = [];
    for (let run = 0; run < 3; run++) {
      const parts = await allParts(
        read,
        await post('{ payment(id: "117") { id ... @defer { transactions { type } } } }'),
      );
      firstParts.push(parts[0]);
    }

    expect(firstParts).toEqual([1, 2, 3].map(() => ({ data: { payment: { id: '117' } }, hasNext: true })));
  });
});

describe('@defer: what the rest of the gateway makes of it', () => {
  const stack = useFileStack({ app: { limits: { ...DEFAULT_LIMITS, maxCost: 2_000 } } });

  it('refuses it, before any upstream call, to a caller that accepts only JSON', async () => {
    const response = await postForParts(stack.gatewayUrl, 'application/json', DEFERRED_PAGE);

    expect(response.status).toBe(406);
    expect(await response.json()).toEqual({
      errors: [
        {
          message:
            'This operation uses @defer or @stream: its answer comes in parts. ' +
            'Send Accept: multipart/mixed or text/event-stream.',
          extensions: { code: 'INCREMENTAL_DELIVERY_NOT_ACCEPTED' },
        },
      ],
    });
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('counts deferred fields in the cost as it counts them without @defer', async () => {
    const costOf = async (query: string) => {
      const response = await postForParts(stack.gatewayUrl, 'multipart/mixed, application/json', query);
      const body = (await response.json()) as { errors: Array<{ extensions: { code: string; cost: number } }> };
      return body.errors.map(({ extensions }) => [extensions.code, extensions.cost]);
    };

    const without = await costOf('{ payments(first: 10) { nodes { id transactions { type } } } }');
    const deferred = await costOf('{ payments(first: 10) { nodes { id ... @defer { transactions { type } } } } }');

    expect(without).toEqual([['QUERY_TOO_COSTLY', 2232]]);
    expect(deferred).toEqual(without);
    expect(stack.upstreamRequests()).toEqual([]);
  });
});

describe('@defer: the request as the gateway sees it', () => {
  it('logs a deferred request once, after its last part, with every upstream call', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => lines.push(line) });
    const { stack, gate } = await startGatedStack(/^\/payments\/540\/transactions$/, { app: { logger } });
    try {
      const response = await postForParts(stack.gatewayUrl, 'multipart/mixed', DEFERRED_PAGE);
      const parts = TRANSPORTS[0].read(response);
      await parts.next();
      await gate.whenHeld(1);
      // The response has started, but one call is still open: nothing is logged yet.
      expect(lines).toEqual([]);

      gate.release();
      for (let next = await parts.next(); !next.done; next = await parts.next());

      await expect.poll(() => lines.length).toBe(1);
      expect(JSON.parse(lines[0] ?? '')).toEqual(
        expect.objectContaining({ operationName: 'DeferredPage', status: 200, outcome: 'ok', upstreamCallCount: 5 }),
      );
    } finally {
      await stack.close();
      await gate.stop();
    }
  });

  it('stops the deferred calls still open when the client goes away', async () => {
    // A call timeout and a deadline beyond the test's: only the client's leaving can end the held call in time.
    const { stack, gate } = await startGatedStack(/^\/payments\/540\/transactions$/, {
      upstreamTimeoutMs: 60_000,
      resilience: { requestDeadlineMs: 60_000 },
    });
    try {
      const client = new AbortController();
      const response = await fetch(`${stack.gatewayUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'multipart/mixed' },
        body: JSON.stringify({ query: DEFERRED_PAGE }),
        signal: client.signal,
      });
      await TRANSPORTS[0].read(response).next();
      await gate.whenHeld(1);

      client.abort();

      // The held call's connection closes: the gateway gave it up, as it does every call of a request whose
      // client has gone. Without that, it would stay open until the gate opens.
      await gate.whenAbandoned(1);
    } finally {
      await stack.close();
      await gate.stop();
    }
  });
});
