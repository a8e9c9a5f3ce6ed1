/**
 * The capacity bench's users: a support team of one store. Each user has a few filtered payment pages of
 * the team's (25 payments with their transactions), revisits them, opens payments seen on them (one
 * payment with everything) and now and then writes (5 %: a keyed `createOfflinePayment` or
 * `updatePaymentProcessingStatus`), with think time between steps.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { buildSchema, Kind, parse, print, validate, type DocumentNode } from 'graphql';
import { Random } from '../../src/sandbox/prng.js';
import {
  CreateOfflinePaymentDocument,
  PaymentWithEverythingDocument,
  UpdatePaymentProcessingStatusDocument,
  type PaymentProcessingStatus,
  type SettablePaymentProcessingStatus,
} from '../../test/gql/graphql.js';
import { offlinePayment } from '../../test/support/offline-payment.js';
import { field } from './answers.js';

export type StepKind = 'page' | 'payment' | 'write';

/** One request of a user: the JSON body sent to the gateway. */
export interface Step {
  kind: StepKind;
  body: string;
}

interface PageFilter {
  processingStatus?: PaymentProcessingStatus;
  customerName?: string;
}

/** The team's lists; each user keeps two or three of them. */
const TEAM_PAGES: readonly PageFilter[] = [
  { processingStatus: 'AWAITING_PROCESSING' },
  { processingStatus: 'PROCESSING' },
  {},
  { customerName: 'Acme' },
];
const PAGE_SIZE = 25;
const WRITE_SHARE = 0.05;
/** Of all steps, after a page has been seen: the rest are page views. */
const OPEN_SHARE = 0.5;
const SETTABLE: ReadonlySet<string> = new Set<SettablePaymentProcessingStatus>([
  'AWAITING_PROCESSING',
  'PROCESSING',
  'COMPLETED',
  'REFUNDED',
]);

/** Operations are free on list items (their records carry them): the page costs 1 call plus 1 per payment. */
const PAYMENTS_PAGE = parse(`
  query CapacityPaymentsPage($first: Int!, $processingStatus: PaymentProcessingStatus, $customerName: String) {
    payments(first: $first, processingStatus: $processingStatus, customerName: $customerName) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        customerName
        processingStatus
        createdAt
        total { currencyCode value }
        operations { allowedStatuses }
        transactions { type event gateway transactionId card { last4 } }
      }
    }
  }
`);

/** Fails at once when a document no longer fits the schema, instead of after minutes of failed answers. */
export function checkDocuments(schemaPath: string): void {
  const schema = buildSchema(readFileSync(schemaPath, 'utf8'), { assumeValidSDL: true });
  const documents = [
    PAYMENTS_PAGE,
    PaymentWithEverythingDocument,
    CreateOfflinePaymentDocument,
    UpdatePaymentProcessingStatusDocument,
  ];
  for (const document of documents) {
    const errors = validate(schema, document);
    if (errors.length > 0) {
      throw new Error(`${operationName(document)} does not fit ${schemaPath}: ${errors.join('; ')}`);
    }
  }
}

interface Row {
  id: string;
  processingStatus: string;
  allowedStatuses: string[];
}

/** One member of the team; lives for one cell. Its choices come from its own seeded random numbers. */
export class User {
  private readonly random: Random;
  private readonly pages: PageFilter[];
  /** The payments of the last page this user saw. */
  private rows: Row[] = [];

  constructor(seed: number) {
    this.random = new Random(seed);
    this.pages = this.random.sample(TEAM_PAGES, this.random.int(2, 3));
  }

  thinkMs(minSeconds: number, maxSeconds: number): number {
    return 1000 * (minSeconds + this.random.next() * (maxSeconds - minSeconds));
  }

  next(): Step {
    const roll = this.random.next();
    if (this.rows.length > 0 && roll < WRITE_SHARE) return this.write();
    if (this.rows.length > 0 && roll < WRITE_SHARE + OPEN_SHARE) {
      return { kind: 'payment', body: request(PaymentWithEverythingDocument, { id: this.openedRow().id }) };
    }
    const filter = this.random.pick(this.pages);
    return { kind: 'page', body: request(PAYMENTS_PAGE, { first: PAGE_SIZE, ...filter }) };
  }

  /** Remembers the payments a page answer showed, for the next steps. */
  saw(step: Step, answer: unknown): void {
    const nodes: unknown = field(field(field(answer, 'data'), 'payments'), 'nodes');
    if (step.kind !== 'page' || !Array.isArray(nodes)) return;
    const rows = (nodes as unknown[]).map((node) => {
      const allowed: unknown = field(field(node, 'operations'), 'allowedStatuses');
      return {
        id: String(field(node, 'id')),
        processingStatus: String(field(node, 'processingStatus')),
        allowedStatuses: Array.isArray(allowed) ? allowed.map(String) : [],
      };
    });
    if (rows.length > 0) this.rows = rows;
  }

  /** People open the top of a list more often than its bottom. */
  private openedRow(): Row {
    const row = this.rows[Math.floor(this.rows.length * this.random.next() ** 2)];
    if (!row) throw new Error('no payment seen yet');
    return row;
  }

  private write(): Step {
    const row = this.openedRow();
    const status = row.allowedStatuses.find(
      (candidate) => SETTABLE.has(candidate) && candidate !== row.processingStatus,
    );
    const idempotencyKey = randomUUID();
    if (status !== undefined && this.random.chance(0.5)) {
      const input = { paymentId: row.id, processingStatus: status as SettablePaymentProcessingStatus, idempotencyKey };
      return { kind: 'write', body: request(UpdatePaymentProcessingStatusDocument, { input }) };
    }
    const input = { ...offlinePayment({ externalId: `CAPACITY-${idempotencyKey}` }), idempotencyKey };
    return { kind: 'write', body: request(CreateOfflinePaymentDocument, { input }) };
  }
}

function request<Variables>(document: TypedDocumentNode<unknown, Variables> | DocumentNode, variables: Variables) {
  return JSON.stringify({ operationName: operationName(document), query: printed(document), variables });
}

const printedDocuments = new Map<DocumentNode, string>();

function printed(document: DocumentNode): string {
  let text = printedDocuments.get(document);
  if (text === undefined) printedDocuments.set(document, (text = print(document)));
  return text;
}

function operationName(document: DocumentNode): string {
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return operation?.name?.value ?? '(anonymous)';
}
