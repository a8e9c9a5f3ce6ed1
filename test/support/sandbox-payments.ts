/** Test setup straight against the sandbox, past the gateway: payments to search for, and the store as it is. */
import type { Sandbox } from '../../src/sandbox/server.js';
import { TEST_CREDENTIALS } from './stack.js';

const HEADERS = { 'x-auth-token': TEST_CREDENTIALS.authToken, 'x-store-hash': TEST_CREDENTIALS.storeHash };

/** Records an offline payment of one invoice for a company, as a client of the upstream would; its id. */
export async function createPaymentFor(sandbox: Sandbox, customerId: string, invoiceId: number): Promise<number> {
  const response = await fetch(`${sandbox.baseUrl}/payments/offline`, {
    method: 'POST',
    headers: { ...HEADERS, 'content-type': 'application/json' },
    body: JSON.stringify({ lineItems: [{ invoiceId, amount: '10.00' }], currency: 'USD', details: {}, customerId }),
  });
  const { data } = (await response.json()) as { data: { paymentId: number } };
  return data.paymentId;
}

/** GET /payments on the sandbox with these parameters: the page's ids and customer ids, and the total. */
export async function sandboxPayments(
  sandbox: Sandbox,
  query: Record<string, string>,
): Promise<{ payments: Array<{ id: number; customerId: string }>; totalCount: number }> {
  const response = await fetch(`${sandbox.baseUrl}/payments?${new URLSearchParams(query)}`, { headers: HEADERS });
  const body = (await response.json()) as {
    data: Array<{ id: number; customerId: string }>;
    meta: { pagination: { totalCount: number } };
  };
  return { payments: body.data, totalCount: body.meta.pagination.totalCount };
}
