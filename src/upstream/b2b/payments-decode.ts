import { UpstreamError } from '../errors.js';
import { isRecord } from '../json.js';
import type {
  WireLineItem,
  WireMoney,
  WirePagination,
  WirePayment,
  WirePaymentOperations,
  WireTransaction,
} from './payments-types.js';

/**
 * Checks upstream payment bodies and normalises the loose values the references allow (numbers sent as
 * strings, `allowedStatuses` as `"1"`, nullable ids: docs/upstream-contract.md §7) so resolvers see one shape.
 * A body that cannot be read as documented fails with UPSTREAM_BAD_RESPONSE instead of a wrong answer.
 */
class Decoder {
  constructor(private readonly endpoint: string) {}

  fail(what: string): never {
    throw new UpstreamError('UPSTREAM_BAD_RESPONSE', { endpoint: this.endpoint, reason: what });
  }

  record(value: unknown, what: string): Record<string, unknown> {
    return isRecord(value) ? value : this.fail(`${what} is not an object`);
  }

  array(value: unknown, what: string): unknown[] {
    return Array.isArray(value) ? value : this.fail(`${what} is not an array`);
  }

  number(value: unknown, what: string): number {
    const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : this.fail(`${what} is not a number`);
  }

  string(value: unknown, what: string): string {
    if (typeof value === 'string') return value;
    return typeof value === 'number' ? String(value) : this.fail(`${what} is not a string`);
  }

  optionalString(value: unknown, what: string): string | null {
    return value === null || value === undefined ? null : this.string(value, what);
  }

  money(value: unknown, what: string): WireMoney {
    const money = this.record(value, what);
    return { code: this.string(money['code'], `${what}.code`), value: this.string(money['value'], `${what}.value`) };
  }

  codes(value: unknown, what: string): number[] {
    return value === undefined || value === null
      ? []
      : this.array(value, what).map((item, index) => this.number(item, `${what}[${index}]`));
  }

  lineItem(value: unknown, what: string): WireLineItem {
    const item = this.record(value, what);
    return {
      paymentId: this.number(item['paymentId'], `${what}.paymentId`),
      invoiceId: this.number(item['invoiceId'], `${what}.invoiceId`),
      invoiceNumber: this.optionalString(item['invoiceNumber'], `${what}.invoiceNumber`) ?? '',
      amount: this.money(item['amount'], `${what}.amount`),
    };
  }

  transaction(value: unknown, what: string): WireTransaction {
    const item = this.record(value, what);
    return { ...item, type: this.string(item['type'], `${what}.type`) } as WireTransaction;
  }

  payment(value: unknown): WirePayment {
    const raw = this.record(value, 'payment');
    const moduleData = isRecord(raw['moduleData']) ? raw['moduleData'] : {};
    const transactions = moduleData['transactions'] ?? [];
    const details = isRecord(raw['details']) ? raw['details'] : {};
    return {
      ...(raw as unknown as WirePayment),
      id: this.number(raw['id'], 'payment.id'),
      createdAt: this.number(raw['createdAt'], 'payment.createdAt'),
      updatedAt: this.number(raw['updatedAt'], 'payment.updatedAt'),
      storeHash: this.optionalString(raw['storeHash'], 'payment.storeHash') ?? '',
      customerId: this.string(raw['customerId'], 'payment.customerId'),
      externalId: this.optionalString(raw['externalId'], 'payment.externalId'),
      externalCustomerId: this.optionalString(raw['externalCustomerId'], 'payment.externalCustomerId'),
      payerName: this.optionalString(raw['payerName'], 'payment.payerName') ?? '',
      payerCustomerId: this.optionalString(raw['payerCustomerId'], 'payment.payerCustomerId') ?? '',
      details: details as WirePayment['details'],
      moduleName: this.string(raw['moduleName'], 'payment.moduleName'),
      fees: Array.isArray(raw['fees']) ? raw['fees'] : [],
      moduleData: {
        ...moduleData,
        transactions: this.array(transactions, 'payment.moduleData.transactions').map((item, index) =>
          this.transaction(item, `payment.moduleData.transactions[${index}]`),
        ),
      },
      processingStatus: this.number(raw['processingStatus'], 'payment.processingStatus'),
      appliedStatus: this.number(raw['appliedStatus'], 'payment.appliedStatus'),
      fundingStatus: this.number(raw['fundingStatus'], 'payment.fundingStatus'),
      total: this.money(raw['total'], 'payment.total'),
      lineItems: this.array(raw['lineItems'], 'payment.lineItems').map((item, index) =>
        this.lineItem(item, `payment.lineItems[${index}]`),
      ),
      customerName: this.optionalString(raw['customerName'], 'payment.customerName') ?? '',
      allowedOperations: this.codes(raw['allowedOperations'], 'payment.allowedOperations'),
      allowedStatuses: this.codes(raw['allowedStatuses'], 'payment.allowedStatuses'),
      ...(raw['channelId'] !== undefined &&
        raw['channelId'] !== null && {
          channelId: this.string(raw['channelId'], 'payment.channelId'),
        }),
    };
  }

