/**
 * Wire shapes of the B2B Edition payments endpoints (docs/upstream-contract.md §2), as the upstream sends them
 * and as the gateway sends its bodies. Types say what the references promise; readers still accept the
 * looser values noted beside each field: the real API may send what the references contradict
 * (docs/upstream-contract.md §7).
 */

/** Money on the wire: a decimal string, never a float (docs/upstream-contract.md §2.1, §7.4). */
export interface WireMoney {
  code: string;
  value: string;
}

/** An item of `moduleData.transactions` and GET /payments/{id}/transactions (docs/upstream-contract.md §2.7a, 2.9). */
export interface WireTransaction {
  type: string;
  memo?: string;
  /** `null`, `""`, an array or an object depending on the reference (docs/upstream-contract.md §7.8, §7.25). */
  rawTransaction?: unknown;
  gateway?: string;
  transactionId?: string;
  authCode?: string | null;
  event?: string;
  card?: WireCard;
}

export interface WireCard {
  type: string;
  last4: string;
  expiryYear: number;
  expiryMonth: number;
}

export interface WireLineItem {
  paymentId: number;
  invoiceId: number;
  invoiceNumber: string;
  amount: WireMoney;
}

export interface WireModuleData {
  transactions: WireTransaction[];
  /** `payments_bigcommerce_sales_order` only. */
  cartId?: string;
  /** `payments_bigcommerce_sales_order` only: the BigCommerce order id. */
  orderId?: number;
  [key: string]: unknown;
}

/** A payment as GET /payments lists it (docs/upstream-contract.md §2.1, list item). */
export interface WirePaymentSummary {
  id: number;
  createdAt: number;
  updatedAt: number;
  storeHash: string;
  customerId: string;
  externalId: string | null;
  externalCustomerId: string | null;
  payerName: string;
  payerCustomerId: string;
  details?: { memo?: string };
  moduleName: string;
  fees?: unknown[];
  moduleData?: WireModuleData;
  processingStatus: number;
  appliedStatus: number;
  fundingStatus: number;
  total: WireMoney;
  lineItems: WireLineItem[];
  customerName: string;
  /** Numbers in list and detail; the decoder also accepts numeric strings (docs/upstream-contract.md §7.6). */
  allowedOperations?: number[];
  allowedStatuses?: number[];
  channelId?: string;
  channelName?: string;
}

/** A payment as GET /payments/{id} returns it: the detail adds the fields the list may omit. */
export interface WirePayment extends WirePaymentSummary {
  details: { memo?: string };
  fees: unknown[];
  moduleData: WireModuleData;
  allowedOperations: number[];
  allowedStatuses: number[];
}

/** GET /payments/{id}/operations: items untyped upstream, sent as strings (docs/upstream-contract.md §7.6). */
export interface WirePaymentOperations {
  allowedOperations: Array<number | string>;
  allowedStatuses: Array<number | string>;
}

export interface WirePagination {
  totalCount: number;
  offset: number;
  limit: number;
}

/** Query parameters of GET /payments (docs/upstream-contract.md §2.2). */
export interface ListPaymentsParams {
  offset?: number;
  limit?: number;
  orderBy?: 'ASC' | 'DESC';
  sortBy?:
    | 'moduleName'
    | 'processingStatus'
    | 'appliedStatus'
    | 'createdAt'
    | 'customerId'
    | 'externalCustomerId'
    | 'fundingStatus'
    | 'updatedAt'
    | 'totalAmount';
  searchBy?: 'id' | 'customerId' | 'externalId' | 'externalCustomerId';
  q?: string;
  customerName?: string;
  invoiceId?: number;
  processingStatus?: number;
  /** Sent as repeated `channelIds=1&channelIds=2` (OpenAPI form/explode default, docs/upstream-contract.md §2.2). */
  channelIds?: number[];
}

/** Body of POST /payments/offline (docs/upstream-contract.md §2.7b). */
export interface OfflinePaymentBody {
  lineItems: Array<{ invoiceId: number; amount: string }>;
  currency: string;
  details: { memo?: string };
  customerId: string;
  externalId?: string;
  externalCustomerId?: string;
  payerName?: string;
  payerCustomerId?: string;
  processingStatus?: number;
  channelId?: number;
}

/** Body of PUT /payments/offline/{id}: the create body plus `fundingStatus` (docs/upstream-contract.md §2.7c). */
export interface OfflinePaymentUpdateBody extends OfflinePaymentBody {
  fundingStatus?: number;
}
