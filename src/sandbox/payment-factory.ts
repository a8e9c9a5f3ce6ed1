/**
 * Builds stored payments in the wire shape, for the seed and for created or replaced offline payments alike,
 * so both carry the same fields in the same order and the same derived values.
 */
import type { WireModuleData, WirePayment } from '../upstream/b2b/payments-types.js';
import { channelName, companyName, invoiceNumberFor } from './catalog.js';
import { formatUnits } from './money.js';
import { allowedOperations, allowedStatuses } from './state-machine.js';

export interface PaymentLine {
  invoiceId: number;
  /** Ten-thousandths of the currency unit. */
  units: bigint;
}

export interface PaymentFields {
  id: number;
  createdAt: number;
  updatedAt: number;
  storeHash: string;
  customerId: string;
  externalId: string | null;
  externalCustomerId: string | null;
  payerName: string;
  payerCustomerId: string;
  memo: string;
  moduleName: string;
  moduleData: WireModuleData;
  processingStatus: number;
  appliedStatus: number;
  fundingStatus: number;
  currency: string;
  lines: readonly PaymentLine[];
  channelId: string;
}

export function buildPayment(fields: PaymentFields): WirePayment {
  const total = fields.lines.reduce((sum, line) => sum + line.units, 0n);
  return {
    id: fields.id,
    createdAt: fields.createdAt,
    updatedAt: fields.updatedAt,
    storeHash: fields.storeHash,
    customerId: fields.customerId,
    externalId: fields.externalId,
    externalCustomerId: fields.externalCustomerId,
    payerName: fields.payerName,
    payerCustomerId: fields.payerCustomerId,
    details: { memo: fields.memo },
    moduleName: fields.moduleName,
    fees: [],
    moduleData: fields.moduleData,
    processingStatus: fields.processingStatus,
    appliedStatus: fields.appliedStatus,
    fundingStatus: fields.fundingStatus,
    total: { code: fields.currency, value: formatUnits(total) },
    lineItems: fields.lines.map((line) => ({
      paymentId: fields.id,
      invoiceId: line.invoiceId,
      invoiceNumber: invoiceNumberFor(line.invoiceId),
      amount: { code: fields.currency, value: formatUnits(line.units) },
    })),
    customerName: companyName(fields.customerId),
    allowedOperations: allowedOperations(fields),
    allowedStatuses: allowedStatuses(fields.processingStatus),
    channelId: fields.channelId,
    channelName: channelName(fields.channelId),
  };
}
