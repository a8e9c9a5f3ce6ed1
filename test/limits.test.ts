import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { print } from 'graphql';
import { DEFAULT_LIMITS, MAX_VARIABLES_DEPTH } from '../src/security/query-limits.js';
import { UPSTREAM_CALL_WEIGHT } from '../src/security/query-cost.js';
import { loadTrustedDocuments } from '../src/security/trusted-documents.js';
import {
  LimitsAliasedPaymentsDocument,
  LimitsDeepTransactionsDocument,
  LimitsIntrospectionDocument,
  LimitsPageWithTransactionsDocument,
  LimitsTypenameDocument,
  PaymentEntitiesDocument,
  PaymentTotalDocument,
  PaymentWithEverythingDocument,
} from './gql/graphql.js';
import { startStack, type TestStack } from './support/stack.js';

async function post(stack: TestStack, body: string) {
  const response = await fetch(`${stack.gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: unknown }> },
  };
}

/** Cost of LimitsPageWithTransactions for a page of n (see src/security/query-cost.ts). */
function pageWithTransactionsCost(n: number): number {
  const payments = 1 + UPSTREAM_CALL_WEIGHT; // a root field: one list call
  const connectionFields = 1 + 1; // totalCount, nodes
  const perPayment = 1 + (1 + UPSTREAM_CALL_WEIGHT) + 1; // id, transactions (one call each), type
  return payments + connectionFields + n * perPayment;
}

describe('query limits (defaults)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.resetUpstreamLog());

  it('refuses a page whose per-payment upstream calls cost too much, before any upstream call', async () => {
    const { body } = await stack.execute(LimitsPageWithTransactionsDocument, { first: 200 });

    const cost = pageWithTransactionsCost(200);
    expect(cost).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    expect(body).toEqual({
      errors: [
        {
          message: `Query cost ${cost} exceeds the limit of ${DEFAULT_LIMITS.maxCost}: ask for smaller pages or fewer fields that call the upstream API.`,
          extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost: DEFAULT_LIMITS.maxCost },
        },
      ],
    });
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('weighs a page by the size it asks for, or 10 when it asks for none', async () => {
    const small = await stack.execute(LimitsPageWithTransactionsDocument, { first: 2 });
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data?.payments.nodes).toHaveLength(2);
    expect(stack.upstreamRequests().sort()).toEqual([
      'GET /payments/539/transactions',
      'GET /payments/540/transactions',
      'GET /payments?offset=0&limit=2',
    ]);

    const tight = await startStack({
      app: { limits: { ...DEFAULT_LIMITS, maxCost: pageWithTransactionsCost(10) - 1 } },
    });
    try {
      const { body } = await tight.execute(LimitsPageWithTransactionsDocument, {});
      expect(body.errors?.[0]?.extensions).toEqual({
        code: 'QUERY_TOO_COSTLY',
        cost: pageWithTransactionsCost(10),
        maxCost: pageWithTransactionsCost(10) - 1,
      });
      expect(tight.upstreamRequests()).toEqual([]);
    } finally {
      await tight.close();
    }
  });

  it('weighs _entities by its representations, each a possible detail call', async () => {
    // Per representation: _entities (1 + one call) + id + total + currencyCode + value.
    const entitiesCost = (n: number) => n * (1 + UPSTREAM_CALL_WEIGHT + 4);
    const representations = (n: number) =>
      Array.from({ length: n }, (_, index) => ({ __typename: 'Payment', id: String(index + 1) }));
    const fitting = Math.floor(DEFAULT_LIMITS.maxCost / entitiesCost(1));

    const refused = await stack.execute(PaymentEntitiesDocument, { representations: representations(fitting + 1) });
    expect(refused.body.errors?.map((error) => error.extensions)).toEqual([
      { code: 'QUERY_TOO_COSTLY', cost: entitiesCost(fitting + 1), maxCost: DEFAULT_LIMITS.maxCost },
    ]);
    expect(stack.upstreamRequests()).toEqual([]);

    const allowed = await stack.execute(PaymentEntitiesDocument, { representations: representations(fitting) });
    expect(allowed.body.errors).toBeUndefined();
    expect(stack.upstreamRequests()).toHaveLength(fitting);

    // The same text and variables again: the cost worked out the first time still refuses it.
    stack.resetUpstreamLog();
    const again = await stack.execute(PaymentEntitiesDocument, { representations: representations(fitting + 1) });
    expect(again.body).toEqual(refused.body);
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('refuses a request body over the size limit with 413, without calling upstream', async () => {
    const padding = 'x'.repeat(DEFAULT_LIMITS.maxBodyBytes);
    const response = await fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ payment(id: "117") { id } }', variables: { padding } }),
    });

    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Request body too large', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }],
    });
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it.each([
    [
      'a bad enum value',
      'query($o: SortOrder) { payments(orderBy: $o) { totalCount } }',
      { o: 'DOWN' },
      'Variable "$o" got invalid value "DOWN"; Value "DOWN" does not exist in "SortOrder" enum.',
    ],
    [
      'null for a non-null',
      'query($id: ID!) { payment(id: $id) { id } }',
      { id: null },
      'Variable "$id" of non-null type "ID!" must not be null.',
    ],
    [
      'a missing variable',
      'query($id: ID!) { payment(id: $id) { id } }',
      {},
      'Variable "$id" of required type "ID!" was not provided.',
    ],
    [
      'an unknown input field',
      'mutation($input: DeletePaymentInput!) { deletePayment(input: $input) { __typename } }',
      { input: { paymentId: '117', reason: 'x' } },
      'Variable "$input" got invalid value { paymentId: "117", reason: "x" }; Field "reason" is not defined by type "DeletePaymentInput".',
    ],
    [
      'an Int overflow',
      'query($n: Int) { payments(first: $n) { totalCount } }',
      { n: 2 ** 40 },
      'Variable "$n" got invalid value 1099511627776; Int cannot represent non 32-bit signed integer value: 1099511627776',
    ],
  ])(
    'refuses %s in the variables with 400 and BAD_USER_INPUT, before any upstream call',
    async (_, query, variables, message) => {
      const response = await post(stack, JSON.stringify({ query, variables }));

      expect(response).toEqual({
        status: 400,
        body: {
          errors: [
            {
              message,
              locations: [{ line: 1, column: query.indexOf('$') + 1 }],
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ],
        },
      });
      expect(stack.upstreamRequests()).toEqual([]);
    },
  );

  it('refuses variables nested 30,000 levels deep (90 KB) with 400 and a code, even unused ones', async () => {
    const deep = `${'[ '.repeat(30_000)}0${']'.repeat(30_000)}`;
    const body = `{"query":"query($n: Int) { payments(first: $n) { totalCount } }","variables":{"n":1,"unused":${deep}}}`;
    expect(body.length).toBeGreaterThan(90_000);

    expect(await post(stack, body)).toEqual({
      status: 400,
      body: {
        errors: [{ message: 'Variables may nest at most 32 levels deep.', extensions: { code: 'VARIABLES_TOO_DEEP' } }],
      },
    });
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('refuses an operationName that is not a string, whatever it is, before any call', async () => {
    for (const operationName of [{ toString: 1 }, ['a'], 7, true]) {
      const body = JSON.stringify({ query: 'query a { payment(id: "117") { id } }', operationName });

      expect(await post(stack, body)).toEqual({
        status: 400,
        body: { errors: [{ message: 'operationName must be a string.', extensions: { code: 'BAD_REQUEST' } }] },
      });
    }
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('takes variables nested up to the limit', async () => {
    const nested = (depth: number): unknown => (depth === 0 ? 'x' : { inner: nested(depth - 1) });
    const query = 'query($n: Int) { payments(first: $n) { totalCount } }';

    const fits = await post(stack, JSON.stringify({ query, variables: { n: 1, unused: nested(MAX_VARIABLES_DEPTH) } }));
    expect(fits).toEqual({ status: 200, body: { data: { payments: { totalCount: 540 } } } });
    const over = await post(
      stack,
      JSON.stringify({ query, variables: { n: 1, unused: nested(MAX_VARIABLES_DEPTH + 1) } }),
    );
    expect(over.body.errors?.[0]?.extensions).toEqual({ code: 'VARIABLES_TOO_DEEP' });
  });

  it('requires a CSRF header on requests a browser could send without a preflight', async () => {
    const url = `${stack.gatewayUrl}/graphql?query=${encodeURIComponent('{ payment(id: "117") { id } }')}`;

    const bare = await fetch(url);
    expect(bare.status).toBe(403);
    expect(await bare.json()).toEqual({
      errors: [
        {
          message: 'Required CSRF header missing: send x-graphql-yoga-csrf with GET and form requests.',
          extensions: { code: 'CSRF_HEADER_REQUIRED' },
        },
      ],
    });
    expect(stack.upstreamRequests()).toEqual([]);

    const withHeader = await fetch(url, { headers: { 'x-graphql-yoga-csrf': '1' } });
    expect(await withHeader.json()).toEqual({ data: { payment: { id: '117' } } });

    const form = await fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect({ status: form.status, code: (await form.json()).errors[0].extensions.code }).toEqual({
      status: 403,
      code: 'CSRF_HEADER_REQUIRED',
    });
  });

  it('serves introspection and GraphiQL outside production', async () => {
    const { body } = await stack.execute(LimitsIntrospectionDocument);
    expect(body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });

    const page = await fetch(`${stack.gatewayUrl}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<title>B2B payments gateway</title>');
  });

  it("answers federation's _service and suggests names outside production", async () => {
    const service = await post(stack, JSON.stringify({ query: '{ _service { sdl } }' }));
    expect(service.body).toEqual({
      data: { _service: { sdl: expect.stringContaining('type Payment\n  @key(fields: "id")') } },
    });
    const field = await post(stack, JSON.stringify({ query: '{ paymnt(id: "117") { id } }' }));
    expect(field.body.errors).toEqual([
      expect.objectContaining({
        message: 'Cannot query field "paymnt" on type "Query". Did you mean "payment" or "payments"?',
      }),
    ]);
  });
});

