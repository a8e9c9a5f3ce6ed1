/** Whole answers of the offline-payment write (CreateOfflinePaymentIdOnly), as the replica tests expect them. */
import { expect } from 'vitest';

/** A mutation field that failed: null, with its one error located at the field (line 2 of the document). */
export function writeFailed(message: string, extensions: Record<string, unknown>) {
  return {
    data: { createOfflinePayment: null },
    errors: [{ message, locations: [{ line: 2, column: 3 }], path: ['createOfflinePayment'], extensions }],
  };
}

export const CREATED = {
  data: {
    createOfflinePayment: { __typename: 'CreateOfflinePaymentSuccess', paymentId: expect.stringMatching(/^\d+$/) },
  },
};

export const IDEMPOTENCY_UNAVAILABLE = writeFailed(
  'Idempotency keys cannot be checked right now; nothing was sent. Retry with the same key.',
  { code: 'IDEMPOTENCY_UNAVAILABLE', retryable: true },
);

export const OUTCOME_UNKNOWN = writeFailed('The write was sent but its outcome is unknown; check before retrying.', {
  code: 'OUTCOME_UNKNOWN',
  retryable: false,
});
