import { describe, expect, it } from 'vitest';
import { FilteredPaymentsDocument, type FilteredPaymentsQueryVariables } from './gql/graphql.js';
import { useFileStack } from './support/file-stack.js';

const stack = useFileStack();

async function payments(variables: FilteredPaymentsQueryVariables) {
  const { body } = await stack.execute(FilteredPaymentsDocument, variables);
  expect(body.errors).toBeUndefined();
  const page = body.data?.payments;
  if (!page) throw new Error('no payments page');
  return page;
}

/** Decimal strings as exact integers of 1/10000ths, to compare amounts without floats. */
const units = (value: string) => BigInt(value.replace('.', '').padEnd(value.indexOf('.') + 5, '0'));

describe('Query.payments filters', () => {
  it('passes every filter to one GET /payments under its documented name (docs/upstream-contract.md §2.2)', async () => {
    await payments({
      sortBy: 'UPDATED_AT',
      orderBy: 'ASC',
      searchBy: 'EXTERNAL_CUSTOMER_ID',
      q: 'ERP-CUST',
      customerName: 'Acme',
      invoiceId: '7',
      processingStatus: 'COMPLETED',
      channelIds: ['1', '3', '1'],
      first: 5,
    });

    expect(stack.upstreamRequests()).toEqual([
      'GET /payments?sortBy=updatedAt&orderBy=ASC&searchBy=externalCustomerId&q=ERP-CUST&customerName=Acme&invoiceId=7&processingStatus=3&channelIds=1&channelIds=3&offset=0&limit=5',
    ]);
  });

  it('sorts by total amount, smallest first', async () => {
    const page = await payments({ sortBy: 'TOTAL_AMOUNT', orderBy: 'ASC', first: 20 });

    const totals = page.nodes.map((payment) => units(payment.total.value));
    expect(totals).toEqual([...totals].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(page.totalCount).toBe(540);
  });

  it('sorts by creation time, oldest first', async () => {
    const page = await payments({ sortBy: 'CREATED_AT', orderBy: 'ASC', first: 3 });

    expect(page.nodes.map((payment) => payment.id)).toEqual(['1', '2', '3']);
  });

  it('finds one payment by id', async () => {
    const page = await payments({ searchBy: 'ID', q: '117' });

    expect(page.totalCount).toBe(1);
    expect(page.nodes.map((payment) => payment.id)).toEqual(['117']);
  });

  it('searches the ERP payment id', async () => {
    const page = await payments({ searchBy: 'EXTERNAL_ID', q: 'ERP-PAY-002', limit: 250 });

    expect(page.totalCount).toBeGreaterThan(0);
    expect(page.nodes.every((payment) => payment.externalId?.includes('ERP-PAY-002'))).toBe(true);
  });

  it('filters by company name, processing status and channels together, counting over all pages', async () => {
    const page = await payments({
      customerName: 'acme',
      processingStatus: 'COMPLETED',
      channelIds: ['1', '2'],
      limit: 250,
    });

    expect(page.totalCount).toBe(page.nodes.length);
    expect(page.nodes.length).toBeGreaterThan(0);
    for (const payment of page.nodes) {
      expect(payment.customerName).toBe('Acme Industrial Supply');
      expect(payment.processingStatus).toBe('COMPLETED');
      expect(['1', '2']).toContain(payment.channelId);
    }
  });

  it('filters by the read-only status INCOMPLETE', async () => {
    const page = await payments({ processingStatus: 'INCOMPLETE', limit: 250 });

    expect(page.totalCount).toBeGreaterThan(0);
    expect(new Set(page.nodes.map((payment) => payment.processingStatus))).toEqual(new Set(['INCOMPLETE']));
  });

  it('lists the payments of one invoice', async () => {
    const page = await payments({ invoiceId: '141' });

    expect(page.nodes.map((payment) => payment.id)).toContain('117');
    expect(page.nodes.every((payment) => payment.lineItems.some((line) => line.invoiceId === '141'))).toBe(true);
  });

  it('keeps the filters when paging with cursors', async () => {
    const first = await payments({ processingStatus: 'REFUNDED', first: 2 });
    const second = await payments({ processingStatus: 'REFUNDED', first: 2, after: first.pageInfo.endCursor });

    expect(second.nodes.every((payment) => payment.processingStatus === 'REFUNDED')).toBe(true);
    expect(second.nodes.map((payment) => payment.id)).not.toContain(first.nodes[0]?.id);
    expect(stack.upstreamRequests()).toEqual([
      'GET /payments?processingStatus=4&offset=0&limit=2',
      'GET /payments?processingStatus=4&offset=2&limit=2',
    ]);
  });
});
