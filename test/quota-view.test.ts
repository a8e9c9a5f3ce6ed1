/**
 * The quota view behind the pacer and admission (src/upstream/resilience/pacing.ts): reports merged as the
 * upstream gives them, calls in flight and held counted across replicas, the start and hold rules applied
 * atomically, the paced spacing shared, windows rolling over, slots and holds of dead replicas expiring;
 * against the in-process view and a real redis-server (two connections are two replicas), on a clock the
 * tests move.
 */
import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import {
  InProcessQuotaView,
  type Hold,
  type HoldOutcome,
  type HoldRules,
  type QuotaView,
  type StartRules,
} from '../src/shared-state/quota-view.js';
import { RedisQuotaView } from '../src/shared-state/quota-view-redis.js';
import { useRedisConnections, useRedisServer } from './support/use-redis.js';
import { startTcpProxy } from './support/tcp-proxy.js';
import { waitUntil } from './support/wait-until.js';

const redis = useRedisServer();
const { connect } = useRedisConnections(redis);

interface Clock {
  now: number;
}

const VIEWS = [
  {
    name: 'in-process',
    replicas: async (clock: Clock) => {
      const view = new InProcessQuotaView(() => clock.now);
      return [view, view] as const;
    },
  },
  {
    name: 'Redis',
    replicas: async (clock: Clock) => {
      const prefix = `test-${randomUUID()}:`;
      return [
        new RedisQuotaView(await connect(prefix), () => clock.now),
        new RedisQuotaView(await connect(prefix), () => clock.now),
      ] as const;
    },
  },
];

const RULES: StartRules = { maxInFlight: 100, threshold: 2, expiresInMs: 15_000 };
const HOLD: HoldRules = { threshold: 30, startWithinMs: 14_000, expiresInMs: 16_000 };
const PACED: StartRules = { ...RULES, threshold: 30 };
const STORE = 'store-1|b2b';
const report = (remaining: number, resetAfterMs = 30_000) => ({
  report: { remaining, resetAfterMs, limit: 150, windowMs: 60_000 },
  answered: true,
});

function heldOf(outcome: HoldOutcome): Hold {
  if (!outcome.admitted || !outcome.hold) throw new Error(`expected a hold, got ${JSON.stringify(outcome)}`);
  return outcome.hold;
}

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
      retryInMs: 0,
      state: {
        remaining: undefined,
        resetInMs: undefined,
        limit: undefined,
        windowMs: undefined,
        silent: false,
        inFlight: 2,
        held: 0,
        nextStartInMs: 0,
      },
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

    expect(sameWindow).toEqual({
      remaining: 100,
      resetInMs: 29_900,
      limit: 150,
      windowMs: 60_000,
      silent: false,
      inFlight: 0,
      held: 0,
      nextStartInMs: 0,
    });
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

  it('spaces calls once the free ones fall to the threshold, each after the rest of the window shared among them', async () => {
    const { clock, a, b } = await twoReplicas();
    await a.finishCall(await start(a), report(5, 30_000));
    const rules = { ...RULES, expiresInMs: 60_000 };

    const atOnce = [await a.startCall(STORE, rules), await b.startCall(STORE, rules), await a.startCall(STORE, rules)];
    // Two free, the threshold: this one goes, and the next may go 30 s / 2 later, on either replica.
    const firstPaced = await b.startCall(STORE, rules);
    const tooSoon = await a.startCall(STORE, rules);
    clock.now += 15_000;
    const secondPaced = await a.startCall(STORE, rules);
    const noneLeft = await b.startCall(STORE, rules);

    expect([...atOnce, firstPaced].map((outcome) => outcome.started)).toEqual([true, true, true, true]);
    expect(tooSoon).toMatchObject({
      started: false,
      retryInMs: 15_000,
      state: { remaining: 5, inFlight: 4, nextStartInMs: 15_000 },
    });
    expect(secondPaced).toMatchObject({ started: true, state: { inFlight: 5, nextStartInMs: 15_000 } });
    expect(noneLeft).toMatchObject({
      started: false,
      retryInMs: 15_000,
      state: { remaining: 5, inFlight: 5, resetInMs: 15_000 },
    });
  });

  it('starts the next window full once the reported one is over, when its size is known', async () => {
    const { clock, a } = await twoReplicas();
    await a.finishCall(await start(a), report(0, 1_000));

    const spent = await a.startCall(STORE, RULES);
    clock.now += 1_000;
    const next = await a.startCall(STORE, RULES);

    expect(spent).toMatchObject({ started: false, retryInMs: 1_000, state: { remaining: 0, resetInMs: 1_000 } });
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

  it('holds an admitted request’s calls at once while more than the threshold stay free, for every replica to count', async () => {
    const { a, b } = await twoReplicas();
    await a.finishCall(await start(a), report(140, 60_000));

    const held = await a.hold(STORE, 100, HOLD);
    const hold = heldOf(held);
    const cappedRules = { ...PACED, maxInFlight: 1 };
    const heldStarts = await Promise.all(
      [0, 1, 2].map((index) => (index % 2 ? b : a).startCall(STORE, cappedRules, { hold, index })),
    );

    expect(held).toMatchObject({
      admitted: true,
      hold: { calls: 100, burst: 100, intervalMs: 0 },
      state: { held: 100 },
    });
    // Held calls go outside the rules (the cap of 1 included): admission decided for them.
    expect(heldStarts.map((outcome) => outcome.started)).toEqual([true, true, true]);
    expect(await b.state(STORE)).toMatchObject({ remaining: 140, inFlight: 3, held: 97 });
  });

  it('gives a request’s calls beyond the burst the next paced turns, and refuses one whose last turn comes too late', async () => {
    const { clock, a, b } = await twoReplicas();
    await a.finishCall(await start(a), report(140, 60_000));
    await a.hold(STORE, 100, HOLD);

    // 40 free: 10 at once, then 30 paced over the 60 s left, one every 2 s; 10 paced turns end 18 s from now.
    const tooLate = await b.hold(STORE, 20, HOLD);
    const fits = await b.hold(STORE, 15, HOLD);
    const unheldCall = await a.startCall(STORE, PACED);
    clock.now += 10_000;
    const afterTheHeldTurns = await a.startCall(STORE, PACED);

    expect(tooLate).toEqual({ admitted: false, retryInMs: 4_000, state: expect.objectContaining({ held: 100 }) });
    expect(fits).toMatchObject({
      admitted: true,
      hold: { calls: 15, burst: 10, pacedFrom: 1_000_000, intervalMs: 2_000 },
      state: { held: 115, nextStartInMs: 10_000 },
    });
    expect(unheldCall).toMatchObject({ started: false, retryInMs: 10_000 });
    // 25 free over the 50 s left.
    expect(afterTheHeldTurns).toMatchObject({ started: true, state: { nextStartInMs: 2_000 } });
  });

  it('refuses a hold larger than the calls left until the reset, and frees released or expired holds', async () => {
    const { clock, a, b } = await twoReplicas();
    await a.finishCall(await start(a), report(60, 30_000));

    const tooMany = await a.hold(STORE, 61, HOLD);
    const released = heldOf(await a.hold(STORE, 20, HOLD));
    const expiring = await b.hold(STORE, 10, { ...HOLD, expiresInMs: 5_000 });
    await b.release(released);
    const afterRelease = await a.state(STORE);
    clock.now += 5_000;

    expect(tooMany).toMatchObject({ admitted: false, retryInMs: 30_000 });
    expect(expiring).toMatchObject({ admitted: true, hold: { calls: 10 } });
    expect(afterRelease).toMatchObject({ held: 10 });
    expect(await a.state(STORE)).toMatchObject({ held: 0 });
  });

  it('admits without holding when nothing says where the quota stands, or the window resets within the request', async () => {
    const { a } = await twoReplicas();

    const unknown = await a.hold(STORE, 50, HOLD);
    await a.finishCall(await start(a), report(40, 5_000));
    const nextWindow = await a.hold(STORE, 50, HOLD);
    const tooBigForAnyWindow = await a.hold(STORE, 121, HOLD);

    expect(unknown).toMatchObject({ admitted: true, hold: undefined, state: { held: 0 } });
    expect(nextWindow).toMatchObject({ admitted: true, hold: undefined, state: { held: 0 } });
    expect(tooBigForAnyWindow).toMatchObject({ admitted: false, retryInMs: 5_000 });
  });
});

