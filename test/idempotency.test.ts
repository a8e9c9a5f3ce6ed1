/**
 * Exactly-once writes through the front door: `createOfflinePayment` over HTTP, its idempotency key in the
 * input or the Idempotency-Key header, through `withIdempotency`; the sandbox's request log is the ledger of
 * writes sent.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CreateOfflinePaymentIdOnlyDocument, type CreateOfflinePaymentIdOnlyMutationVariables } from './gql/graphql.js';
import { useFileStack } from './support/file-stack.js';
import { offlinePayment, type PaymentChanges } from './support/offline-payment.js';

const stack = useFileStack({ auth: { kind: 'per-request' } });

const caller = (store: string, extra: Record<string, string> = {}) => ({
  'x-auth-token': 'token',
  'x-store-hash': store,
  ...extra,
});
const STORE = caller('idempotencystore');

/** A payment of its own (a new ERP id unless given), with the key when one is given. */
const payment = ({ idempotencyKey, ...changes }: PaymentChanges & { idempotencyKey?: string } = {}) => ({
  input: { ...offlinePayment({ externalId: `IDEM-${randomUUID()}`, ...changes }), idempotencyKey },
});
const create = (variables: CreateOfflinePaymentIdOnlyMutationVariables, headers = STORE) =>
  stack.execute(CreateOfflinePaymentIdOnlyDocument, variables, headers);
const writesSent = () => stack.sandbox.log.entries().filter((entry) => entry.method === 'POST').length;

const CREATED = {
  data: {
    createOfflinePayment: { __typename: 'CreateOfflinePaymentSuccess', paymentId: expect.stringMatching(/^\d+$/) },
  },
};

describe('idempotency keys on createOfflinePayment', () => {
  it('answers a repeat of the same key and input with the first result, without a second write', async () => {
    const args = payment({ idempotencyKey: randomUUID() });

    const first = await create(args);
    const second = await create(args);

    expect(first.body).toEqual(CREATED);
    expect(second.body).toEqual(first.body);
    expect(writesSent()).toBe(1);
  });

  it('takes the key from the Idempotency-Key header as well as from the input', async () => {
    const key = randomUUID();
    const args = payment();

    const byHeader = await create(args, caller('idempotencystore', { 'idempotency-key': key }));
    const byInput = await create({ input: { ...args.input, idempotencyKey: key } });

    expect(byHeader.body).toEqual(CREATED);
    expect(byInput.body).toEqual(byHeader.body);
    expect(writesSent()).toBe(1);
  });

  it('writes every time without a key (the key is what makes a repeat safe)', async () => {
    const args = payment();

    await create(args);
    await create(args);

    expect(writesSent()).toBe(2);
  });

  it('refuses the same key with different input: IDEMPOTENCY_KEY_REUSED, nothing sent', async () => {
    const idempotencyKey = randomUUID();
    const externalId = `IDEM-${randomUUID()}`;
    await create(payment({ idempotencyKey, externalId }));

    const reused = await create(payment({ idempotencyKey, externalId, amount: '99.00' }));

    expect(reused.body).toEqual({
      data: { createOfflinePayment: null },
      errors: [
        {
          message: 'This Idempotency-Key was already used for a different request; use a new key.',
          locations: [{ line: 2, column: 3 }],
          path: ['createOfflinePayment'],
          extensions: { code: 'IDEMPOTENCY_KEY_REUSED', retryable: false },
        },
      ],
    });
    expect(writesSent()).toBe(1);
  });

  it('makes concurrent duplicates wait for the first write and answer with its result', async () => {
    const args = payment({ idempotencyKey: randomUUID() });
    stack.sandbox.faults.add({ method: 'POST', path: '/payments/offline', action: { kind: 'delay', ms: 200 } });

    const answers = await Promise.all(Array.from({ length: 5 }, () => create(args)));

    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    expect(answers[0]?.body).toEqual(CREATED);
    expect(writesSent()).toBe(1);
  });

  it('scopes keys by caller: the same key from two stores writes once for each', async () => {
    const args = payment({ idempotencyKey: randomUUID() });

    const a = await create(args, caller('idempotencystorea'));
    const b = await create(args, caller('idempotencystoreb'));

    expect([a.body, b.body]).toEqual([CREATED, CREATED]);
    const stores = stack.sandbox.log.entries().map((entry) => entry.storeHash);
    expect(stores).toEqual(['idempotencystorea', 'idempotencystoreb']);
  });

  it.each([
    [
      'differs between header and input',
      { idempotencyKey: 'key-a' },
      { 'idempotency-key': 'key-b' },
      'differs between the Idempotency-Key header and the idempotencyKey input field.',
    ],
    ['is too long', { idempotencyKey: 'k'.repeat(256) }, {}, 'must be 1 to 255 visible ASCII characters, e.g. a UUID.'],
    ['has a space', { idempotencyKey: 'two words' }, {}, 'must be 1 to 255 visible ASCII characters, e.g. a UUID.'],
  ])('refuses a key that %s with BAD_USER_INPUT, nothing sent', async (_, args, headers, message) => {
    const { body } = await create(payment(args), caller('idempotencystore', headers));

    expect(body.errors).toEqual([
      expect.objectContaining({
        message: `Idempotency key ${message}`,
        extensions: { code: 'BAD_USER_INPUT', argument: 'idempotencyKey' },
      }),
    ]);
    expect(writesSent()).toBe(0);
  });

  it('frees the key of a write the upstream refused, so a retry with it is sent', async () => {
    // KES is a currency the sandbox refuses with a 422 (docs/upstream-contract.md §4.1): a refusal, so nothing
    // was written.
    const args = payment({ idempotencyKey: randomUUID() });
    args.input.currencyCode = 'KES';

    const refused = await create(args);
    const again = await create(args);

    for (const { body } of [refused, again]) {
      expect(body.data?.createOfflinePayment).toMatchObject({
        __typename: 'InvalidInputError',
        message: 'Invalid currency code',
      });
    }
    expect(writesSent()).toBe(2);
  });
});
