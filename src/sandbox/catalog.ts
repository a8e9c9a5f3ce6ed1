/**
 * Reference data the seeded payments point at: companies, their invoices and the store's channels.
 * It is read-only and the same for every store hash, so it is built once at import.
 */
import { Random } from './prng.js';

export interface Company {
  /** B2B Edition company id, a string on the payments wire (docs/upstream-contract.md §2.1). */
  id: string;
  /** `""` for a few companies: the list example carries `customerName: ""` (docs/upstream-contract.md §7.11). */
  name: string;
  currency: string;
  externalCustomerId: string | null;
}

export interface Invoice {
  id: number;
  invoiceNumber: string;
  customerId: string;
}

// [id, name, currency, has an ERP id]. 6041 is the company of the docs' payment 117 (GBP).
const COMPANY_ROWS: ReadonlyArray<readonly [string, string, string, boolean]> = [
  ['6041', 'John Doe', 'GBP', false],
  ['1187', 'Acme Industrial Supply', 'USD', true],
  ['1203', 'Northwind Traders', 'USD', true],
  ['1318', 'Blue Harbor Marine', 'CAD', false],
  ['1422', 'Cascade Outdoor Gear', 'USD', true],
  ['1590', '', 'USD', false],
  ['2034', 'Silk Road Textiles', 'EUR', true],
  ['2117', 'ABC123', 'USD', false],
  ['2250', 'Maple Leaf Hardware', 'CAD', true],
  ['2398', 'Brightline Electrical', 'GBP', true],
  ['2476', 'Keystone Builders', 'USD', false],
  ['2609', '', 'EUR', false],
  ['2751', 'Summit Medical Supplies', 'USD', true],
  ['2893', 'Evergreen Landscaping', 'USD', false],
  ['3012', 'Polar Cold Chain', 'CAD', true],
  ['3156', 'Thames Valley Fixings', 'GBP', false],
  ['3299', 'Rhine Logistics GmbH', 'EUR', true],
  ['3405', 'Redwood Furniture Co', 'USD', true],
  ['3577', 'Copperfield Plumbing', 'USD', false],
  ['3688', 'Atlas Office Systems', 'USD', true],
  ['3810', '', 'CAD', false],
  ['3964', 'Lakeside Dental Group', 'USD', false],
  ['4102', 'Meridian Foods', 'EUR', true],
  ['4237', 'Granite State Tools', 'USD', true],
  ['4385', 'Harbourfront Catering', 'GBP', false],
  ['4519', 'Ironclad Safety Equipment', 'USD', true],
  ['4660', 'Prairie Agri Supply', 'CAD', false],
  ['4801', 'Lumen Lighting BV', 'EUR', true],
  ['4933', 'Orchard Fresh Produce', 'USD', false],
  ['5078', 'Vertex Aerospace Parts', 'USD', true],
];

const INVOICE_COUNT = 360;
/**
 * The docs' payment 117 pays invoice 141 of company 6041 (docs/upstream-contract.md §2.1); the seed adds 142 and 143.
 */
const DOCS_INVOICE_IDS = new Set([141, 142, 143]);
const DOCS_COMPANY_ID = '6041';

export const COMPANIES: readonly Company[] = COMPANY_ROWS.map(([id, name, currency, hasErpId]) => ({
  id,
  name,
  currency,
  externalCustomerId: hasErpId ? `ERP-CUST-${id}` : null,
}));

const companiesById = new Map(COMPANIES.map((company) => [company.id, company]));

const CHANNELS = new Map([
  ['1', 'Online Store'],
  ['2', 'Wholesale Portal'],
  ['3', 'EU Storefront'],
]);

const invoicesById = new Map<number, Invoice>();
const invoicesByCompany = new Map<string, Invoice[]>();
{
  const random = new Random(0x14f01ce);
  for (let id = 1; id <= INVOICE_COUNT; id++) {
    const customerId = DOCS_INVOICE_IDS.has(id) ? DOCS_COMPANY_ID : random.pick(COMPANIES).id;
    const invoice = { id, invoiceNumber: formatInvoiceNumber(id), customerId };
    invoicesById.set(id, invoice);
    const owned = invoicesByCompany.get(customerId) ?? [];
    owned.push(invoice);
    invoicesByCompany.set(customerId, owned);
  }
}

/** Invoice numbers in the docs are the id zero-padded to 8 digits ("00000141"). */
function formatInvoiceNumber(invoiceId: number): string {
  return String(invoiceId).padStart(8, '0');
}

export function companyName(customerId: string): string {
  return companiesById.get(customerId)?.name ?? '';
}

export function invoicesOf(customerId: string): readonly Invoice[] {
  return invoicesByCompany.get(customerId) ?? [];
}

/** An unknown invoice (created payments may name any id) still gets a number of the usual shape. */
export function invoiceNumberFor(invoiceId: number): string {
  return invoicesById.get(invoiceId)?.invoiceNumber ?? formatInvoiceNumber(invoiceId);
}

export function channelName(channelId: string): string {
  return CHANNELS.get(channelId) ?? '';
}
