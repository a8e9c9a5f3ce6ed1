/**
 * Exactly-once writes through the front door: the write harness (the stand-in for the payment mutations)
 * calls `withIdempotency` as the mutations will; the sandbox's request log is the ledger of writes sent.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { stackWithWrites, type RecordArgs } from './support/write-harness.js';

const fixture = stackWithWrites({ auth: { kind: 'per-request' } });

const caller = (store: string, extra: Record<string, string> = {}) => ({ 'x-auth-token': 'token', 'x-store-hash': store, ...extra });
const STORE = caller('idempotency-store');
const payment = (overrides: Partial<RecordArgs> = {}): RecordArgs => ({
  externalId: `IDEM-${randomUUID()}`,
  amount: '12.50',
  ...overrides,
});
const writesSent = () => fixture.stack.sandbox.log.entries().filter((entry) => entry.method === 'POST').length;

describe('withIdempotency', () => {
  it('answers a repeat of the same key and input with the first result, without a second write', async () => {
    const args = payment({ idempotencyKey: randomUUID() });

    const first = await fixture.harness.record(args, STORE);
    const second = await fixture.harness.record(args, STORE);

    expect(first).toEqual({ data: { recordOfflinePayment: expect.any(Number) } });
    expect(second).toEqual(first);
    expect(writesSent()).toBe(1);
  });

  it('takes the key from the Idempotency-Key header as well as from the argument', async () => {
    const key = randomUUID();
    const args = payment();

    const byHeader = await fixture.harness.record(args, caller('idempotency-store', { 'idempotency-key': key }));
    const byArgument = await fixture.harness.record({ ...args, idempotencyKey: key }, STORE);

    expect(byArgument).toEqual(byHeader);
    expect(writesSent()).toBe(1);
  });

  it('writes every time without a key (the key is what makes a repeat safe)', async () => {
    const args = payment();

    await fixture.harness.record(args, STORE);
    await fixture.harness.record(args, STORE);

    expect(writesSent()).toBe(2);
  });

  it('refuses the same key with different input: IDEMPOTENCY_KEY_REUSED, nothing sent', async () => {
    const idempotencyKey = randomUUID();
    await fixture.harness.record(payment({ idempotencyKey }), STORE);

    const reused = await fixture.harness.record(payment({ idempotencyKey, amount: '99.00' }), STORE);

    expect(reused).toEqual({
      data: { recordOfflinePayment: null },
      errors: [
        {
          message: 'This Idempotency-Key was already used for a different request; use a new key.',
          locations: [{ line: 2, column: 3 }],
          path: ['recordOfflinePayment'],
          extensions: { code: 'IDEMPOTENCY_KEY_REUSED', retryable: false },
        },
      ],
    });
    expect(writesSent()).toBe(1);
  });

  it('makes concurrent duplicates wait for the first write and answer with its result', async () => {
    const args = payment({ idempotencyKey: randomUUID() });
    fixture.stack.sandbox.faults.add({ method: 'POST', path: '/payments/offline', action: { kind: 'delay', ms: 200 } });

    const answers = await Promise.all(Array.from({ length: 5 }, () => fixture.harness.record(args, STORE)));

    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0]?.data?.recordOfflinePayment).toEqual(expect.any(Number));
    expect(writesSent()).toBe(1);
  });

  it('scopes keys by caller: the same key from two stores writes once for each', async () => {
    const idempotencyKey = randomUUID();
    const args = payment({ idempotencyKey });

    const a = await fixture.harness.record(args, caller('idempotency-store-a'));
    const b = await fixture.harness.record(args, caller('idempotency-store-b'));

    expect([a.errors, b.errors]).toEqual([undefined, undefined]);
    const stores = fixture.stack.sandbox.log.entries().map((entry) => entry.storeHash);
    expect(stores).toEqual(['idempotency-store-a', 'idempotency-store-b']);
  });

  it.each([
    [
      'differs between header and argument',
      { idempotencyKey: 'key-a' },
      { 'idempotency-key': 'key-b' },
      'differs between the Idempotency-Key header and the idempotencyKey argument.',
    ],
    ['is too long', { idempotencyKey: 'k'.repeat(256) }, {}, 'must be 1 to 255 visible ASCII characters, e.g. a UUID.'],
    ['has a space', { idempotencyKey: 'two words' }, {}, 'must be 1 to 255 visible ASCII characters, e.g. a UUID.'],
  ])('refuses a key that %s with BAD_USER_INPUT, nothing sent', async (_, args, headers, message) => {
    const { errors } = await fixture.harness.record(payment(args), caller('idempotency-store', headers));

    expect(errors).toEqual([
      expect.objectContaining({
        message: `Idempotency key ${message}`,
        extensions: { code: 'BAD_USER_INPUT', argument: 'idempotencyKey' },
      }),
    ]);
    expect(writesSent()).toBe(0);
  });

  it('frees the key of a write the upstream refused, so a retry with it is sent', async () => {
    const args = payment({ idempotencyKey: randomUUID(), amount: '-1' });

    const refused = await fixture.harness.record(args, STORE);
    const again = await fixture.harness.record(args, STORE);

    expect(refused.errors?.[0]?.extensions?.['code']).toBe('UPSTREAM_VALIDATION_FAILED');
    expect(again.errors?.[0]?.extensions?.['code']).toBe('UPSTREAM_VALIDATION_FAILED');
    expect(writesSent()).toBe(2);
  });
});
