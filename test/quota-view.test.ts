/**
 * The quota view, not yet wired into the pacer: reports merged as the upstream gives them, calls in flight
 * counted across replicas, the start rules applied atomically, windows rolling over, slots of dead replicas
 * expiring; against the in-process view and a real redis-server (two connections are two replicas).
 */
import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { describe, expect, it } from 'vitest';
import { InProcessQuotaView, type QuotaView, type StartRules } from '../src/shared-state/quota-view.js';
import { RedisQuotaView } from '../src/shared-state/quota-view-redis.js';
import { useRedisConnections, useRedisServer } from './support/redis-server.js';
import { startTcpProxy } from './support/tcp-proxy.js';
import { waitUntil } from './support/wait-until.js';

const redis = useRedisServer();
const { connect } = useRedisConnections(redis);

interface Clock {
  now: number;
}

const VIEWS = [
  { name: 'in-process', replicas: async (clock: Clock) => {
    const view = new InProcessQuotaView(() => clock.now);
    return [view, view] as const;
  } },
  { name: 'Redis', replicas: async (clock: Clock) => {
    const prefix = `test-${randomUUID()}:`;
    return [new RedisQuotaView(await connect(prefix), () => clock.now), new RedisQuotaView(await connect(prefix), () => clock.now)] as const;
  } },
];

const RULES: StartRules = { maxInFlight: 100, maxInFlightUnknown: 2, reserve: 0, expiresInMs: 15_000 };
const STORE = 'store-1|b2b';
const report = (remaining: number, resetAfterMs = 30_000) => ({
  report: { remaining, resetAfterMs, limit: 150, windowMs: 60_000 },
  answered: true,
});

async function start(view: QuotaView, rules: StartRules = RULES) {
  const outcome = await view.startCall(STORE, rules);
  if (!outcome.started) throw new Error(`expected a start, got ${JSON.stringify(outcome.state)}`);
  return outcome.slot;
}

describe.each(VIEWS)('$name quota view', ({ replicas }) => {
  async function twoReplicas() {
    const clock = { now: 1_000_000 };
    const [a, b] = await replicas(clock);
    return { clock, a, b };
  }

  it('lets few calls start before any answer says where the quota stands, then as many as the cap', async () => {
    const { a, b } = await twoReplicas();

    const first = await start(a);
    await start(b);
    const third = await b.startCall(STORE, RULES);
    await a.finishCall(first, report(140));
    const afterReport = await b.startCall(STORE, RULES);

    expect(third).toEqual({
      started: false,
      state: { remaining: undefined, resetInMs: undefined, limit: undefined, windowMs: undefined, silent: false, inFlight: 2 },
    });
    expect(afterReport).toMatchObject({ started: true, state: { remaining: 140, inFlight: 2 } });
  });

  it('keeps the fewest calls left that any replica heard of in one window, and takes a later window as reported', async () => {
    const { clock, a, b } = await twoReplicas();

    await a.finishCall(await start(a), report(100, 30_000));
    clock.now += 10;
    // An answer that left the upstream earlier arrives later, on the other replica.
    await b.finishCall(await start(b), report(104, 29_900));
    const sameWindow = await a.state(STORE);
    clock.now += 30_000;
    await b.finishCall(await start(b), report(149, 60_000));

    expect(sameWindow).toEqual({ remaining: 100, resetInMs: 29_900, limit: 150, windowMs: 60_000, silent: false, inFlight: 0 });
    expect(await a.state(STORE)).toMatchObject({ remaining: 149, resetInMs: 60_000 });
  });

  it('counts calls in flight on every replica and applies the cap to them together', async () => {
    const { a, b } = await twoReplicas();
    await a.finishCall(await start(a), report(140));
    const rules = { ...RULES, maxInFlight: 3 };

    await start(a, rules);
    const onB = await start(b, rules);
    await start(a, rules);
    const refused = await b.startCall(STORE, rules);
    await a.finishCall(onB, { report: undefined, answered: false });

    expect(refused).toMatchObject({ started: false, state: { inFlight: 3 } });
    expect((await b.startCall(STORE, rules)).started).toBe(true);
  });

  it('keeps the reserve unspent: no call starts once the calls left beyond those in flight fall to it', async () => {
    const { a, b } = await twoReplicas();
    await a.finishCall(await start(a), report(5));
    const rules = { ...RULES, reserve: 2 };

    const started = [await a.startCall(STORE, rules), await b.startCall(STORE, rules), await a.startCall(STORE, rules)];
    const refused = await b.startCall(STORE, rules);

    expect(started.map((outcome) => outcome.started)).toEqual([true, true, true]);
    expect(refused).toMatchObject({ started: false, state: { remaining: 5, inFlight: 3 } });
  });

  it('starts the next window full once the reported one is over, when its size is known', async () => {
    const { clock, a } = await twoReplicas();
    await a.finishCall(await start(a), report(0, 1_000));

    const spent = await a.startCall(STORE, RULES);
    clock.now += 1_000;
    const next = await a.startCall(STORE, RULES);

    expect(spent).toMatchObject({ started: false, state: { remaining: 0, resetInMs: 1_000 } });
    expect(next).toMatchObject({ started: true, state: { remaining: 150, resetInMs: 60_000, inFlight: 1 } });
  });

  it('forgets the quota of a window of unknown size once it is over', async () => {
    const { clock, a } = await twoReplicas();
    await a.finishCall(await start(a), { report: { remaining: 10, resetAfterMs: 1_000 }, answered: true });

    clock.now += 1_000;

    expect(await a.state(STORE)).toMatchObject({ remaining: undefined, resetInMs: undefined });
  });

  it('drops the slot of a call never finished (its replica died) once it expires', async () => {
    const { clock, a, b } = await twoReplicas();
    await start(a, { ...RULES, expiresInMs: 5_000 });

    clock.now += 4_999;
    expect((await b.state(STORE)).inFlight).toBe(1);
    clock.now += 1;
    expect((await b.state(STORE)).inFlight).toBe(0);
  });

  it('takes an answer without quota headers as a silent upstream, with nothing to pace by', async () => {
    const { a, b } = await twoReplicas();

    await a.finishCall(await start(a), { report: undefined, answered: true });
    const starts = await Promise.all([1, 2, 3].map(() => b.startCall(STORE, RULES)));

    expect(await a.state(STORE)).toMatchObject({ silent: true, remaining: undefined });
    expect(starts.map((outcome) => outcome.started)).toEqual([true, true, true]);
  });

  it('lets exactly as many calls start as the cap allows when replicas ask at the same time', async () => {
    const { a, b } = await twoReplicas();
    await a.finishCall(await start(a), report(140));
    const rules = { ...RULES, maxInFlight: 5 };

    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).startCall(STORE, rules)));

    expect(outcomes.filter((outcome) => outcome.started)).toHaveLength(5);
  });
});

