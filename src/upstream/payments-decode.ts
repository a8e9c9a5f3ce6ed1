import { UpstreamError } from './errors.js';
import { isRecord } from './json.js';
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
 * strings, `allowedStatuses` as `"1"`, nullable ids: CONTRACT.md 7) so resolvers see one shape.
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
      ...(raw['channelId'] !== undefined && raw['channelId'] !== null && {
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

/** A page of payments, with which items carried every detail field (and so may prime the detail loader). */
export interface DecodedPaymentPage {
  payments: WirePayment[];
  complete: boolean[];
  pagination: WirePagination;
}

const DETAIL_ONLY_FIELDS = ['details', 'fees', 'moduleData', 'allowedOperations', 'allowedStatuses'];

/** A list item may stand in for a detail call only when it carried every detail-only field. */
function hasDetailFields(raw: unknown): boolean {
  return isRecord(raw) && DETAIL_ONLY_FIELDS.every((field) => field in raw);
}

export function decodePayment(endpoint: string, data: unknown): WirePayment {
  return new Decoder(endpoint).payment(data);
}

export function decodePaymentPage(
  endpoint: string,
  data: unknown,
  meta: Record<string, unknown>,
): DecodedPaymentPage {
  const decoder = new Decoder(endpoint);
  const items = decoder.array(data, 'data');
  return {
    payments: items.map((item) => decoder.payment(item)),
    complete: items.map(hasDetailFields),
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

/** Reads `data.<field>` as a numeric id, for write responses such as `{ id }` and `{ paymentId }`. */
export function decodeId(endpoint: string, data: unknown, field: 'id' | 'paymentId'): number {
  const decoder = new Decoder(endpoint);
  return decoder.number(decoder.record(data, 'data')[field], `data.${field}`);
}
