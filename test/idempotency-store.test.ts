/**
 * The rules of the in-process key store and of `withIdempotency` that the front door cannot reach in a
 * predictable way: time (TTL, leases), the size bound, owner tokens, and a duplicate outliving its deadline.
 */
import { describe, expect, it } from 'vitest';
import { InMemoryIdempotencyStore } from '../src/idempotency/memory-store.js';
import { withIdempotency, type IdempotencyContext } from '../src/idempotency/with-idempotency.js';
import { RequestDeadline } from '../src/upstream/resilience/deadline.js';
import { UpstreamError } from '../src/upstream/errors.js';

function storeWithClock(settings = { ttlMs: 1_000, maxKeys: 100 }) {
  const clock = { now: 0 };
  return { clock, store: new InMemoryIdempotencyStore(settings, () => clock.now) };
}

async function claim(store: InMemoryIdempotencyStore, key: string, fingerprint = 'fp', leaseMs = 500): Promise<string> {
  const begun = await store.begin(key, fingerprint, leaseMs);
  if (begun.state !== 'new') throw new Error(`expected a new key, got ${begun.state}`);
  return begun.token;
}

describe('InMemoryIdempotencyStore', () => {
  it('remembers a result for its TTL, then forgets the key', async () => {
    const { clock, store } = storeWithClock();
    await store.complete('k', await claim(store, 'k'), { paymentId: 7 });

    clock.now = 999;
    expect(await store.begin('k', 'fp', 500)).toEqual({ state: 'done', result: { paymentId: 7 } });
    clock.now = 1_000;
    expect(await store.begin('k', 'fp', 500)).toEqual({ state: 'new', token: expect.any(String) });
  });

  it('keeps at most maxKeys, forgetting the oldest settled keys first and never one in flight', async () => {
    const { store } = storeWithClock({ ttlMs: 60_000, maxKeys: 2 });
    await claim(store, 'in-flight');
    await store.complete('old', await claim(store, 'old'), 1);
    await store.complete('new', await claim(store, 'new'), 2);

    expect((await store.begin('old', 'fp', 500)).state).toBe('new');
    expect((await store.begin('in-flight', 'fp', 500)).state).toBe('in-flight');
  });

  it('reports a key whose owner outlived its lease as unknown, and ignores that owner afterwards', async () => {
    const { clock, store } = storeWithClock();
    const token = await claim(store, 'k', 'fp', 500);

    clock.now = 500;
    expect(await store.begin('k', 'fp', 500)).toEqual({ state: 'unknown' });
    await store.complete('k', token, 1);
    expect(await store.begin('k', 'fp', 500)).toEqual({ state: 'unknown' });
  });

  it('lets only the owner settle a key, and tells waiters how it ended', async () => {
    const { store } = storeWithClock();
    const token = await claim(store, 'k');
    const waiting = await store.begin('k', 'fp', 500);
    if (waiting.state !== 'in-flight') throw new Error('expected in-flight');

    await store.complete('k', 'not-the-owner', 1);
    await store.fail('k', token, 'rejected');

    expect(await waiting.settled).toEqual({ state: 'released' });
    expect((await store.begin('k', 'fp', 500)).state).toBe('new');
  });

  it('tells a key used with another fingerprint apart, whatever its state', async () => {
    const { store } = storeWithClock();
    await claim(store, 'k', 'first');

    expect(await store.begin('k', 'second', 500)).toEqual({ state: 'mismatch' });
  });
});

describe('withIdempotency', () => {
  function context(store: InMemoryIdempotencyStore, deadlineMs = 1_000): { idempotency: IdempotencyContext } {
    return { idempotency: { store, scope: 'test', headerKey: 'key-1', deadline: new RequestDeadline(deadlineMs) } };
  }
  const write = { operation: 'createOfflinePayment', input: { amount: '1.00' } };

  it('lets a duplicate whose deadline comes first answer IDEMPOTENCY_KEY_IN_USE, retryable', async () => {
    const { store } = storeWithClock();
    let finish = (_: number) => {};
    const first = withIdempotency(context(store), write, () => new Promise<number>((resolve) => (finish = resolve)));

    const duplicate = withIdempotency(context(store, 50), write, async () => 2);

    await expect(duplicate).rejects.toMatchObject({ extensions: { code: 'IDEMPOTENCY_KEY_IN_USE', retryable: true } });
    finish(1);
    expect(await first).toBe(1);
  });

  it('lets a duplicate of a refused write try itself once the first is refused', async () => {
    const { store } = storeWithClock();
    let refuse = () => {};
    const sending = new Promise<void>((started) => {
      const refusing = () =>
        new Promise<number>((_, reject) => {
          refuse = () => reject(new UpstreamError('UPSTREAM_RATE_LIMITED'));
          started();
        });
      void withIdempotency(context(store), write, refusing).catch(() => {});
    });
    await sending;
    const duplicate = withIdempotency(context(store), write, async () => 2);

    refuse();

    expect(await duplicate).toBe(2);
  });

  it('turns a failure that does not prove the write took no effect into OUTCOME_UNKNOWN, and keeps the key unknown', async () => {
    const { store } = storeWithClock();
    let sends = 0;
    const failing = async (): Promise<number> => {
      sends += 1;
      throw new UpstreamError('UPSTREAM_BAD_RESPONSE', { endpoint: 'createOfflinePayment', reason: 'no paymentId' });
    };

    await expect(withIdempotency(context(store), write, failing)).rejects.toMatchObject({ code: 'OUTCOME_UNKNOWN', retryable: false });
    await expect(withIdempotency(context(store), write, failing)).rejects.toMatchObject({ code: 'OUTCOME_UNKNOWN' });
    expect(sends).toBe(1);
  });
});
