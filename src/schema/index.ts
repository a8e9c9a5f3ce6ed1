/**
 * The gateway's schema, grouped by type: each folder holds a type with its root fields, inputs, enums
 * and mutations.
 *
 *   scalars.ts                DateTime, Decimal, JSON
 *   errors.ts                 MutationError, FieldError, InvalidInputError: the one error model of every mutation
 *   failures.ts               the error classes behind those types, and how field paths are written
 *   inputs.ts                 rules every input shares (ids, text), the idempotencyKey field
 *   payment/                  Payment and its parts, Query.payment(s), PaymentConnection, filters, enums,
 *                             inputs and the five payment mutations
 *   transaction-recording/    recordPurchaseTransaction, recordAuthorizationTransaction, their inputs and outcomes
 *   federation/               Company and Invoice (entities other subgraphs own), Payment.company,
 *                             LineItem.invoice, Company.payments, Invoice.payments; plumbing.ts describes
 *                             `_entities` and `_service` for GraphiQL
 */
import { builder } from './builder.js';
import { describeFederationPlumbing } from './federation/plumbing.js';
import './scalars.js';
import './payment/queries.js';
import './payment/mutations.js';
import './transaction-recording/mutations.js';
import './federation/company.js';
import './federation/invoice.js';

builder.queryType({ description: 'Reads of B2B Edition payments.' });
builder.mutationType({
  description:
    'Writes to B2B Edition payments and BigCommerce payment transactions. None is sent again once it may have reached the upstream; an `idempotencyKey` makes client retries safe.',
});

/**
 * Built once at start: a Federation 2 subgraph (`_entities`, `_service`), which also serves clients directly.
 */
export const schema = describeFederationPlumbing(builder.toSubGraphSchema({}));
