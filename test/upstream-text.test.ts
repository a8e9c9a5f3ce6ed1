/**
 * Upstream text reaches a client only when it passes one rule (src/upstream/upstream-text.ts): one line, at
 * most 200 characters, no credential in any case nor 8 characters of the token, no host name, URL, file path,
 * stack frame or store hash. Otherwise the code's own message stands in, the code and `upstreamStatus`
 * unchanged, and the whole text goes to the log with the credentials redacted. Each text below goes through
 * every path that carries upstream text: a B2B `errMsg`, a B2B 422 field message, an Admin API `detail` and
 * an Admin API field error.
 */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/observability/logging.js';
import type { FaultAction } from '../src/sandbox/faults.js';
import { FilteredPaymentsDocument, RecordPurchaseDocument } from './gql/graphql.js';
import { useFileStack } from './support/file-stack.js';
import { MINIMAL_PURCHASE } from './support/purchase.js';
import { SINGLE_ATTEMPT, TEST_CREDENTIALS } from './support/stack.js';

const logged: string[] = [];
const stack = useFileStack({
  resilience: SINGLE_ATTEMPT,
  app: { logger: createLogger('info', { write: (line: string) => logged.push(line) }) },
});

const { authToken, storeHash } = TEST_CREDENTIALS;
const REQUEST_ID = expect.stringMatching(/^sbx-\d{6}$/);
const BAD_REQUEST = {
  code: 'UPSTREAM_BAD_REQUEST',
  retryable: false,
  upstreamStatus: 400,
  upstreamRequestId: REQUEST_ID,
};

/** A text the upstream might send, and whether a client may see it. */
const TEXTS: Array<{ name: string; text: string; shown: boolean }> = [
  { name: 'a plain message', text: 'The payment operation is not allowed.', shown: true },
  { name: 'the token in another case', text: `Token ${authToken.toUpperCase()} is not valid`, shown: false },
  { name: 'an 8-character piece of the token', text: `Unknown key ${authToken.slice(5, 13)} in request`, shown: false },
  { name: 'an internal host name', text: 'Timed out talking to payments-db.internal.bc-prod.net', shown: false },
  { name: 'a URL', text: 'See https://status.example.com/incidents/42 for details', shown: false },
  {
    name: 'a multi-line stack trace',
    text: "TypeError: Cannot read properties of undefined (reading 'id')\n    at handle (/path/file.js:88:13)",
    shown: false,
  },
  { name: 'a one-line stack frame', text: 'failed at handle (/srv/app/file.js:88:13)', shown: false },
  { name: 'the store hash', text: `Store ${storeHash.toUpperCase()} has no channel 3`, shown: false },
  { name: 'a text over 200 characters', text: 'The amount is not valid. '.repeat(9), shown: false },
];

const b2bError = (status: number, data: unknown): FaultAction => ({
  kind: 'respond',
  status,
  body: { code: status, data, meta: { message: 'Error' } },
});
const adminError = (status: number, extra: Record<string, unknown>): FaultAction => ({
  kind: 'respond',
  status,
  body: { status, title: 'The request is not valid', type: 'https://developer.bigcommerce.com/api-docs', ...extra },
});