  pagination(value: unknown): WirePagination {
    const raw = this.record(value, 'meta.pagination');
    return {
      totalCount: this.number(raw['totalCount'], 'meta.pagination.totalCount'),
      offset: this.number(raw['offset'], 'meta.pagination.offset'),
      limit: this.number(raw['limit'], 'meta.pagination.limit'),
    };
  }
}

/** Fields the detail always has and a list item may leave out (docs/upstream-contract.md §2.1); decoded as empty. */
export const DETAIL_ONLY_FIELDS = ['details', 'fees', 'moduleData', 'allowedOperations', 'allowedStatuses'] as const;
export type DetailOnlyField = (typeof DETAIL_ONLY_FIELDS)[number];

/**
 * A page of payments, with the detail-only fields each item really carried: only those may stand in for a
 * detail call (an item with all of them stands in for the whole detail).
 */
export interface DecodedPaymentPage {
  payments: WirePayment[];
  carried: Array<ReadonlySet<DetailOnlyField>>;
  pagination: WirePagination;
}

/** A null counts as left out: the decoder turns it into an empty default that only a detail call can confirm. */
function carriedDetailFields(raw: unknown): ReadonlySet<DetailOnlyField> {
  if (!isRecord(raw)) return new Set();
  return new Set(DETAIL_ONLY_FIELDS.filter((field) => raw[field] !== undefined && raw[field] !== null));
}

export function decodePayment(endpoint: string, data: unknown): WirePayment {
  return new Decoder(endpoint).payment(data);
}

export function decodePaymentPage(endpoint: string, data: unknown, meta: Record<string, unknown>): DecodedPaymentPage {
  const decoder = new Decoder(endpoint);
  const items = decoder.array(data, 'data');
  return {
    payments: items.map((item) => decoder.payment(item)),
    carried: items.map(carriedDetailFields),
    pagination: decoder.pagination(meta['pagination']),
  };
}

export function decodeTransactions(endpoint: string, data: unknown): WireTransaction[] {
  const decoder = new Decoder(endpoint);
  return decoder.array(data, 'data').map((item, index) => decoder.transaction(item, `data[${index}]`));
}

export function decodeOperations(endpoint: string, data: unknown): WirePaymentOperations {
  const decoder = new Decoder(endpoint);
  const raw = decoder.record(data, 'data');
  return {
    allowedOperations: decoder.codes(raw['allowedOperations'], 'data.allowedOperations'),
    allowedStatuses: decoder.codes(raw['allowedStatuses'], 'data.allowedStatuses'),
  };
}

/**
 * Reads `data.<field>` as a numeric id, for write responses such as `{ id }` and `{ paymentId }`. A write
 * answered 2xx took effect, so an id the gateway cannot read is OUTCOME_UNKNOWN, never a plain failure.
 */
export function decodeId(endpoint: string, data: unknown, field: 'id' | 'paymentId'): number {
  const decoder = new Decoder(endpoint);
  try {
    return decoder.number(decoder.record(data, 'data')[field], `data.${field}`);
  } catch (error) {
    throw error instanceof UpstreamError ? new UpstreamError('OUTCOME_UNKNOWN', error.details) : error;
  }
}