describe('RedisQuotaView', () => {
  it('keeps its two keys under the prefix, each with a TTL', async () => {
    const prefix = `test-${randomUUID()}:`;
    const view = new RedisQuotaView(await connect(prefix));
    await view.finishCall(await start(view), report(140, 30_000));
    await start(view);

    const inspector = createClient({ url: redis.current.url });
    await inspector.connect();
    try {
      const keys = (await inspector.keys(`${prefix}*`)).sort();
      expect(keys).toEqual([`${prefix}quota:store-1%7Cb2b`, `${prefix}quota:store-1%7Cb2b:calls`]);
      const [stateTtl, callsTtl] = await Promise.all(keys.map((key) => inspector.pTTL(key)));
      expect(stateTtl).toBeGreaterThan(120_000);
      expect(stateTtl).toBeLessThanOrEqual(150_000);
      expect(callsTtl).toBeGreaterThan(0);
      expect(callsTtl).toBeLessThanOrEqual(15_000);
    } finally {
      inspector.destroy();
    }
  });

  it('falls back to its own view while it cannot reach Redis, from the quota it last heard, and shares again once back', async () => {
    const proxy = await startTcpProxy(redis.current.port);
    const prefix = `test-${randomUUID()}:`;
    const throughProxy = await connect(prefix, `redis://127.0.0.1:${proxy.port}`);
    const a = new RedisQuotaView(throughProxy);
    const b = new RedisQuotaView(await connect(prefix));
    try {
      await a.finishCall(await start(a), report(140));
      await start(b);

      proxy.cut();
      await waitUntil(() => !throughProxy.health().up, 'replica A loses Redis');
      const alone = await a.startCall(STORE, RULES);
      if (alone.started) await a.finishCall(alone.slot, report(120));
      proxy.restore();
      await waitUntil(() => throughProxy.health().up, 'replica A reaches Redis again');

      expect(alone).toMatchObject({ started: true, state: { remaining: 140, inFlight: 1 } });
      expect(await a.state(STORE)).toMatchObject({ remaining: 140, inFlight: 1 });
    } finally {
      await proxy.close();
    }
  });
});
