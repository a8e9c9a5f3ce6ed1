import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/security/query-limits.js';
import { startStack, type TestStack } from './support/stack.js';

const QUERY = JSON.stringify({ query: '{ payment(id: "117") { id } }' });

/** POSTs with node:http, so the test controls Content-Length and chunking, which fetch decides itself. */
function post(url: string, headers: Record<string, string>, send: (write: (chunk: string) => void) => void) {
  return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
    const outgoing = request(
      url,
      // A connection of its own: after a refused body, the server may still read the declared bytes.
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    outgoing.on('error', reject);
    send((chunk) => outgoing.write(chunk));
    outgoing.end();
  });
}

describe('the request body limit', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.resetUpstreamLog());

  it('refuses a body declared larger than the limit before reading it', async () => {
    const declared = String(DEFAULT_LIMITS.maxBodyBytes + 1);
    // The declared body never comes: the answer must not wait for it.
    const { status, body } = await post(`${stack.gatewayUrl}/graphql`, { 'content-length': declared }, (write) =>
      write(QUERY),
    );

    expect(status).toBe(413);
    expect(body).toEqual({
      errors: [{ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }],
    });
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('refuses a chunked body, whose length it cannot know in advance', async () => {
    const { status, body } = await post(`${stack.gatewayUrl}/graphql`, {}, (write) => {
      write(QUERY.slice(0, 10));
      write(QUERY.slice(10));
    });

    expect(status).toBe(411);
    expect(body).toEqual({
      errors: [{ message: 'Send the request body with a Content-Length.', extensions: { code: 'LENGTH_REQUIRED' } }],
    });
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('answers a body with its length', async () => {
    const { status, body } = await post(
      `${stack.gatewayUrl}/graphql`,
      { 'content-length': String(Buffer.byteLength(QUERY)) },
      (write) => write(QUERY),
    );

    expect(status).toBe(200);
    expect(body).toEqual({ data: { payment: { id: '117' } } });
  });
});

describe('a client that stalls', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ http: { headersTimeoutMs: 500, requestTimeoutMs: 1_000 } });
  });
  afterAll(() => stack.close());

  it('halfway through its body is answered 408 and cut off at HTTP_REQUEST_TIMEOUT_MS', async () => {
    const { socket, received, closed } = rawConnection(stack);
    const headers = `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${QUERY.length}\r\n\r\n`;
    socket.write(headers + QUERY.slice(0, 10));

    // Bounded generously: the limit is 1 s, checked every second.
    expect(await closedWithin(closed, 15_000)).toBe('closed');
    expect(received()).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('halfway through its headers is cut off at HTTP_HEADERS_TIMEOUT_MS', async () => {
    const { socket, received, closed } = rawConnection(stack);
    socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: appl');

    expect(await closedWithin(closed, 15_000)).toBe('closed');
    expect(received()).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(stack.upstreamRequests()).toEqual([]);
  });
});

describe('HTTP_MAX_CONNECTIONS', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ http: { maxConnections: 2 } });
  });
  afterAll(() => stack.close());

  it('closes a connection over the cap as it arrives, and the open ones still answer', async () => {
    const open = [rawConnection(stack), rawConnection(stack)];
    await Promise.all(open.map(({ connected }) => connected));
    // The server counts a connection once it has accepted it: a request on each makes sure both are counted.
    for (const { socket } of open) socket.write(TYPENAME_REQUEST);
    await Promise.all(open.map(({ answered }) => answered));

    const third = rawConnection(stack);
    third.socket.write(TYPENAME_REQUEST);

    expect(await closedWithin(third.closed, 15_000)).toBe('closed');
    expect(third.received()).toBe('');
    for (const { socket, received } of open) {
      expect(received()).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
      socket.destroy();
    }
  });
});

const TYPENAME_BODY = JSON.stringify({ query: '{ __typename }' });
const TYPENAME_REQUEST =
  'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
  `Content-Length: ${TYPENAME_BODY.length}\r\n\r\n${TYPENAME_BODY}`;

/** A raw TCP connection to the gateway, and what it has received so far. */
function rawConnection(stack: TestStack) {
  const { port } = new URL(stack.gatewayUrl);
  const socket = connect(Number(port), '127.0.0.1');
  socket.setEncoding('utf8');
  let text = '';
  const answered = new Promise<void>((resolve) =>
    socket.on('data', (chunk: string) => {
      text += chunk;
      if (text.includes('"__typename"')) resolve();
    }),
  );
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  const connected = new Promise<void>((resolve) => socket.on('connect', () => resolve()));
  socket.on('error', () => {});
  return { socket, received: () => text, answered, closed, connected };
}

/** 'closed' once `closed` settles, or 'open' after `ms`: bounded generously for a loaded machine. */
function closedWithin(closed: Promise<void>, ms: number): Promise<'closed' | 'open'> {
  return Promise.race([
    closed.then(() => 'closed' as const),
    new Promise<'open'>((resolve) => setTimeout(resolve, ms, 'open')),
  ]);
}
