/**
 * The five payment writes (docs/upstream-contract.md §2.4, §2.6, §2.7, §2.7b, §2.7c). Each checks its input, sends
 * its write once through `sendWrite`, and answers a result union: a success that carries the payment as it now stands
 * upstream, or a typed error (../errors.ts). Inputs are checked by their schemas (inputs.ts) before the resolvers run.
 */
import type { GatewayContext } from '../../context.js';
import { withIdempotency } from '../../idempotency/with-idempotency.js';
import { UpstreamError } from '../../upstream/errors.js';
import { builder } from '../builder.js';
import {
  InvalidInputError,
  OperationNotAllowedError,
  PaymentNotFoundError,
  keySegments,
  originOf,
  upstreamInputError,
} from '../failures.js';
import {
  CreateOfflinePaymentInput,
  DeletePaymentInput,
  PerformPaymentOperationInput,
  UpdateOfflinePaymentInput,
  UpdatePaymentProcessingStatusInput,
  createOfflinePaymentRequest,
  deletePaymentRequest,
  paymentOperationRequest,
  processingStatusRequest,
  updateOfflinePaymentRequest,
} from './inputs.js';
import { PaymentRef, findPayment } from './payment.js';

interface WrittenPayment {
  paymentId: number;
}

/** One payment write: which mutation, its idempotency key, the payment it names and what it sends. */
interface PaymentWrite {
  operation: string;
  idempotencyKey: string | null | undefined;
  /** The payment the write names; undefined for a create. */
  paymentId: number | undefined;
  /** What is sent upstream: the same idempotency key with other content is refused. */
  sent: unknown;
}

/**
 * Every payment write goes through here, once per idempotency key: never retried, here or in the HTTP client, since a
 * payment write sent twice may pay twice (a lost answer is OUTCOME_UNKNOWN instead), and replayed from the key's
 * stored result when a client retries with the same key (src/idempotency/). Input is validated before the resolver
 * runs, so a bad input never claims a key. Afterwards the payment is forgotten by the request's loaders, so reading
 * it again shows it as the upstream now has it.
 */
async function sendWrite(context: GatewayContext, write: PaymentWrite, send: () => Promise<number>): Promise<number> {
  let writtenId: number;
  try {
    writtenId = await withIdempotency(
      context,
      { operation: write.operation, key: write.idempotencyKey, input: write.sent },
      send,
    );
  } catch (error) {
    throw writeFailure(error, write.paymentId);
  }
  context.loaders.forget(writtenId);
  return writtenId;
}

function writeSuccess(name: string, description: string) {
  return builder.objectRef<WrittenPayment>(name).implement({
    description,
    fields: (t) => ({
      paymentId: t.id({ description: 'Id of the payment written.', resolve: (result) => result.paymentId }),
      payment: t.field({
        type: PaymentRef,
        nullable: true,
        description:
          'The payment as it now stands upstream, read after the write (one GET /payments/{id}). The write has happened even when reading it fails (see `errors`); null if it no longer exists.',
        // Read lazily: a client that selects no `payment` costs no read after the write.
        resolve: (result, _args, context) => findPayment(context, result.paymentId),
      }),
    }),
  });
}

const CreateOfflinePaymentSuccess = writeSuccess('CreateOfflinePaymentSuccess', 'The offline payment was created.');
const UpdateOfflinePaymentSuccess = writeSuccess('UpdateOfflinePaymentSuccess', 'The offline payment was replaced.');
const PerformPaymentOperationSuccess = writeSuccess('PerformPaymentOperationSuccess', 'The operation was performed.');
const UpdatePaymentProcessingStatusSuccess = writeSuccess(
  'UpdatePaymentProcessingStatusSuccess',
  'The processing status was changed.',
);

const DeletePaymentSuccess = builder.objectRef<{ deletedPaymentId: number }>('DeletePaymentSuccess').implement({
  description: 'The payment was deleted.',
  fields: (t) => ({
    deletedPaymentId: t.id({ description: 'Id of the deleted payment.', resolve: (result) => result.deletedPaymentId }),
  }),
});

const ERRORS_OF_A_WRITE_TO_A_PAYMENT = [PaymentNotFoundError, InvalidInputError, OperationNotAllowedError];

/** Result-union options: the success type itself in the union (no `data` wrapper), named after the mutation. */
function resultUnion(name: string, description: string, types = ERRORS_OF_A_WRITE_TO_A_PAYMENT) {
  return { types, directResult: true, union: { name, description } } as const;
}

/**
 * The fields are nullable on purpose: a GraphQL error in one write (OUTCOME_UNKNOWN, say) must not null
 * out the answers of other writes in the same document, which did happen.
 */
