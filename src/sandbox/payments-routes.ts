/** The nine payments endpoints of docs/upstream-contract.md §2, below the base path `/api/v3/io/ip`. */
import type { RequestBody } from './request.js';
import type { ApiResponse } from './envelope.js';
import { paymentBadRequest, paymentNotFound, parameterError, success, successPage, tooLarge } from './envelope.js';
import { parseListParams } from './list-params.js';
import type { ChangeOutcome, PaymentStore } from './payment-store.js';
import type { Route } from './router.js';
import {
  readOperationCode,
  readProcessingStatus,
  validateNewOfflinePayment,
  validateOfflinePaymentUpdate,
} from './payments-validation.js';

export interface RouteContext {
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  /** Each route says what a missing or malformed body means to it. */
  body: RequestBody;
  store: PaymentStore;
}

export type RouteHandler = (context: RouteContext) => ApiResponse;

const OPERATION_NOT_ALLOWED = 'The payment operation is not allowed.';
const STATUS_NOT_ALLOWED = 'The payment processing status is not allowed.';
const ONLY_OFFLINE = 'Only offline payments can be updated.';

/** `/payments/offline` precedes `/payments/:id`, so GET /payments/offline reads payment "offline": a 404. */
export const PAYMENT_ROUTES: ReadonlyArray<Route<RouteHandler>> = [
  { method: 'GET', pattern: '/payments', handler: listPayments },
  { method: 'POST', pattern: '/payments/offline', handler: createOfflinePayment },
  { method: 'PUT', pattern: '/payments/offline/:id', handler: updateOfflinePayment },
  { method: 'GET', pattern: '/payments/:id', handler: getPayment },
  { method: 'DELETE', pattern: '/payments/:id', handler: deletePayment },
  { method: 'GET', pattern: '/payments/:id/operations', handler: getOperations },
  { method: 'POST', pattern: '/payments/:id/operations', handler: performOperation },
  { method: 'PUT', pattern: '/payments/:id/processing-status', handler: setProcessingStatus },
  { method: 'GET', pattern: '/payments/:id/transactions', handler: getTransactions },
];

/**
 * Ids are positive integers; anything else ("1.1", the docs' curl sample) names no payment (docs/upstream-contract.md
 * §7.1).
 */
function paymentId(params: RouteContext['params']): number | undefined {
  const raw = params.id ?? '';
  return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : undefined;
}

function withPayment(context: RouteContext, respond: (id: number) => ApiResponse): ApiResponse {
  const id = paymentId(context.params);
  return id === undefined ? paymentNotFound() : respond(id);
}

function listPayments({ query, store }: RouteContext): ApiResponse {
  const outcome = parseListParams(query);
  if (outcome.kind === 'invalid') return parameterError(outcome.errors);
  if (outcome.kind === 'too-large') return tooLarge();
  const { page, totalCount } = store.list(outcome.query);
  return successPage(page, { totalCount, offset: outcome.query.offset, limit: outcome.query.limit });
}

function getPayment(context: RouteContext): ApiResponse {
  return withPayment(context, (id) => {
    const payment = context.store.get(id);
    return payment === undefined ? paymentNotFound() : success(payment);
  });
}

function deletePayment(context: RouteContext): ApiResponse {
  return withPayment(context, (id) => (context.store.delete(id) ? success({ id }) : paymentNotFound()));
}

/**
 * Statuses are strings here and the message is "Success", as in the docs example (docs/upstream-contract.md §2.5,
 * §7.6).
 */
function getOperations(context: RouteContext): ApiResponse {
  return withPayment(context, (id) => {
    const payment = context.store.get(id);
    if (payment === undefined) return paymentNotFound();
    const data = {
      allowedOperations: payment.allowedOperations,
      allowedStatuses: payment.allowedStatuses.map(String),
    };
    return success(data, 'Success');
  });
}

function getTransactions(context: RouteContext): ApiResponse {
  return withPayment(context, (id) => {
    const payment = context.store.get(id);
    return payment === undefined ? paymentNotFound() : success(payment.moduleData.transactions);
  });
}

/**
 * These two document only 200 and 400 (docs/upstream-contract.md §2.6, §2.7), so a body without a code they
 * know gets the documented 400, as a code the payment does not allow does.
 */
function performOperation(context: RouteContext): ApiResponse {
  return withPayment(context, (id) => {
    if (context.store.get(id) === undefined) return paymentNotFound();
    const operationCode = readOperationCode(context.body);
    if (operationCode === undefined) return paymentBadRequest(OPERATION_NOT_ALLOWED);
    return changeResponse(context.store.performOperation(id, operationCode), { id }, OPERATION_NOT_ALLOWED);
  });
}

function setProcessingStatus(context: RouteContext): ApiResponse {
  return withPayment(context, (id) => {
    if (context.store.get(id) === undefined) return paymentNotFound();
    const status = readProcessingStatus(context.body);
    if (status === undefined) return paymentBadRequest(STATUS_NOT_ALLOWED);
    return changeResponse(context.store.setProcessingStatus(id, status), { id }, STATUS_NOT_ALLOWED);
  });
}

function createOfflinePayment({ body, store }: RouteContext): ApiResponse {
  const payment = validateNewOfflinePayment(body);
  if (!payment.ok) return parameterError(payment.errors);
  return success({ paymentId: store.createOfflinePayment(payment.value) });
}

function updateOfflinePayment(context: RouteContext): ApiResponse {
  return withPayment(context, (id) => {
    if (context.store.get(id) === undefined) return paymentNotFound();
    const payment = validateOfflinePaymentUpdate(context.body);
    if (!payment.ok) return parameterError(payment.errors);
    return changeResponse(context.store.updateOfflinePayment(id, payment.value), { paymentId: id }, ONLY_OFFLINE);
  });
}

function changeResponse(outcome: ChangeOutcome, data: unknown, notAllowed: string): ApiResponse {
  switch (outcome) {
    case 'done':
      return success(data);
    case 'not-found':
      return paymentNotFound();
    case 'not-allowed':
      return paymentBadRequest(notAllowed);
  }
}
