/**
 * One store quota for every replica: two gateway replicas on one real Redis and one sandbox whose quota is
 * the documented 150 calls a minute (docs/upstream-contract.md §5.1), counting every replica's calls. The
 * sandbox's request log is the ledger: what each view cost, and whether the upstream ever answered 429.
 * Each test uses a store of its own, so each starts with a fresh window.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/sandbox/server.js';
import { PaymentTotalDocument, UpstreamCallsPageWithTransactionsDocument } from './gql/graphql.js';
import { startRedisServer, type RedisServer } from './support/redis-server.js';
import { startReplica, type Replica } from './support/replicas.js';

const QUOTA = { limit: 150, windowMs: 60_000 };
/** The page of a view: 10 payments with their transactions, 11 calls. */
const PAGE_CALLS = 11;
const REPORT = { 'x-upstream-report': '1' };

let redis: RedisServer;
let sandbox: Sandbox;
const started: Replica[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  // Latency keeps calls in flight long enough for replicas to meet on the quota.
  sandbox = await startSandbox({ port: 0, quota: QUOTA, latencyMs: 50 });
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((replica) => replica.close()));
});
afterAll(async () => {
  await sandbox?.close();
  await redis?.stop();
});

/** Two replicas with the server credentials of a store of their own, sharing one Redis prefix. */
async function twoReplicas(): Promise<{ store: string; a: Replica; b: Replica }> {
  const store = `q${randomUUID().slice(0, 8)}`;
  // The read cache off: every view spends its calls, which is what the quota is tested with here
  // (read-cache-gateway.test.ts shows the cache).
  const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: `test-${randomUUID()}:`, READ_CACHE_TTL_MS: '0' };
  const [a, b] = await Promise.all([startReplica(sandbox, store, env), startReplica(sandbox, store, env)]);
  started.push(a, b);
  // One call each proves the credentials, so every later call counts against the store's quota.
  for (const replica of [a, b])
    expect((await replica.execute(PaymentTotalDocument, { id: '117' })).body.errors).toBeUndefined();
  return { store, a, b };
}

const page = (replica: Replica) => replica.execute(UpstreamCallsPageWithTransactionsDocument, { limit: 10 }, REPORT);
const single = (replica: Replica) => replica.execute(PaymentTotalDocument, { id: '118' }, REPORT);

/** What a view came to: whole (no error) or refused (every error UPSTREAM_RATE_LIMITED), and its calls. */
function outcomeOf(body: {
  errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}) {
  const calls = (body.extensions?.['upstream'] as { calls: number } | undefined)?.calls;
  if (!body.errors) return { whole: true, calls };
  const codes = new Set(body.errors.map((error) => error.extensions?.['code']));
  const retryAfter = body.errors.map((error) => error.extensions?.['retryAfterSeconds']);
  const refused =
    codes.size === 1 && codes.has('UPSTREAM_RATE_LIMITED') && retryAfter.every((seconds) => Number(seconds) > 0);
  return { whole: false, refused, calls };
}

/** The sandbox's answers to this store's calls, by status. */
function statusesOf(store: string): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const entry of sandbox.log.entries()) {
    if (entry.storeHash === store) counts[entry.status] = (counts[entry.status] ?? 0) + 1;
  }
  return counts;
}

describe('two replicas on one Redis share the store quota', () => {
  it('answer a load that needs fewer calls than the quota in full, without a 429', async () => {
    const { store, a, b } = await twoReplicas();

    // Four views at once on each replica: 88 calls, within the 120 the quota lets go at once.
    const views = await Promise.all(Array.from({ length: 8 }, (_, i) => page(i % 2 ? b : a)));

    expect(views.map(({ body }) => outcomeOf(body))).toEqual(Array(8).fill({ whole: true, calls: PAGE_CALLS }));
    expect(statusesOf(store)).toEqual({ 200: 2 + 8 * PAGE_CALLS });
  });

  it('pace, then refuse at once, a load that needs more: whole views or refused ones, never an upstream 429', async () => {
    const { store, a, b } = await twoReplicas();

    // Twenty views at once across the replicas: 220 calls, more than the window's 148 left.
    const pages = await Promise.all(Array.from({ length: 20 }, (_, i) => page(i % 2 ? b : a)));
    // Then twenty one-call views: what is left of the window goes in paced turns, the rest is refused.
    const singles = await Promise.all(Array.from({ length: 20 }, (_, i) => single(i % 2 ? b : a)));

    const pageOutcomes = pages.map(({ body }) => outcomeOf(body));
    const singleOutcomes = singles.map(({ body }) => outcomeOf(body));
    // A view is whole with all its calls, or refused before any: no view was left half answered.
    for (const outcome of pageOutcomes) {
      expect(outcome).toEqual(
        outcome.whole ? { whole: true, calls: PAGE_CALLS } : { whole: false, refused: true, calls: 0 },
      );
    }
    for (const outcome of singleOutcomes) {
      expect(outcome).toEqual(outcome.whole ? { whole: true, calls: 1 } : { whole: false, refused: true, calls: 0 });
    }
    const whole = (outcomes: Array<{ whole: boolean }>) => outcomes.filter((outcome) => outcome.whole).length;
    expect(whole(pageOutcomes)).toBeGreaterThan(0);
    expect(whole(pageOutcomes)).toBeLessThan(20);
    expect(whole(singleOutcomes)).toBeGreaterThan(0);
    expect(whole(singleOutcomes)).toBeLessThan(20);
    // Every call the replicas sent was answered: the quota was never overrun, by either replica.
    const calls = 2 + whole(pageOutcomes) * PAGE_CALLS + whole(singleOutcomes);
    expect(statusesOf(store)).toEqual({ 200: calls });
    expect(calls).toBeLessThanOrEqual(QUOTA.limit);
  });
});
