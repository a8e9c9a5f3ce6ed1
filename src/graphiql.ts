import type { GraphiQLOptions } from 'graphql-yoga';
import type { AuthMode } from './credentials.js';

/** A GraphiQL tab: an example operation, with the variables it runs with. */
interface ExampleTab {
  query: string;
  variables?: Record<string, unknown>;
}

/** The operations GraphiQL opens with, one tab each: the main shapes a client asks for. */
const EXAMPLE_TABS: ExampleTab[] = [
  {
    query: `# One payment with its line items, transactions and allowed operations,
# in one round trip. To see what it cost upstream, add the header
# "X-Upstream-Report": "1" (Headers, below): the answer's extensions say.
query PaymentWithEverything {
  payment(id: "117") {
    id
    processingStatus
    total { currencyCode value }
    lineItems { invoiceId invoiceNumber amount { currencyCode value } }
    transactions { type }
    operations { allowedOperations allowedStatuses }
  }
}
`,
  },
  {
    query: `# A filtered, sorted page: every filter of GET /payments, enums for closed sets.
query FilteredPayments($invoiceId: ID, $sortBy: PaymentSortField, $orderBy: SortOrder, $first: Int, $after: String) {
  payments(invoiceId: $invoiceId, sortBy: $sortBy, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id processingStatus createdAt total { currencyCode value } }
  }
}
`,
    variables: { invoiceId: '141', sortBy: 'TOTAL_AMOUNT', orderBy: 'DESC', first: 2 },
  },
  {
    query: `# The page first, then each payment's transactions (one upstream call
# each) as they arrive.
query PaymentsWithDeferredTransactions {
  payments(first: 10) {
    nodes {
      id
      total { currencyCode value }
      ... @defer { transactions { type gateway event } }
    }
  }
}
`,
  },
  {
    query: `# Records an offline payment (on a real store too: this writes). Run it
# twice: the same idempotencyKey answers the first result without writing
# again; change the key to write anew.
mutation CreateOfflinePayment($input: CreateOfflinePaymentInput!) {
  createOfflinePayment(input: $input) {
    __typename
    ... on CreateOfflinePaymentSuccess { paymentId payment { id processingStatus total { currencyCode value } } }
    ... on MutationError { code message }
    ... on InvalidInputError { fieldErrors { field messages } }
  }
}
`,
    variables: {
      input: {
        customerId: '6041',
        currencyCode: 'GBP',
        lineItems: [{ invoiceId: '141', amount: '20.00' }],
        memo: 'Check 1042',
        idempotencyKey: 'graphiql-example-1',
      },
    },
  },
];

/** What a per-request caller sends: both headers, to fill in. */
const PER_REQUEST_HEADERS = { 'X-Auth-Token': '', 'X-Store-Hash': '' };
const PER_REQUEST_HINT = '# Fill in X-Auth-Token and X-Store-Hash under Headers, below.\n';

/**
 * GraphiQL's options: one tab per example operation. With per-request credentials, every tab (and every
 * new one) opens with the two credential headers to fill in, and the Headers editor open. Every tab has
 * the same headers: GraphiQL shows `defaultHeaders`, not the first tab's own, until another tab is chosen.
 */
export function graphiqlOptions(authMode: AuthMode['kind']): GraphiQLOptions {
  const perRequest = authMode === 'per-request';
  const json = (value: object) => JSON.stringify(value, null, 2);
  const headers = perRequest ? json(PER_REQUEST_HEADERS) : null;
  return {
    title: 'B2B payments gateway',
    defaultTabs: EXAMPLE_TABS.map(({ query, variables }) => ({
      query: perRequest ? PER_REQUEST_HINT + query : query,
      variables: variables ? json(variables) : null,
      headers,
    })),
    ...(headers && { defaultHeaders: headers, defaultEditorToolsVisibility: 'headers' }),
  };
}