builder.mutationFields((t) => ({
  createOfflinePayment: t.field({
    type: CreateOfflinePaymentSuccess,
    nullable: true,
    description:
      'Records a payment received outside BigCommerce (check, wire...) against one or more invoices (POST /payments/offline).',
    args: {
      input: t
        .arg({ type: CreateOfflinePaymentInput, required: true, description: 'The payment to record.' })
        .validate(createOfflinePaymentRequest),
    },
    // A create names no existing payment: a 404 here is unexpected, so it is thrown rather than typed.
    errors: resultUnion('CreateOfflinePaymentResult', 'The new payment, or why it was not created.', [
      InvalidInputError,
      OperationNotAllowedError,
    ]),
    resolve: async (_root, { input: { body, idempotencyKey } }, context) => {
      const write = { operation: 'createOfflinePayment', idempotencyKey, paymentId: undefined, sent: body };
      return { paymentId: await sendWrite(context, write, () => context.payments.createOfflinePayment(body)) };
    },
  }),

  updateOfflinePayment: t.field({
    type: UpdateOfflinePaymentSuccess,
    nullable: true,
    description: 'Replaces the content of an offline payment (PUT /payments/offline/{id}).',
    args: {
      input: t
        .arg({ type: UpdateOfflinePaymentInput, required: true, description: 'The payment and its new content.' })
        .validate(updateOfflinePaymentRequest),
    },
    errors: resultUnion('UpdateOfflinePaymentResult', 'The replaced payment, or why it was not replaced.'),
    resolve: async (_root, { input: { paymentId, body, idempotencyKey } }, context) => {
      const write = { operation: 'updateOfflinePayment', idempotencyKey, paymentId, sent: { paymentId, body } };
      return {
        paymentId: await sendWrite(context, write, () => context.payments.updateOfflinePayment(paymentId, body)),
      };
    },
  }),

  deletePayment: t.field({
    type: DeletePaymentSuccess,
    nullable: true,
    description: 'Deletes a payment (DELETE /payments/{id}).',
    args: {
      input: t
        .arg({ type: DeletePaymentInput, required: true, description: 'The payment to delete.' })
        .validate(deletePaymentRequest),
    },
    errors: resultUnion('DeletePaymentResult', "The deleted payment's id, or why it was not deleted."),
    resolve: async (_root, { input: { paymentId, idempotencyKey } }, context) => {
      const write = { operation: 'deletePayment', idempotencyKey, paymentId, sent: { paymentId } };
      return { deletedPaymentId: await sendWrite(context, write, () => context.payments.deletePayment(paymentId)) };
    },
  }),

  performPaymentOperation: t.field({
    type: PerformPaymentOperationSuccess,
    nullable: true,
    description:
      'Performs an operation on a payment, e.g. applies its amounts to the invoice balances (POST /payments/{id}/operations). Its `operations.allowedOperations` says which are allowed now.',
    args: {
      input: t
        .arg({ type: PerformPaymentOperationInput, required: true, description: 'The payment and the operation.' })
        .validate(paymentOperationRequest),
    },
    errors: resultUnion(
      'PerformPaymentOperationResult',
      'The payment after the operation, or why it was not performed.',
    ),
    resolve: async (_root, { input: { paymentId, operationCode, idempotencyKey } }, context) => {
      const sent = { paymentId, operationCode };
      const write = { operation: 'performPaymentOperation', idempotencyKey, paymentId, sent };
      return {
        paymentId: await sendWrite(context, write, () =>
          context.payments.performPaymentOperation(paymentId, operationCode),
        ),
      };
    },
  }),

  updatePaymentProcessingStatus: t.field({
    type: UpdatePaymentProcessingStatusSuccess,
    nullable: true,
    description:
      'Moves a payment to another processing status (PUT /payments/{id}/processing-status). Its `operations.allowedStatuses` says which are allowed now.',
    args: {
      input: t
        .arg({
          type: UpdatePaymentProcessingStatusInput,
          required: true,
          description: 'The payment and its new status.',
        })
        .validate(processingStatusRequest),
    },
    errors: resultUnion(
      'UpdatePaymentProcessingStatusResult',
      'The payment in its new status, or why it was not moved.',
    ),
    resolve: async (_root, { input: { paymentId, processingStatus, idempotencyKey } }, context) => {
      const sent = { paymentId, processingStatus };
      const write = { operation: 'updatePaymentProcessingStatus', idempotencyKey, paymentId, sent };
      const send = () => context.payments.updatePaymentProcessingStatus(paymentId, processingStatus);
      return { paymentId: await sendWrite(context, write, send) };
    },
  }),
}));

/**
 * What a failed write answers: the typed result its upstream failure stands for, or the failure itself
 * (thrown) when it is not one a client branches on. `paymentId` is the payment the write named; a 404
 * without one (a create) is unexpected. Unknown outcomes arrive as OUTCOME_UNKNOWN from the upstream layer.
 */
function writeFailure(error: unknown, paymentId: number | undefined): unknown {
  if (!(error instanceof UpstreamError)) return error;
  const { status, upstreamMessage } = error.details;
  if (error.code === 'NOT_FOUND' && paymentId !== undefined) {
    return new PaymentNotFoundError(paymentId, originOf(error));
  }
  if (status === 400) return new OperationNotAllowedError(error.message, originOf(error));
  if (status === 422) return upstreamInputError(error, paymentInputSegments, upstreamMessage);
  return error;
}

/** Upstream body fields whose GraphQL input field has another name (docs/upstream-contract.md §2.6, §2.7b). */
const INPUT_NAMES: Readonly<Record<string, string>> = {
  currency: 'currencyCode',
  details: 'memo',
  'details.memo': 'memo',
  operationCode: 'operation',
};

/** An upstream 422 field key (`lineItems.0.amount`, docs/upstream-contract.md §4.1) as the path of its input field. */
function paymentInputSegments(key: string): Array<string | number> {
  return keySegments(INPUT_NAMES[key] ?? key);
}
