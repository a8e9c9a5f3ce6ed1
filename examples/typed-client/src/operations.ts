import { graphql } from './gql/index.js';

/** One payment with its invoices: `total.value` and `createdAt` are typed `string` (Decimal, DateTime). */
export const PaymentQuery = graphql(`
  query Payment($id: ID!) {
    payment(id: $id) {
      id
      processingStatus
      createdAt
      total { currencyCode value }
      lineItems { invoiceNumber amount { currencyCode value } }
    }
  }
`);

/** A filtered, sorted page: the enums are string unions, the page info gives the next cursor. */
export const InvoicePaymentsQuery = graphql(`
  query InvoicePayments($invoiceId: ID!, $sortBy: PaymentSortField, $orderBy: SortOrder, $first: Int) {
    payments(invoiceId: $invoiceId, sortBy: $sortBy, orderBy: $orderBy, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id processingStatus total { currencyCode value } }
    }
  }
`);

/** A write with an idempotency key: sent again with the same key, it answers the first result. */
export const CreateOfflinePaymentMutation = graphql(`
  mutation CreateOfflinePayment($input: CreateOfflinePaymentInput!) {
    createOfflinePayment(input: $input) {
      __typename
      ... on CreateOfflinePaymentSuccess { paymentId }
      ... on MutationError { code message }
      ... on InvalidInputError { fieldErrors { field messages } }
    }
  }
`);

/** A page shown at once, each payment's transactions (one upstream call each) arriving as they come. */
export const PaymentsWithDeferredTransactionsQuery = graphql(`
  query PaymentsWithDeferredTransactions($first: Int) {
    payments(first: $first) {
      nodes {
        id
        total { currencyCode value }
        ... @defer { transactions { type } }
      }
    }
  }
`);
