import type { GatewayContext } from '../../context.js';
import type { TransactionKind } from '../../upstream/admin/transactions-types.js';
import { withIdempotency } from '../../idempotency/with-idempotency.js';
import { builder } from '../builder.js';
import { TRANSACTION_RECORDING_ERRORS, typedRecordingError } from './outcomes.js';
import type { TransactionRecordBody } from '../../upstream/admin/transactions-types.js';
import {
  RecordAuthorizationTransactionInput,
  RecordPurchaseTransactionInput,
  transactionRecordRequest,
} from './inputs.js';

interface RecordedTransaction {
  id: string;
}

const RecordedTransactionRef = builder.objectRef<RecordedTransaction>('RecordedTransaction').implement({
  description: 'A payment transaction BigCommerce recorded.',
  fields: (t) => ({
    id: t.exposeID('id', { description: "The transaction's id at BigCommerce, a UUID." }),
  }),
});

interface RecordRequest {
  body: TransactionRecordBody;
  idempotencyKey: string | null | undefined;
}

/**
 * Sends the record once per idempotency key; upstream refusals a client branches on come back as typed
 * results. The input was checked before the resolver ran, so a bad input never claims a key.
 */
async function record(kind: TransactionKind, { body, idempotencyKey }: RecordRequest, context: GatewayContext) {
  const send = () =>
    kind === 'purchase'
      ? context.transactions.createPurchaseTransaction(body)
      : context.transactions.createAuthorizationTransaction(body);
  try {
    const operation = kind === 'purchase' ? 'recordPurchaseTransaction' : 'recordAuthorizationTransaction';
    const id = await withIdempotency(context, { operation, key: idempotencyKey, input: body }, send);
    return { id };
  } catch (error) {
    throw typedRecordingError(error);
  }
}

/** The typed outcomes, listed beside the success type in one result union per field. */
const typedOutcomes = (unionName: string) => ({
  types: TRANSACTION_RECORDING_ERRORS,
  directResult: true as const,
  union: {
    name: unionName,
    description: 'The recorded transaction, or why it was not recorded (a `MutationError`).',
  },
});

const SENT_ONCE =
  'Sent once and never retried by the gateway: if the connection fails after sending, the upstream answers 5xx, or its success is unreadable, the answer is a GraphQL error with code `OUTCOME_UNKNOWN` (the record may exist: check before sending again), which is distinct from a failure. Pass an `idempotencyKey` to make retries safe.';

/**
 * Both fields are nullable on purpose: a GraphQL error in one (OUTCOME_UNKNOWN, say) must not null out the
 * answers of other mutations in the same document, whose records did happen.
 */
builder.mutationFields((t) => ({
  recordPurchaseTransaction: t.field({
    type: RecordedTransactionRef,
    nullable: true,
    description: `Records a purchase processed outside BigCommerce against an order (POST /stores/{store_hash}/v3/payments/transactions/purchases, Payments Transactions API, beta). ${SENT_ONCE}`,
    args: {
      input: t
        .arg({ type: RecordPurchaseTransactionInput, required: true, description: 'The purchase to record.' })
        .validate(transactionRecordRequest('purchase')),
    },
    errors: typedOutcomes('RecordPurchaseTransactionResult'),
    resolve: (_root, args, context) => record('purchase', args.input, context),
  }),
  recordAuthorizationTransaction: t.field({
    type: RecordedTransactionRef,
    nullable: true,
    description: `Records an authorization processed outside BigCommerce against an order, so it can be captured or voided later (POST /stores/{store_hash}/v3/payments/transactions/authorizations, Payments Transactions API, beta). ${SENT_ONCE}`,
    args: {
      input: t
        .arg({ type: RecordAuthorizationTransactionInput, required: true, description: 'The authorization to record.' })
        .validate(transactionRecordRequest('authorization')),
    },
    errors: typedOutcomes('RecordAuthorizationTransactionResult'),
    resolve: (_root, args, context) => record('authorization', args.input, context),
  }),
}));