describe.each(TEXTS)('upstream text with $name', ({ text, shown }) => {
  it('is the error message of a B2B 400 only when it passes', async () => {
    stack.sandbox.faults.add({ method: 'GET', path: '/payments', action: b2bError(400, { errMsg: text }) });

    const { body } = await stack.execute(FilteredPaymentsDocument, { first: 1 });

    expect(body.errors?.[0]).toMatchObject({
      message: shown ? text : 'The upstream API rejected the request.',
      extensions: BAD_REQUEST,
    });
  });

  it('is a B2B 422 field message only when it passes', async () => {
    stack.sandbox.faults.add({ method: 'GET', path: '/payments', action: b2bError(422, { channelIds: [text] }) });

    const { body } = await stack.execute(FilteredPaymentsDocument, { first: 1 });

    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'UPSTREAM_VALIDATION_FAILED',
      retryable: false,
      upstreamStatus: 422,
      upstreamRequestId: REQUEST_ID,
      fieldErrors: { channelIds: [shown ? text : 'The upstream API refused this value.'] },
    });
  });

  it('is the message of an Admin API 400 detail only when it passes', async () => {
    stack.sandbox.faults.add({ method: 'POST', action: adminError(400, { detail: text }) });

    const { body } = await stack.execute(RecordPurchaseDocument, { input: MINIMAL_PURCHASE });

    expect(body.errors?.[0]).toMatchObject({
      // `title` stands in for a `detail` that does not pass: it is the upstream's text too, and it does.
      message: shown ? text : 'The request is not valid',
      extensions: BAD_REQUEST,
    });
  });

  it('is an Admin API field error only when it passes', async () => {
    stack.sandbox.faults.add({ method: 'POST', action: adminError(422, { errors: { order_id: text } }) });

    const { body } = await stack.execute(RecordPurchaseDocument, { input: MINIMAL_PURCHASE });

    expect(body.data?.recordPurchaseTransaction).toEqual({
      __typename: 'InvalidInputError',
      code: 'INVALID_INPUT',
      message: 'The request is not valid',
      upstreamStatus: 422,
      upstreamRequestId: REQUEST_ID,
      fieldErrors: [{ field: 'input.orderId', messages: [shown ? text : 'The upstream API refused this value.'] }],
    });
  });

  it('goes to the log whole, with the credentials redacted', async () => {
    logged.length = 0;
    stack.sandbox.faults.add({ method: 'GET', path: '/payments', action: b2bError(400, { errMsg: text }) });

    await stack.execute(FilteredPaymentsDocument, { first: 1 });

    const [line] = logged.map((entry) => JSON.parse(entry) as { failures?: Array<{ reason?: string }> });
    const reason = line?.failures?.[0]?.reason ?? '';
    const redacted = text
      .replace(new RegExp(storeHash, 'gi'), '[redacted]')
      .replace(new RegExp(authToken, 'gi'), '[redacted]')
      .replace(authToken.slice(5, 13), '[redacted]');
    const body = { code: 400, data: { errMsg: redacted }, meta: { message: 'Error' } };
    expect(reason).toBe(`upstream body: ${JSON.stringify(body)}`);
    expect(logged.join('\n').toLowerCase()).not.toContain(authToken.toLowerCase());
  });
});

/** An upstream `X-Request-Id`, and whether a client may see it as `upstreamRequestId`. */
const REQUEST_IDS: Array<{ name: string; id: string; shown: boolean }> = [
  { name: 'a UUID', id: '0ce6ec58-e731-497c-b4f2-51e65950ea42', shown: true },
  {
    name: 'a stack frame and a host',
    id: 'req-1 at handler (/srv/app/payments.js:88:13) db.internal:5432',
    shown: false,
  },
  { name: 'the token', id: `req-${authToken}`, shown: false },
  { name: 'a host name', id: 'db-primary.internal.bc-prod.net', shown: false },
];

describe.each(REQUEST_IDS)('an upstream X-Request-Id with $name', ({ id, shown }) => {
  it('is the upstreamRequestId only when it is a plain id, and the log keeps it redacted', async () => {
    logged.length = 0;
    const action = {
      ...b2bError(400, { errMsg: 'The payment operation is not allowed.' }),
      headers: { 'X-Request-Id': id },
    };
    stack.sandbox.faults.add({ method: 'GET', path: '/payments', action });

    const { body } = await stack.execute(FilteredPaymentsDocument, { first: 1 });

    const { upstreamRequestId: _sandboxId, ...withoutId } = BAD_REQUEST;
    expect(body.errors?.[0]?.extensions).toEqual({ ...withoutId, ...(shown && { upstreamRequestId: id }) });
    const [line] = logged.map((entry) => JSON.parse(entry) as { failures?: Array<{ reason?: string }> });
    expect(line?.failures?.[0]?.reason?.includes('X-Request-Id withheld')).toBe(!shown);
    expect(logged.join('\n').toLowerCase()).not.toContain(authToken.toLowerCase());
  });
});
