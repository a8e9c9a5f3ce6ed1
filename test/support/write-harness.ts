/**
 * A stand-in for the payment mutations (issue 3, not in this branch yet) so the write path can be tested
 * through the front door: HTTP -> Yoga -> the real context factory and error masking -> `withIdempotency`
 * -> PaymentsApi.createOfflinePayment -> undici -> the sandbox. Its one mutation calls the helper exactly
 * as README "Resilience" tells the real mutations to; it goes once they are merged.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLID, GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, type ExecutionResult } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createContextFactory, type ContextDependencies, type GatewayContext } from '../../src/context.js';
import { maskError } from '../../src/graphql-errors.js';
import { withIdempotency } from '../../src/idempotency/with-idempotency.js';
import type { OfflinePaymentBody } from '../../src/upstream/payments-types.js';
import { startStack, type StackOptions, type TestStack } from './stack.js';

export interface RecordArgs {
  externalId: string;
  amount: string;
  idempotencyKey?: string;
}

export interface WriteHarness {
  /** Sends `mutation { recordOfflinePayment(...) }`; the answer's data is the new payment id. */
  record(args: RecordArgs, headers?: Record<string, string>): Promise<ExecutionResult<{ recordOfflinePayment: number | null }>>;
  close(): Promise<void>;
}

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString, resolve: () => 'ok' } } }),
  mutation: new GraphQLObjectType<unknown, GatewayContext>({
    name: 'Mutation',
    fields: {
      recordOfflinePayment: {
        type: GraphQLInt,
        args: {
          externalId: { type: new GraphQLNonNull(GraphQLString) },
          amount: { type: new GraphQLNonNull(GraphQLString) },
          idempotencyKey: { type: GraphQLID },
        },
        resolve: (_root, args: RecordArgs, context) => {
          const body: OfflinePaymentBody = {
            lineItems: [{ invoiceId: 141, amount: args.amount }],
            currency: 'GBP',
            details: { memo: 'write harness' },
            customerId: '6041',
            externalId: args.externalId,
          };
          return withIdempotency(context, { operation: 'createOfflinePayment', key: args.idempotencyKey, input: body }, () =>
            context.payments.createOfflinePayment(body),
          );
        },
      },
    },
  }),
});

const RECORD = `mutation Record($externalId: String!, $amount: String!, $idempotencyKey: ID) {
  recordOfflinePayment(externalId: $externalId, amount: $amount, idempotencyKey: $idempotencyKey)
}`;

/** Serves the harness on a free loopback port, over the same process-level dependencies as the gateway. */
export async function startWriteHarness(dependencies: ContextDependencies): Promise<WriteHarness> {
  const yoga = createYoga<Record<string, never>, GatewayContext>({
    schema,
    context: createContextFactory(dependencies),
    maskedErrors: { maskError },
    logging: false,
  });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    async record(args, headers = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query: RECORD, variables: args }),
      });
      return (await response.json()) as ExecutionResult<{ recordOfflinePayment: number | null }>;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A stack and a write harness over it for the tests of one file: started before them, cleared of faults and
 * of its request log before each, closed after them. Read the fields inside tests, once started.
 */
export function stackWithWrites(options: StackOptions): { stack: TestStack; harness: WriteHarness } {
  const fixture = {} as { stack: TestStack; harness: WriteHarness };
  beforeAll(async () => {
    fixture.stack = await startStack(options);
    fixture.harness = await startWriteHarness(fixture.stack.dependencies);
  });
  afterAll(async () => {
    await fixture.harness.close();
    await fixture.stack.close();
  });
  beforeEach(() => {
    fixture.stack.sandbox.faults.clear();
    fixture.stack.resetUpstreamLog();
  });
  return fixture;
}
