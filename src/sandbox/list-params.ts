/**
 * Query parameters of GET /payments (CONTRACT.md 2.2), validated. The contract documents no default or maximum
 * for `limit`; the sandbox uses the shared pagination model's: default 10, 1..250, over 250 is the documented 413.
 * An empty value (`q=`, `offset=`) counts as not given, as the docs say of an empty `searchBy`.
 */
import type { ListPaymentsParams } from '../upstream/b2b/payments-types.js';
import { addError, atLeast, hasErrors, NOT_AN_INTEGER, notAChoice, type FieldErrors } from './field-errors.js';

export interface ListQuery extends ListPaymentsParams {
  offset: number;
  limit: number;
  orderBy: 'ASC' | 'DESC';
}

export type ListParamsOutcome =
  | { kind: 'valid'; query: ListQuery }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'too-large' };

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 250;

const SORT_FIELDS = [
  'moduleName',
  'processingStatus',
  'appliedStatus',
  'createdAt',
  'customerId',
  'externalCustomerId',
  'fundingStatus',
  'updatedAt',
  'totalAmount',
] as const satisfies ReadonlyArray<ListPaymentsParams['sortBy']>;
const SEARCH_FIELDS = ['id', 'customerId', 'externalId', 'externalCustomerId'] as const satisfies ReadonlyArray<
  ListPaymentsParams['searchBy']
>;
const ORDERS = ['ASC', 'DESC'] as const;
const PROCESSING_STATUSES = ['0', '1', '2', '3', '4'];

export function parseListParams(params: URLSearchParams): ListParamsOutcome {
  const errors: FieldErrors = {};
  const read = (name: string): string | undefined => {
    // A repeated scalar takes its last value, as Django's QueryDict.get does.
    const value = params.getAll(name).at(-1);
    return value === '' ? undefined : value;
  };

  const offset = readInteger(read('offset'), 'offset', 0, errors);
  const limit = readInteger(read('limit'), 'limit', 1, errors);
  const processingStatus = read('processingStatus');
  if (processingStatus !== undefined && !PROCESSING_STATUSES.includes(processingStatus)) {
    addError(errors, 'processingStatus', notAChoice(processingStatus));
  }
  const query: ListQuery = {
    offset: offset ?? 0,
    limit: limit ?? DEFAULT_LIMIT,
    orderBy: readChoice(read('orderBy'), 'orderBy', ORDERS, errors) ?? 'DESC',
    sortBy: readChoice(read('sortBy'), 'sortBy', SORT_FIELDS, errors),
    searchBy: readChoice(read('searchBy'), 'searchBy', SEARCH_FIELDS, errors),
    q: read('q'),
    customerName: read('customerName'),
    invoiceId: readInteger(read('invoiceId'), 'invoiceId', 0, errors),
    processingStatus: processingStatus === undefined ? undefined : Number(processingStatus),
    channelIds: readChannelIds(params, errors),
  };

  if (hasErrors(errors)) return { kind: 'invalid', errors };
  if (query.limit > MAX_LIMIT) return { kind: 'too-large' };
  return { kind: 'valid', query };
}

function readInteger(value: string | undefined, name: string, minimum: number, errors: FieldErrors) {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) {
    addError(errors, name, NOT_AN_INTEGER);
    return undefined;
  }
  const integer = Number(value);
  if (integer >= minimum) return integer;
  addError(errors, name, atLeast(minimum));
  return undefined;
}

function readChoice<T extends string>(
  value: string | undefined,
  name: string,
  choices: readonly T[],
  errors: FieldErrors,
): T | undefined {
  if (value === undefined) return undefined;
  const choice = choices.find((candidate) => candidate === value);
  if (choice === undefined) addError(errors, name, notAChoice(value));
  return choice;
}

/**
 * The serialization of `channelIds` is unspecified (CONTRACT.md 8.7): accept repeated `channelIds=1&channelIds=2`
 * (the OpenAPI default the gateway sends), `channelIds[]=1`, and comma-separated `channelIds=1,2`.
 */
function readChannelIds(params: URLSearchParams, errors: FieldErrors): number[] | undefined {
  const values = [...params.getAll('channelIds'), ...params.getAll('channelIds[]')]
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  if (values.length === 0) return undefined;
  if (values.some((value) => !/^\d+$/.test(value))) {
    addError(errors, 'channelIds', NOT_AN_INTEGER);
    return undefined;
  }
  return values.map(Number);
}
