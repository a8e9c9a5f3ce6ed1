/**
 * The payment records the emulated B2B API answers with, as the sandbox writes them (docs/upstream-contract.md
 * §2.1, §2.5, §2.7a): where the references disagree, the shape the sandbox picked, noted beside the field.
 * Request bodies are typed by their schemas (payments-validation.ts, transactions-validation.ts).
 */

/** Money on the wire: a decimal string with 4 decimals, never a float (§2.1, §7.4). */
export interface WireMoney {
  code: string;
  value: string;
}

/** A card as card transactions carry it (§2.7a). */
export interface WireCard {
  type: string;
  last4: string;
  expiryYear: number;
  expiryMonth: number;
}

/**
 * One entry of `moduleData.transactions` and of GET /payments/{id}/transactions, in the three shapes the
 * references show (§2.9): offline (`memo`), card (`gateway` ... `card`) and unknown (`type` alone).
 */
export interface WireTransaction {
  type: string;
  memo?: string;
  /** `null` for offline and unknown transactions, `""` for card ones, as in the examples (§7.8, §7.25). */
  rawTransaction: string | null;
  gateway?: string;
  transactionId?: string;
  authCode?: string;
  event?: string;
  card?: WireCard;
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
}

/** A payment, the same in GET /payments items and GET /payments/{id} (§2.1): every field, always. */
export interface WirePayment {
  id: number;
  /** Unix seconds. */
  createdAt: number;
  updatedAt: number;
  storeHash: string;
  /** The B2B Edition company id, a string. */
  customerId: string;
  externalId: string | null;
  externalCustomerId: string | null;
  payerName: string;
  payerCustomerId: string;
  details: { memo: string };
  moduleName: string;
  /** Every example is `[]`; the item shape is undocumented (§2.1), so the sandbox never fills it. */
  fees: never[];
  moduleData: WireModuleData;
  processingStatus: number;
  appliedStatus: number;
  fundingStatus: number;
  total: WireMoney;
  lineItems: WireLineItem[];
  /** The company's name; `""` for some, as in the list example. */
  customerName: string;
  allowedOperations: number[];
  allowedStatuses: number[];
  /** A string here, though bodies send an integer (§7.13). */
  channelId: string;
  channelName: string;
}

/** GET /payments/{id}/operations: statuses as strings, as in its example (§2.5, §7.6). */
export interface WirePaymentOperations {
  allowedOperations: number[];
  allowedStatuses: string[];
}

/** `meta.pagination` of GET /payments (§1). */
export interface WirePagination {
  totalCount: number;
  offset: number;
  limit: number;
}
