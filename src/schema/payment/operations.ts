import type { WirePaymentOperations } from '../../upstream/b2b/payments-types.js';
import { builder } from '../builder.js';
import { PaymentOperation, ProcessingStatus } from './enums.js';

export const PaymentOperationsRef = builder.objectRef<WirePaymentOperations>('PaymentOperations').implement({
  description:
    'What can be done to a payment now: the operations it allows and the processing statuses it may move to.',
  fields: (t) => ({
    allowedOperations: t.field({
      type: [PaymentOperation.ref],
      description: 'Operations currently allowed; often empty.',
      resolve: (operations) => operations.allowedOperations.map(Number).map(PaymentOperation.fromCode),
    }),
    allowedOperationCodes: t.intList({
      nullable: true,
      description:
        'The raw operation codes, as the upstream sent them; null when one is not a 32-bit whole number (see errors).',
      resolve: (operations) => operations.allowedOperations.map(Number),
    }),
    allowedStatuses: t.field({
      type: [ProcessingStatus.ref],
      description: 'Processing statuses the payment may be moved to.',
      resolve: (operations) => operations.allowedStatuses.map(Number).map(ProcessingStatus.fromCode),
    }),
    allowedStatusCodes: t.intList({
      nullable: true,
      description:
        'The raw processing-status codes, as numbers (upstream sometimes sends them as strings); null when one is not a 32-bit whole number (see errors).',
      resolve: (operations) => operations.allowedStatuses.map(Number),
    }),
  }),
});
