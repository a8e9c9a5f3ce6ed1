import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { print } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { credentialSource, type CredentialSource } from '../src/credentials.js';
import { InMemoryIdempotencyStore } from '../src/idempotency/memory-store.js';
import { startSandbox, type Sandbox } from '../src/sandbox/server.js';
import { createUpstream, type Upstream } from '../src/upstream/index.js';
import { createApp } from '../src/yoga.js';
import { PaymentWithEverythingDocument } from './gql/graphql.js';
import { TEST_CREDENTIALS } from './support/stack.js';

/** What the gateway asked of its upstream and credentials while answering. */
interface Made {
  credentialReads: number;
  deadlines: number;
  /** What each deadline was told the query may cost, in calls, in order. */
  expectedCalls: number[];
  apis: number;
}

/** The real upstream and credential source, each call to them counted on the way through. */
function counted(upstream: Upstream, credentials: CredentialSource, made: Made) {
  const countedUpstream: Upstream = {
    ...upstream,
    startDeadline(clientSignal) {
      made.deadlines += 1;
      const deadline = upstream.startDeadline(clientSignal);
      const expectCalls = deadline.expectCalls.bind(deadline);
      deadline.expectCalls = (calls) => {
        made.expectedCalls.push(calls);
        expectCalls(calls);
      };
      return deadline;
    },
    forRequest(...args) {
      made.apis += 1;
      return upstream.forRequest(...args);
    },
  };
  const countedCredentials: CredentialSource = (request) => {
    made.credentialReads += 1;
    return credentials(request);
  };
  return { upstream: countedUpstream, credentials: countedCredentials };
}

describe('the request context: each part made on first use', () => {
  const made: Made = { credentialReads: 0, deadlines: 0, expectedCalls: [], apis: 0 };
  let sandbox: Sandbox;
  let upstream: Upstream;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    const config = loadConfig({});
    upstream = createUpstream({
      b2bBaseUrl: new URL(sandbox.baseUrl),
      bcBaseUrl: new URL(sandbox.origin),
      callTimeoutMs: 5_000,
      maxInFlight: 8,
      connections: 8,
      resilience: config.resilience,
    });
    const app = createApp({
      ...counted(upstream, credentialSource({ kind: 'server', credentials: TEST_CREDENTIALS }, TEST_CREDENTIALS), made),
      idempotency: new InMemoryIdempotencyStore({ ttlMs: 60_000, maxKeys: 100 }),
    });
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await upstream.close();
    await sandbox.close();
  });
  beforeEach(() => {
    Object.assign(made, { credentialReads: 0, deadlines: 0, expectedCalls: [], apis: 0 });
    sandbox.log.clear();
  });

  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-upstream-report': '1' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('a query that calls no resolver reads no credentials and makes no deadline and no API', async () => {
    const answer = await post('{ __typename }');

    expect(answer).toEqual({
      status: 200,
      body: { data: { __typename: 'Query' }, extensions: { upstream: { calls: 0, totalMs: 0, byEndpoint: {} } } },
    });
    expect(made).toEqual({ credentialReads: 0, deadlines: 0, expectedCalls: [], apis: 0 });
    expect(sandbox.log.entries()).toEqual([]);
  });

  it('a query that calls upstream makes one deadline, told its cost before the first call, and one API', async () => {
    const answer = await post(print(PaymentWithEverythingDocument), { id: '117' });

    expect(answer.status).toBe(200);
    expect(answer.body['errors']).toBeUndefined();
    expect(answer.body['extensions']).toMatchObject({ upstream: { calls: 2 } });
    expect(made).toEqual({ credentialReads: 1, deadlines: 1, expectedCalls: [2], apis: 1 });
  });
});
