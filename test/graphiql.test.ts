/**
 * GraphiQL as a browser gets it: the page's options (its tabs, their variables and headers), every example
 * operation run as GraphiQL would send it, and the federation plumbing described in the schema.
 */
import { describe, expect, it } from 'vitest';
import { allParts, mergeParts, postForParts, TRANSPORTS } from './support/incremental-parts.js';
import { useFileStack } from './support/file-stack.js';
import type { TestStack } from './support/stack.js';

interface Tab {
  query: string;
  variables: string | null;
  headers: string | null;
}

interface PageOptions {
  title: string;
  defaultTabs: Tab[];
  defaultHeaders?: string;
  defaultEditorToolsVisibility?: string;
}

/** The options Yoga's GraphiQL page renders with, as the page embeds them. */
async function graphiqlPageOptions(stack: TestStack): Promise<PageOptions> {
  const page = await fetch(`${stack.gatewayUrl}/graphql`, { headers: { accept: 'text/html' } });
  expect(page.status).toBe(200);
  const options = /renderYogaGraphiQL\(\s*window\.document\.querySelector\('#root'\),\s*(\{.*\}),\s*\);/s.exec(
    await page.text(),
  );
  if (!options?.[1]) throw new Error('no GraphiQL options in the page');
  return JSON.parse(options[1]) as PageOptions;
}

const operationNames = (tabs: Tab[]) => tabs.map((tab) => /^(query|mutation) (\w+)/m.exec(tab.query)?.[2]);

describe('GraphiQL with the gateway’s own credentials', () => {
  const stack = useFileStack();

  it('opens with a tab per main shape: one payment, a filtered page, a deferred page, a keyed write', async () => {
    const options = await graphiqlPageOptions(stack);

    expect(options.title).toBe('B2B payments gateway');
    expect(operationNames(options.defaultTabs)).toEqual([
      'PaymentWithEverything',
      'FilteredPayments',
      'PaymentsWithDeferredTransactions',
      'CreateOfflinePayment',
    ]);
    expect(options.defaultTabs.map((tab) => tab.headers)).toEqual([null, null, null, null]);
    expect(options.defaultHeaders).toBeUndefined();
    expect(options.defaultEditorToolsVisibility).toBeUndefined();
  });

  it('runs every example tab as GraphiQL sends it, without errors', async () => {
    const { defaultTabs } = await graphiqlPageOptions(stack);

    const answers = [];
    for (const tab of defaultTabs) {
      const variables = tab.variables ? (JSON.parse(tab.variables) as Record<string, unknown>) : undefined;
      const response = await fetch(`${stack.gatewayUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'multipart/mixed, application/json' },
        body: JSON.stringify({ query: tab.query, variables }),
      });
      const parts = response.headers.get('content-type')?.startsWith('multipart/mixed')
        ? await allParts(TRANSPORTS[0].read, response)
        : [await response.json()];
      answers.push({ status: response.status, parts: parts.length, ...mergeParts(parts) });
    }

    expect(answers.map(({ status, errors }) => ({ status, errors }))).toEqual(
      defaultTabs.map(() => ({ status: 200, errors: undefined })),
    );
    // The deferred tab answers in parts; the write creates a payment.
    expect(answers.map(({ parts }) => parts > 1)).toEqual([false, false, true, false]);
    expect(answers[3]?.data).toEqual({
      createOfflinePayment: {
        __typename: 'CreateOfflinePaymentSuccess',
        paymentId: '541',
        payment: { id: '541', processingStatus: 'COMPLETED', total: { currencyCode: 'GBP', value: '20.0000' } },
      },
    });
  });

  it('describes _entities and _service as federation plumbing', async () => {
    const response = await postForParts(
      stack.gatewayUrl,
      'application/json',
      '{ __type(name: "Query") { fields { name description } } service: __type(name: "_Service") { description } }',
    );
    const { data } = (await response.json()) as {
      data: { __type: { fields: Array<{ name: string; description: string }> }; service: { description: string } };
    };

    expect(data.__type.fields.filter(({ name }) => name.startsWith('_'))).toEqual([
      {
        name: '_entities',
        description:
          'Federation plumbing, for a supergraph gateway: resolves `Payment`, `Invoice` and `Company` references ' +
          'from their keys. Clients query `payment` and `payments` instead.',
      },
      {
        name: '_service',
        description:
          'Federation plumbing, for a supergraph gateway: this subgraph’s SDL (`_service { sdl }`), read when the ' +
          'supergraph is composed. Not for clients.',
      },
    ]);
    expect(data.service.description).toBe('Federation plumbing: what `_service` answers.');
  });
});

describe('GraphiQL with per-request credentials', () => {
  const stack = useFileStack({ auth: { kind: 'per-request' } });

  it('opens every tab, and every new one, with X-Auth-Token and X-Store-Hash to fill in, Headers open', async () => {
    const options = await graphiqlPageOptions(stack);

    const credentials = { 'X-Auth-Token': '', 'X-Store-Hash': '' };
    expect(options.defaultTabs.map((tab) => JSON.parse(tab.headers ?? '') as unknown)).toEqual([
      credentials,
      credentials,
      credentials,
      credentials,
    ]);
    expect(JSON.parse(options.defaultHeaders ?? '')).toEqual(credentials);
    expect(options.defaultEditorToolsVisibility).toBe('headers');
    expect(options.defaultTabs.map((tab) => tab.query.split('\n')[0])).toEqual(
      options.defaultTabs.map(() => '# Fill in X-Auth-Token and X-Store-Hash under Headers, below.'),
    );
  });
});
