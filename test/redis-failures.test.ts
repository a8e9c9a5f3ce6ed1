/**
 * Redis failures are safe: gateway replicas whose shared state lives in a real redis-server, which the
 * tests stop and start again under them (or never start). Throughout, `/ready` says Redis is down without
 * taking the replica out, keyed writes are refused unsent, reads go on with each replica pacing alone,
 * every failed command is counted in `/metrics`, the change is logged once, and everything is shared again
 * once Redis is back, without a restart.
 */
import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/sandbox/server.js';
import { CreateOfflinePaymentIdOnlyDocument, PaymentTotalDocument } from './gql/graphql.js';
import { offlinePayment } from './support/offline-payment.js';
import { startRedisServer, type RedisServer } from './support/redis-server.js';
import { startReplica, type Replica } from './support/replicas.js';
import { CREATED, IDEMPOTENCY_UNAVAILABLE } from './support/write-answers.js';
import { waitUntil } from './support/wait-until.js';

const STORE = 'redisfails';
const PAYMENT_117 = { data: { payment: { id: '117', total: { currencyCode: 'GBP', value: '156.5300' } } } };
const DOWN_LOG = 'Redis is down: keyed writes are refused, reads go on without the shared cache';
const BACK_LOG = 'Redis is ready: shared state is back';

let redis: RedisServer | undefined;
let sandbox: Sandbox | undefined;
const replicas: Replica[] = [];
afterEach(async () => {
  await Promise.all(replicas.splice(0).map((replica) => replica.close()));
  await sandbox?.close();
  await redis?.stop();
});

async function start(count: number, redisServer: RedisServer) {
  // The quota is on, so every read goes through the quota view, in Redis or in the fallback.
  sandbox = await startSandbox({ port: 0, quota: { limit: 150, windowMs: 60_000 } });
  const env = { REDIS_URL: redisServer.url, REDIS_KEY_PREFIX: `test-${randomUUID()}:` };
  for (let i = 0; i < count; i += 1) replicas.push(await startReplica(sandbox, STORE, env));
  return { env, all: [...replicas] };
}

const ready = async (replica: Replica) => {
  const { status, text } = await replica.get('/ready');
  return { status, body: JSON.parse(text) as unknown };
};
const READY = { status: 200, body: { status: 'ready' } };
const DEGRADED = { status: 200, body: { status: 'degraded', redis: 'down' } };

/** A metric's value for the exact label set, from the replica's `/metrics`; 0 when absent. */
async function metric(replica: Replica, series: string): Promise<number> {
  const { text } = await replica.get('/metrics');
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}
const QUOTA_VIEW_OFFLINE = 'shared_state_failures_total{store="quota-view",reason="offline"}';
const IDEMPOTENCY_OFFLINE = 'shared_state_failures_total{store="idempotency",reason="offline"}';

/** A keyed write of its own payment; the same input again is a retry. */
const keyedPayment = () => ({
  ...offlinePayment({ externalId: `REDIS-${randomUUID()}` }),
  idempotencyKey: randomUUID(),
});
const write = (replica: Replica, input = keyedPayment()) =>
  replica.execute(CreateOfflinePaymentIdOnlyDocument, { input });
const read = (replica: Replica) => replica.execute(PaymentTotalDocument, { id: '117' });
const writesSent = () => sandbox?.log.entries().filter((entry) => entry.method === 'POST').length ?? 0;
const messages = (replica: Replica) => replica.logLines.map((line) => line['msg']);
const times = (replica: Replica, message: string) => messages(replica).filter((logged) => logged === message).length;

describe('Redis unreachable at start', () => {
  it('serves degraded: ready, reads answered, keyed writes refused unsent; shared once Redis starts, without a restart', async () => {
    redis = await startRedisServer();
    await redis.stop();
    const [replica] = (await start(1, redis)).all;
    if (!replica) throw new Error('no replica');

    const readiness = await ready(replica);
    const answered = await read(replica);
    const refused = await write(replica);

    expect(readiness).toEqual(DEGRADED);
    expect(answered.body).toEqual(PAYMENT_117);
    expect(refused.body).toEqual(IDEMPOTENCY_UNAVAILABLE);
    expect(writesSent()).toBe(0);
    expect(await metric(replica, QUOTA_VIEW_OFFLINE)).toBeGreaterThan(0);
    expect(await metric(replica, IDEMPOTENCY_OFFLINE)).toBe(1);
    expect(await metric(replica, 'shared_state_redis_up')).toBe(0);
    expect(messages(replica)).toContain(
      'Redis (REDIS_URL) not reached at start: reads go on without the cache, keyed writes are refused',
    );
    expect(messages(replica)).toContain(DOWN_LOG);

    await redis.restart();
    await waitUntil(() => messages(replica).includes(BACK_LOG), 'the replica reaches Redis');

    expect(await ready(replica)).toEqual(READY);
    expect((await write(replica)).body).toEqual(CREATED);
    expect((await read(replica)).body).toEqual(PAYMENT_117);
    expect(writesSent()).toBe(1);
    expect(await metric(replica, 'shared_state_redis_up')).toBe(1);
  });
});

describe('Redis lost mid-run', () => {
  it('keeps both replicas serving alone while it is away, and shares keys and the quota again once it is back', async () => {
    redis = await startRedisServer();
    const { env, all } = await start(2, redis);
    const [a, b] = all;
    if (!a || !b) throw new Error('two replicas expected');
    const payment = keyedPayment();
    expect((await read(a)).body).toEqual(PAYMENT_117);

    await redis.stop();
    await waitUntil(() => times(a, DOWN_LOG) === 1 && times(b, DOWN_LOG) === 1, 'both replicas see Redis down');
    const whileDown = {
      readiness: await Promise.all([ready(a), ready(b)]),
      reads: await Promise.all([read(a), read(b)]),
      writes: await Promise.all([write(a, payment), write(b)]),
    };

    expect(whileDown.readiness).toEqual([DEGRADED, DEGRADED]);
    expect(whileDown.reads.map(({ body }) => body)).toEqual([PAYMENT_117, PAYMENT_117]);
    expect(whileDown.writes.map(({ body }) => body)).toEqual([IDEMPOTENCY_UNAVAILABLE, IDEMPOTENCY_UNAVAILABLE]);
    expect(writesSent()).toBe(0);
    for (const replica of [a, b]) expect(await metric(replica, QUOTA_VIEW_OFFLINE)).toBeGreaterThan(0);

    await redis.restart();
    // Each replica said so once when it first connected, and says it again now.
    await waitUntil(() => times(a, BACK_LOG) === 2 && times(b, BACK_LOG) === 2, 'both replicas reach Redis again');
    const retried = await write(a, payment);
    const replayed = await write(b, payment);
    const readAfter = await read(b);

    expect([await ready(a), await ready(b)]).toEqual([READY, READY]);
    expect(retried.body).toEqual(CREATED);
    expect(replayed.body).toEqual(retried.body);
    expect(readAfter.body).toEqual(PAYMENT_117);
    expect(writesSent()).toBe(1);
    // The restarted Redis is empty: the quota B's read reported is there again for every replica.
    const inspector = createClient({ url: redis.url });
    await inspector.connect();
    try {
      const quota = await inspector.hGetAll(
        `${env.REDIS_KEY_PREFIX}quota:${encodeURIComponent(`${sandbox?.origin} ${STORE}`)}`,
      );
      expect(quota).toMatchObject({ limit: '150', windowMs: '60000', silent: '0' });
    } finally {
      inspector.destroy();
    }
  });
});
