/**
 * Idempotency keys shared by two gateway replicas through a real Redis: `createOfflinePayment` over HTTP to
 * replica A or B, both writing to one sandbox, whose request log is the ledger of writes sent. Then Redis is
 * stopped and started again under the running replicas.
 */
import { randomUUID } from 'node:crypto';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RedisIdempotencyStore } from '../src/idempotency/redis-store.js';
import { RedisConnection } from '../src/shared-state/redis-connection.js';
import { REDIS_DEFAULTS } from '../src/shared-state/redis-settings.js';
import { CreateOfflinePaymentIdOnlyDocument, type CreateOfflinePaymentIdOnlyMutationVariables } from './gql/graphql.js';
import { offlinePayment } from './support/offline-payment.js';
import { startRedisServer, type RedisServer } from './support/redis-server.js';
import { waitUntil } from './support/wait-until.js';
import { startStack, type TestStack } from './support/stack.js';
import { CREATED, IDEMPOTENCY_UNAVAILABLE } from './support/write-answers.js';

let redis: RedisServer;
let connections: RedisConnection[];
let a: TestStack;
let b: TestStack;

beforeAll(async () => {
  redis = await startRedisServer();
  const keyPrefix = `test-${randomUUID()}:`;
  connections = [0, 1].map(() => new RedisConnection({ ...REDIS_DEFAULTS, url: redis.url, keyPrefix }));
  await Promise.all(connections.map((connection) => connection.whenReady(10_000)));
  const [first, second] = connections.map((connection) => new RedisIdempotencyStore(connection, { ttlMs: 60_000 }));
  a = await startStack({ idempotency: first });
  // B writes to A's sandbox: one upstream, two replicas.
  b = await startStack({ idempotency: second, b2bBaseUrl: new URL(a.sandbox.baseUrl) });
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close(), ...connections.map((connection) => connection.close())]);
  await redis?.stop();
});
beforeEach(() => a.resetUpstreamLog());

const payment = (idempotencyKey: string) => ({
  input: { ...offlinePayment({ externalId: `IDEM-${randomUUID()}` }), idempotencyKey },
});
const create = (replica: TestStack, variables: CreateOfflinePaymentIdOnlyMutationVariables) =>
  replica.execute(CreateOfflinePaymentIdOnlyDocument, variables);
const writesSent = () => a.sandbox.log.entries().filter((entry) => entry.method === 'POST').length;

describe('idempotency keys shared by two replicas', () => {
  it('answers a key sent to A and then to B with A’s result, writing once', async () => {
    const args = payment(randomUUID());

    const first = await create(a, args);
    const second = await create(b, args);

    expect(first.body).toEqual(CREATED);
    expect(second.body).toEqual(first.body);
    expect(writesSent()).toBe(1);
  });

  it('writes once when the same key reaches A and B at the same time, and both answer alike', async () => {
    const args = payment(randomUUID());
    a.sandbox.faults.add({ method: 'POST', path: '/payments/offline', action: { kind: 'delay', ms: 200 } });

    const answers = await Promise.all([create(a, args), create(b, args), create(a, args), create(b, args)]);

    a.sandbox.faults.clear();
    expect(answers[0]?.body).toEqual(CREATED);
    expect(answers.map((answer) => answer.body)).toEqual(Array(4).fill(answers[0]?.body));
    expect(writesSent()).toBe(1);
  });
});

describe('Redis stopped and started again under running replicas', () => {
  it('refuses keyed writes with IDEMPOTENCY_UNAVAILABLE while Redis is down, sending nothing, and recovers without a restart', async () => {
    const [connection] = connections;
    const registry = new Registry();
    connection?.metrics.register(registry);
    const args = payment(randomUUID());

    await redis.stop();
    await waitUntil(() => connection?.health().up === false, 'replica A sees Redis down');
    const refused = await create(a, args);
    const unkeyed = await create(a, { input: { ...args.input, idempotencyKey: undefined } });

    expect(refused.body).toEqual(IDEMPOTENCY_UNAVAILABLE);
    expect(unkeyed.body).toEqual(CREATED);
    expect(writesSent()).toBe(1);
    expect(await registry.getSingleMetricAsString('shared_state_failures_total')).toContain(
      'shared_state_failures_total{store="idempotency",reason="offline"} 1',
    );
    expect(await registry.getSingleMetricAsString('shared_state_redis_up')).toContain('shared_state_redis_up 0');

    await redis.restart();
    await waitUntil(() => connections.every((each) => each.health().up), 'both replicas reconnect');
    const retried = await create(a, args);
    const replayed = await create(b, args);

    expect(retried.body).toEqual(CREATED);
    expect(replayed.body).toEqual(retried.body);
    expect(writesSent()).toBe(2);
    expect(await registry.getSingleMetricAsString('shared_state_redis_up')).toContain('shared_state_redis_up 1');
  });
});