describe('InProcessQuotaView bound', () => {
  it("keeps a store's view however many unknown stores are asked about: a read or an empty end makes no entry", async () => {
    const clock = { now: 0 };
    const view = new InProcessQuotaView(() => clock.now);
    await view.finishCall(await start(view), report(140));

    // Anyone's guesses at store hashes: their calls are not counted, and their answers prove nothing.
    for (let guess = 0; guess < 10_001; guess += 1) {
      await view.state(`guess-${guess}|b2b`);
      await view.record(`guess-${guess}|b2b`, { report: undefined, answered: false });
    }

    expect(await view.state(STORE)).toMatchObject({ remaining: 140, inFlight: 0 });
  });
});

describe('RedisQuotaView', () => {
  it('keeps its two keys under the prefix, each with a TTL', async () => {
    const prefix = `test-${randomUUID()}:`;
    const view = new RedisQuotaView(await connect(prefix));
    await view.finishCall(await start(view), report(140, 30_000));
    await start(view);
    await view.hold(STORE, 5, HOLD);

    const inspector = createClient({ url: redis.current.url });
    await inspector.connect();
    try {
      const keys = (await inspector.keys(`${prefix}*`)).sort();
      const stateKey = `${prefix}quota:store-1%7Cb2b`;
      expect(keys).toEqual([stateKey, `${stateKey}:calls`, `${stateKey}:held`]);
      const [stateTtl, callsTtl, heldTtl] = await Promise.all(keys.map((key) => inspector.pTTL(key)));
      expect(stateTtl).toBeGreaterThan(120_000);
      expect(stateTtl).toBeLessThanOrEqual(150_000);
      expect(callsTtl).toBeGreaterThan(0);
      expect(callsTtl).toBeLessThanOrEqual(15_000);
      expect(heldTtl).toBeGreaterThan(0);
      expect(heldTtl).toBeLessThanOrEqual(HOLD.expiresInMs);
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

  it('asks a Redis that does not answer at most once a second, falling back at once in between', async () => {
    const clock = { now: 1_000_000 };
    const connection = await connect(`test-${randomUUID()}:`);
    const registry = new Registry();
    connection.metrics.register(registry);
    const view = new RedisQuotaView(connection, () => clock.now);
    const timeouts = async () =>
      /reason="timeout"} (\d+)/.exec(await registry.getSingleMetricAsString('shared_state_failures_total'))?.[1];

    redis.current.pause();
    try {
      const first = await view.startCall(STORE, RULES);
      const meanwhile = await Promise.all([1, 2, 3].map(() => view.startCall(STORE, RULES)));
      const timedOutOnce = await timeouts();
      clock.now += 1_000;
      await view.startCall(STORE, RULES);

      expect([first, ...meanwhile].map((outcome) => outcome.started)).toEqual([true, true, false, false]);
      expect(timedOutOnce).toBe('1');
      expect(await timeouts()).toBe('2');
    } finally {
      redis.current.resume();
    }
  });
});
