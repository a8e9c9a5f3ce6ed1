/**
 * Store hashes have one format, 1 to 64 letters or digits, checked wherever one enters: the X-Store-Hash
 * header (refused before any upstream call or any state keyed by it), B2B_STORE_HASH (refused at start), and,
 * behind both, the HTTP layer, which never builds a path with an empty, `.` or `..` segment.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { scoped } from '../src/credentials.js';
import { Agent } from 'undici';
import { HttpEndpoint } from '../src/upstream/http/dispatch.js';
import { UnsafePathError, upstreamPath, type UpstreamPath } from '../src/upstream/http/request.js';
import { createUpstream } from '../src/upstream/index.js';
import { PaymentTotalDocument, RecordPurchaseDocument } from './gql/graphql.js';
import { MINIMAL_PURCHASE } from './support/purchase.js';
import { startStack, type TestStack } from './support/stack.js';

/** The error a field gets for a refused store hash: the same for every field, read or write. */
const refusedAt = (field: string) => ({
  message: 'X-Store-Hash must be 1 to 64 letters or digits (A-Z, a-z, 0-9).',
  locations: [{ line: 2, column: 3 }],
  path: [field],
  extensions: { code: 'UNAUTHENTICATED', retryable: false },
});

describe('the X-Store-Hash header', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ auth: { kind: 'per-request' } });
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.resetUpstreamLog());

  const asCaller = (storeHash: string) => ({ 'x-auth-token': 'caller-token', 'x-store-hash': storeHash });

  it.each([
    ['..', 'climbs out of /stores/{hash} in the Admin API path'],
    ['.', 'stands for the path it is in'],
    ['%2e%2e', 'is `..` to a server that decodes first'],
    ['a/b', 'adds a path segment'],
    ['store-1', 'holds a character other than a letter or digit'],
    ['x'.repeat(65), 'is over 64 characters'],
    ['x'.repeat(12_000), 'is 12 KB: a key for every map it would reach'],
    ['stör', 'holds a letter outside A-Z'],
  ])('refuses %j, which %s, before any upstream call', async (storeHash) => {
    const read = await stack.execute(PaymentTotalDocument, { id: '117' }, asCaller(storeHash));
    const write = await stack.execute(RecordPurchaseDocument, { input: MINIMAL_PURCHASE }, asCaller(storeHash));

    expect(read.body).toEqual({ data: { payment: null }, errors: [refusedAt('payment')] });
    const field = 'recordPurchaseTransaction';
    expect(write.body).toEqual({ data: { [field]: null }, errors: [refusedAt(field)] });
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('takes 64 letters and digits, upper or lower case, as they are', async () => {
    const storeHash = `Ab9${'z'.repeat(61)}`;
    const { body } = await stack.execute(PaymentTotalDocument, { id: '117' }, asCaller(storeHash));

    expect(body).toEqual({ data: { payment: { id: '117', total: { currencyCode: 'GBP', value: '156.5300' } } } });
    const calls = stack.sandbox.log.entries().map((entry) => [entry.path, entry.storeHash]);
    expect(calls).toEqual([['/payments/117', storeHash]]);
  });
});

describe('B2B_STORE_HASH', () => {
  it('is a configuration problem reported at start with the others, without echoing the value', () => {
    const load = () => loadConfig({ B2B_AUTH_TOKEN: 'token', B2B_STORE_HASH: '../abc', PORT: 'eighty' });

    expect(load).toThrow(ConfigError);
    expect(() => load()).toThrow(
      [
        'Invalid configuration:',
        '  - PORT must be a whole number from 0 to 65535 (got "eighty")',
        '  - B2B_STORE_HASH must be 1 to 64 letters or digits (A-Z, a-z, 0-9) (got 6 characters, not shown)',
      ].join('\n'),
    );
  });

  it('passes in the documented format', () => {
    expect(loadConfig({ B2B_AUTH_TOKEN: 'token', B2B_STORE_HASH: 'abc123' }).auth).toEqual({
      kind: 'server',
      credentials: { authToken: 'token', storeHash: 'abc123' },
    });
  });
});

describe('the HTTP layer, behind the header check', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('builds no Admin API path for a store hash that is empty, `.` or `..`, however it got there', async () => {
    const upstream = createUpstream({
      b2bBaseUrl: new URL(stack.sandbox.baseUrl),
      bcBaseUrl: new URL(stack.sandbox.origin),
      callTimeoutMs: 5_000,
      maxInFlight: 8,
      connections: 8,
      resilience: loadConfig({}).resilience,
    });
    const deadline = upstream.startDeadline();
    try {
      for (const storeHash of ['..', '.', '']) {
        // Skips the credential source's check on purpose: the HTTP layer refuses on its own.
        expect(() => upstream.forRequest(scoped({ authToken: 'token', storeHash }), deadline)).toThrow(UnsafePathError);
      }
      expect(stack.upstreamRequests()).toEqual([]);
    } finally {
      deadline.dispose();
      await upstream.close();
    }
  });

  it('encodes every dynamic segment, and checks the whole path again before sending', () => {
    expect(upstreamPath('stores', '%2e%2e', 'v3')).toBe('/stores/%252e%252e/v3');
    expect(upstreamPath('payments', 117, 'operations')).toBe('/payments/117/operations');
    const endpoint = new HttpEndpoint(new Agent(), new URL(stack.sandbox.baseUrl), {});
    for (const path of ['/payments/..', '/payments/%2e%2E/x', '/./payments', '//payments']) {
      const request = { endpoint: 'test', method: 'GET', path: path as UpstreamPath } as const;
      expect(() => endpoint.prepare(request)).toThrow(UnsafePathError);
    }
    expect(stack.upstreamRequests()).toEqual([]);
  });
});