describe('query limits (tight settings)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({
      app: {
        limits: { ...DEFAULT_LIMITS, maxDepth: 5, maxAliases: 2, maxTokens: 50 },
        exposure: { graphiql: false, introspection: false },
      },
    });
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.resetUpstreamLog());

  it('refuses a query deeper than the limit', async () => {
    const { body } = await stack.execute(LimitsDeepTransactionsDocument, { first: 1 });

    expect(body).toEqual({
      errors: [{ message: 'Query depth limit of 5 exceeded, found 7.', extensions: { code: 'QUERY_TOO_DEEP' } }],
    });
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('refuses a query with more aliases than the limit', async () => {
    const { body } = await stack.execute(LimitsAliasedPaymentsDocument);

    expect(body).toEqual({
      errors: [{ message: 'Aliases limit of 2 exceeded, found 3.', extensions: { code: 'TOO_MANY_ALIASES' } }],
    });
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('refuses a document with more tokens than the limit', async () => {
    const { body } = await stack.execute(PaymentWithEverythingDocument, { id: '117' });

    expect(body).toEqual({
      errors: [{ message: 'Token limit of 50 exceeded.', extensions: { code: 'TOO_MANY_TOKENS', maxTokens: 50 } }],
    });
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('refuses introspection when it is off, but still answers __typename', async () => {
    const { body } = await stack.execute(LimitsIntrospectionDocument);
    expect(body).toEqual({
      errors: [
        {
          message: 'Introspection is disabled on this gateway: "__schema" is not allowed.',
          locations: [{ line: 2, column: 3 }],
          extensions: { code: 'INTROSPECTION_DISABLED' },
        },
      ],
    });

    const typename = await stack.execute(LimitsTypenameDocument);
    expect(typename.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a browser with a short page saying GraphiQL is off and which setting turns it on', async () => {
    const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    for (const url of [`${stack.gatewayUrl}/graphql`, `${stack.gatewayUrl}/graphql?query=%7B__typename%7D`]) {
      const page = await fetch(url, { headers: { accept: browser } });

      expect(page.status).toBe(406);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const text = await page.text();
      expect(text).toContain('<title>GraphiQL is off</title>');
      expect(text).toContain('Set <code>GRAPHIQL_ENABLED=true</code> to serve it here.');
    }
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it("refuses federation's _service, which prints the whole schema", async () => {
    const { body } = await post(stack, JSON.stringify({ query: '{ _service { sdl } }' }));

    expect(body).toEqual({
      errors: [
        {
          message: 'Introspection is disabled on this gateway: "_service" is not allowed.',
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'INTROSPECTION_DISABLED' },
        },
      ],
    });
  });

  it('suggests no field, argument or enum value names', async () => {
    const field = await post(stack, JSON.stringify({ query: '{ paymnt(id: "117") { id } }' }));
    expect(field.body).toEqual({
      errors: [
        {
          message: 'Cannot query field "paymnt" on type "Query".',
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
    const query = 'query($o: SortOrder) { payments(orderBy: $o) { totalCount } }';
    const value = await post(stack, JSON.stringify({ query, variables: { o: 'DES' } }));
    expect(value.body.errors).toEqual([
      expect.objectContaining({
        message: 'Variable "$o" got invalid value "DES"; Value "DES" does not exist in "SortOrder" enum.',
      }),
    ]);
  });
});

describe('trusted documents', () => {
  const documents = loadTrustedDocuments(fileURLToPath(new URL('./gql/persisted-documents.json', import.meta.url)));
  // Codegen's client preset embeds each document's id (persistedDocuments: true in codegen.ts).
  const { __meta__ } = PaymentTotalDocument as typeof PaymentTotalDocument & { __meta__: { hash: string } };
  const documentId = __meta__.hash;
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ app: { trustedDocuments: documents } });
  });
  afterAll(() => stack.close());
  beforeEach(() => stack.resetUpstreamLog());

  const post = async (body: Record<string, unknown>) => {
    const response = await fetch(`${stack.gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };

  it("runs an operation named by its documentId, or by Apollo's persistedQuery hash", async () => {
    const expected = { data: { payment: { id: '117', total: { currencyCode: 'GBP', value: '156.5300' } } } };

    expect((await post({ documentId, variables: { id: '117' } })).body).toEqual(expected);
    const hash = documentId.replace('sha256:', '');
    const apollo = await post({
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
      variables: { id: '117' },
    });
    expect(apollo.body).toEqual(expected);
    expect(stack.upstreamRequests()).toEqual(['GET /payments/117', 'GET /payments/117']);
  });

  it('refuses query text, even of a trusted operation, without calling upstream', async () => {
    const { status, body } = await post({ query: print(PaymentTotalDocument), variables: { id: '117' } });

    expect(status).toBe(400);
    expect(body).toEqual({
      errors: [
        {
          message: 'This gateway runs trusted documents only: send a documentId instead of a query.',
          extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' },
        },
      ],
    });
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('refuses an unknown documentId without calling upstream', async () => {
    const { body } = await post({ documentId: `sha256:${'0'.repeat(64)}`, variables: { id: '117' } });

    expect(body).toEqual({
      errors: [
        { message: 'No trusted document has this documentId.', extensions: { code: 'TRUSTED_DOCUMENT_NOT_FOUND' } },
      ],
    });
    expect(stack.upstreamRequests()).toEqual([]);
  });

  it('loads only files whose ids are the sha256 of their documents', () => {
    expect(documents.get(documentId)).toBe(
      'query PaymentTotal($id: ID!) { payment(id: $id) { id total { currencyCode value } } }',
    );
    const forged = join(mkdtempSync(join(tmpdir(), 'trusted-')), 'documents.json');
    writeFileSync(
      forged,
      JSON.stringify({ [documentId]: '{ payments(first: 250) { nodes { transactions { type } } } }' }),
    );
    expect(() => loadTrustedDocuments(forged)).toThrowError(
      `${forged}: "${documentId}" is not the sha256 of its document`,
    );
  });
});
