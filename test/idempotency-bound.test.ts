/**
 * A full key store refuses new keys rather than forget live ones: otherwise any caller could push another
 * caller's settled key out, and that caller's retry would send its write a second time.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { InMemoryIdempotencyStore } from '../src/idempotency/memory-store.js';
import { CreateOfflinePaymentIdOnlyDocument } from './gql/graphql.js';
import { useFileStack } from './support/file-stack.js';
import { offlinePayment } from './support/offline-payment.js';

const stack = useFileStack({
  auth: { kind: 'per-request' },
  idempotency: new InMemoryIdempotencyStore({ ttlMs: 60_000, maxKeys: 2 }),
});

const victim = { 'x-auth-token': 'victim-token', 'x-store-hash': 'victimstore' };
const other = { 'x-auth-token': 'other-token', 'x-store-hash': 'otherstore' };
const keyed = (idempotencyKey: string) => ({
  input: { ...offlinePayment({ externalId: `BOUND-${randomUUID()}` }), idempotencyKey },
});
const writesBy = (store: string) =>
  stack.sandbox.log.entries().filter((entry) => entry.method === 'POST' && entry.storeHash === store).length;

it("never lets another caller's keys push out a caller's key: its retry is answered, not written again", async () => {
  const victimWrite = keyed(randomUUID());
  const first = await stack.execute(CreateOfflinePaymentIdOnlyDocument, victimWrite, victim);

  const others = [];
  for (const key of [randomUUID(), randomUUID()]) {
    others.push((await stack.execute(CreateOfflinePaymentIdOnlyDocument, keyed(key), other)).body);
  }
  const retry = await stack.execute(CreateOfflinePaymentIdOnlyDocument, victimWrite, victim);

  expect(retry.body).toEqual(first.body);
  expect(writesBy('victimstore')).toBe(1);
  // The store holds two keys: the other caller's second is refused, unsent, until a key expires.
  expect(others[1]).toEqual({
    data: { createOfflinePayment: null },
    errors: [
      expect.objectContaining({
        path: ['createOfflinePayment'],
        extensions: { code: 'IDEMPOTENCY_UNAVAILABLE', retryable: true },
      }),
    ],
  });
  expect(writesBy('otherstore')).toBe(1);
});
