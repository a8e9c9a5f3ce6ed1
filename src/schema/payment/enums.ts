import { builder } from '../builder.js';
import { defineCodeEnum } from './code-enum.js';

/** docs/upstream-contract.md §2.8: documented on GET /payments and the processing-status endpoint. */
export const ProcessingStatus = defineCodeEnum(
  'PaymentProcessingStatus',
  'Where a payment is in its processing. Only AWAITING_PROCESSING through REFUNDED can be set; INCOMPLETE is read-only.',
  {
    INCOMPLETE: { code: 0, description: 'Incomplete' },
    AWAITING_PROCESSING: { code: 1, description: 'Awaiting processing' },
    PROCESSING: { code: 2, description: 'Processing' },
    COMPLETED: { code: 3, description: 'Completed' },
    REFUNDED: { code: 4, description: 'Refunded' },
  },
);

/**
 * docs/upstream-contract.md §2.8: no meaning is documented. The names follow the only evidence (examples pair 1 with
 * amounts applied to invoices and 0 with none, matching operations 0 and 1); the codes are the truth.
 */
export const AppliedStatus = defineCodeEnum(
  'PaymentAppliedStatus',
  'Whether the payment amounts are applied to invoice balances. Upstream documents no meanings: inferred from its examples; rely on the code.',
  {
    NOT_APPLIED: { code: 0, description: 'Not applied to invoice balances (inferred)' },
    APPLIED: { code: 1, description: 'Applied to invoice balances (inferred)' },
  },
);

/** docs/upstream-contract.md §2.8 and §7.2: codes 0–3 exist (default 2) but no meaning is documented anywhere. */
export const FundingStatus = defineCodeEnum(
  'PaymentFundingStatus',
  'Funding state of the payment. Upstream defines codes 0–3 (default 2) but documents no meanings, so the values are named by code.',
  {
    FUNDING_STATUS_0: { code: 0, description: 'Funding status 0 (meaning undocumented)' },
    FUNDING_STATUS_1: { code: 1, description: 'Funding status 1 (meaning undocumented)' },
    FUNDING_STATUS_2: { code: 2, description: 'Funding status 2, the upstream default (meaning undocumented)' },
    FUNDING_STATUS_3: { code: 3, description: 'Funding status 3 (meaning undocumented)' },
  },
);

/** docs/upstream-contract.md §2.6, §2.8, §7.5: code 3 is accepted by the upstream but described nowhere. */
export const PaymentOperation = defineCodeEnum('PaymentOperation', 'An operation that can be performed on a payment.', {
  APPLY_TO_INVOICE_BALANCES: { code: 0, description: 'Apply the payment amounts to the invoice balances' },
  REVERT_INVOICE_BALANCES: { code: 1, description: 'Revert the payment amounts from the invoice balances' },
  PULL_UPDATES_FROM_ORDER: { code: 2, description: 'Pull updates from the BigCommerce order' },
  UNDOCUMENTED_OPERATION_3: {
    code: 3,
    description: 'Accepted by the upstream API but undocumented: its effect is unknown',
  },
});

/** docs/upstream-contract.md §2.7, §2.8, §7.3: only 1–4 can be set; 0 (INCOMPLETE) is a read and filter value only. */
export const SettableProcessingStatus = builder.enumType('SettablePaymentProcessingStatus', {
  description: 'A processing status a payment can be set to. INCOMPLETE is only ever read, so it is not here.',
  values: {
    AWAITING_PROCESSING: { value: 1, description: 'Awaiting processing (upstream code 1)' },
    PROCESSING: { value: 2, description: 'Processing (upstream code 2)' },
    COMPLETED: { value: 3, description: 'Completed (upstream code 3); the upstream default for a new offline payment' },
    REFUNDED: { value: 4, description: 'Refunded (upstream code 4)' },
  },
});

/** docs/upstream-contract.md §2.2 `sortBy`. */
export const PaymentSortField = builder.enumType('PaymentSortField', {
  description: 'A field payments can be sorted by (GET /payments `sortBy`).',
  values: {
    CREATED_AT: { value: 'createdAt', description: 'When the payment was created.' },
    UPDATED_AT: { value: 'updatedAt', description: 'When the payment last changed.' },
    TOTAL_AMOUNT: {
      value: 'totalAmount',
      description: 'The payment total (`total.value`, docs/upstream-contract.md §7.17).',
    },
    CUSTOMER_ID: { value: 'customerId', description: 'The B2B Edition company id.' },
    EXTERNAL_CUSTOMER_ID: { value: 'externalCustomerId', description: 'The ERP id of the company.' },
    MODULE_NAME: { value: 'moduleName', description: 'The payment module, e.g. `payments_offline`.' },
    PROCESSING_STATUS: { value: 'processingStatus', description: 'The processing-status code.' },
    APPLIED_STATUS: { value: 'appliedStatus', description: 'The applied-status code.' },
    FUNDING_STATUS: { value: 'fundingStatus', description: 'The funding-status code.' },
  },
});

/** docs/upstream-contract.md §2.2 `orderBy`. */
export const SortOrder = builder.enumType('SortOrder', {
  description: 'Direction of a sort (GET /payments `orderBy`).',
  values: {
    ASC: { value: 'ASC', description: 'Smallest, earliest or alphabetically first first.' },
    DESC: { value: 'DESC', description: 'Largest, latest or alphabetically last first (the upstream default).' },
  },
});

/** docs/upstream-contract.md §2.2 `searchBy`. */
export const PaymentSearchField = builder.enumType('PaymentSearchField', {
  description: 'The field the keyword `q` is matched against (GET /payments `searchBy`).',
  values: {
    ID: { value: 'id', description: 'The payment id; `q` must then be a positive whole number.' },
    CUSTOMER_ID: { value: 'customerId', description: 'The B2B Edition company id.' },
    EXTERNAL_ID: { value: 'externalId', description: 'The ERP id of the payment.' },
    EXTERNAL_CUSTOMER_ID: { value: 'externalCustomerId', description: 'The ERP id of the company.' },
  },
});
