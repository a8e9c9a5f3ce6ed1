/**
 * Which web pages may call the gateway from a browser (src/security/cors.ts): none unless CORS_ORIGINS lists
 * them. A browser only lets a page read a cross-origin answer whose Access-Control-Allow-Origin names it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type TestStack } from './support/stack.js';

const APP = 'https://app.example.com';
const OTHER = 'https://other.example';

async function preflight(stack: TestStack, origin: string) {
  const response = await fetch(`${stack.gatewayUrl}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type,x-auth-token',
    },
  });
  return {
    status: response.status,
    headers: Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-'))),
  };
}

async function post(stack: TestStack, origin: string) {
  const response = await fetch(`${stack.gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return {
    status: response.status,
    allowOrigin: response.headers.get('access-control-allow-origin'),
    body: await response.json(),
  };
}

describe('CORS by default', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it('allows no other origin: no CORS headers, so a browser keeps the answer from the page', async () => {
    expect(await preflight(stack, OTHER)).toEqual({ status: 204, headers: {} });
    expect(await post(stack, OTHER)).toEqual({
      status: 200,
      allowOrigin: null,
      body: { data: { __typename: 'Query' } },
    });
  });
});

describe('CORS with listed origins', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ app: { corsOrigins: [APP, 'https://admin.example.com'] } });
  });
  afterAll(() => stack.close());

  it('lets a listed origin send the gateway headers, without cookies', async () => {
    expect(await preflight(stack, APP)).toEqual({
      status: 204,
      headers: {
        'access-control-allow-origin': APP,
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers':
          'content-type, accept, x-auth-token, x-store-hash, idempotency-key, x-request-id, x-upstream-report, x-graphql-yoga-csrf',
        'access-control-expose-headers': 'x-request-id',
        'access-control-max-age': '600',
      },
    });
    expect((await post(stack, APP)).allowOrigin).toBe(APP);
  });

  it('names no other origin', async () => {
    expect((await preflight(stack, OTHER)).headers['access-control-allow-origin']).toBe('null');
    expect((await post(stack, OTHER)).allowOrigin).toBe('null');
  });
});
