/**
 * The sandbox's payment state machine. The real rules are unknown (CONTRACT.md 8.1-8.3); these are ours,
 * chosen to be consistent and easy to reason about in tests:
 *
 * - appliedStatus 1 means the payment's amounts are applied to its invoices' open balances, 0 that they are not.
 * - Operation 0 "Apply to Invoice Balances" is allowed when not applied, unless the payment is
 *   Incomplete (0) or Refunded (4): there is nothing (or nothing any more) to apply.
 * - Operation 1 "Revert Invoice Balances" is allowed whenever applied, whatever the processing status
 *   (reverting is how a refund is reflected on invoices).
 * - Operation 2 "Pull Updates From Order" is allowed for every `payments_bigcommerce_sales_order` payment,
 *   and only for those: other modules have no order to pull from.
 * - Operation 3 is in the upstream enum but never described (CONTRACT.md 7.5), so it is never allowed.
 * - allowedStatuses: every settable status 1-4 except the current one. An Incomplete (0) payment is an
 *   unfinished checkout, so it allows none: only its order (operation 2) can move it on.
 */
import type { WirePayment } from '../upstream/b2b/payments-types.js';
import { SALES_ORDER_MODULE } from './modules.js';

export const OPERATION_APPLY = 0;
export const OPERATION_REVERT = 1;
const OPERATION_PULL_FROM_ORDER = 2;

const STATUS_INCOMPLETE = 0;
const STATUS_REFUNDED = 4;
const SETTABLE_STATUSES = [1, 2, 3, 4];

type PaymentState = Pick<WirePayment, 'moduleName' | 'processingStatus' | 'appliedStatus'>;

export function allowedOperations(payment: PaymentState): number[] {
  const operations: number[] = [];
  if (payment.appliedStatus === 1) {
    operations.push(OPERATION_REVERT);
  } else if (payment.processingStatus !== STATUS_INCOMPLETE && payment.processingStatus !== STATUS_REFUNDED) {
    operations.push(OPERATION_APPLY);
  }
  if (payment.moduleName === SALES_ORDER_MODULE) operations.push(OPERATION_PULL_FROM_ORDER);
  return operations;
}

export function allowedStatuses(processingStatus: number): number[] {
  if (processingStatus === STATUS_INCOMPLETE) return [];
  return SETTABLE_STATUSES.filter((status) => status !== processingStatus);
}

/** Recomputes the derived fields; call after every change of module, processing or applied status. */
export function refreshAllowed(payment: WirePayment): void {
  payment.allowedOperations = allowedOperations(payment);
  payment.allowedStatuses = allowedStatuses(payment.processingStatus);
}
