import { GraphQLError } from 'graphql';
import type { ValueRule } from '../upstream/transactions-rules.js';
import type { BuilderTypes } from './builder.js';
import { UNKNOWN_CODE } from './payment/code-enum.js';
import { ACTIVE_CURRENCY_CODES } from './payment/currency-codes.js';

/** The problems of one input field, keyed by its GraphQL path, e.g. `input.lineItems[1].amount`. */
export interface FieldProblem {
  field: string;
  messages: string[];
}

/**
 * One problem of one input field. Transaction recording answers these, a field once per message; payment
 * writes answer `FieldProblem`s, a field once with all its messages.
 */
export interface FieldMessage {
  field: string;
  message: string;
}

/**
 * Length limits of free-text inputs. The contract documents none except the company name (200, CONTRACT.md
 * 3.3); these keep a request small and a typo'd paste from reaching the upstream.
 */
export const TEXT_LIMITS = {
  /** Ids and names: externalId, externalCustomerId, payerName, the search keyword `q`. */
  short: 255,
  /** A company name, the `customerName` filter (CONTRACT.md 3.3: companyName ≤ 200). */
  companyName: 200,
  /** The payment memo (`details.memo`). */
  memo: 1000,
} as const;

/** Amounts: at most 4 fraction digits, the wire's precision (CONTRACT.md 7.4); 15 whole digits is beyond any invoice. */
const MAX_FRACTION_DIGITS = 4;
const MAX_WHOLE_DIGITS = 15;

/**
 * The gateway's input rules, checked before anything is sent upstream. A checker collects every problem
 * of one input, so a client fixes a whole form in one round; it lives for one resolver call. Payment
 * writes and list filters read its problems by field, transaction recording one by one.
 */
export class InputChecker {
  private readonly reported: FieldMessage[] = [];

  report(field: string, message: string): void {
    this.reported.push({ field, message });
  }

  /** Reports the rule's message when the value breaks it. */
  rule<T>(field: string, value: T, rule: ValueRule<T>): void {
    if (!rule.test(value)) this.report(field, rule.message);
  }

  /** The problems in the order they were reported. */
  get fieldMessages(): readonly FieldMessage[] {
    return this.reported;
  }

  /** The problems by field, the fields in the order of their first problem. */
  get fieldProblems(): FieldProblem[] {
    const byField = new Map<string, string[]>();
    for (const { field, message } of this.reported) byField.set(field, [...(byField.get(field) ?? []), message]);
    return [...byField].map(([field, messages]) => ({ field, messages }));
  }

  get hasProblems(): boolean {
    return this.reported.length > 0;
  }

  /** Upstream ids (payments, invoices, companies, channels) are positive integers (CONTRACT.md 2.1, 7.1). */
  positiveId(value: string | number, field: string): number | undefined {
    const id = readPositiveId(value);
    if (id === undefined) this.report(field, `Must be a positive whole number, got "${String(value).slice(0, 40)}".`);
    return id;
  }

  optionalPositiveId(value: string | number | null | undefined, field: string): number | undefined {
    return value == null ? undefined : this.positiveId(value, field);
  }

  /** A money amount: greater than 0, at most 4 fraction digits. The Decimal scalar has checked its shape. */
  positiveAmount(value: string, field: string): string | undefined {
    const [whole = '', fraction = ''] = value.replace(/^-/, '').split('.');
    if (fraction.length > MAX_FRACTION_DIGITS) {
      this.report(field, `Use at most ${MAX_FRACTION_DIGITS} digits after the decimal point.`);
    } else if (whole.replace(/^0+/, '').length > MAX_WHOLE_DIGITS) {
      this.report(field, `Use at most ${MAX_WHOLE_DIGITS} digits before the decimal point.`);
    } else if (value.startsWith('-') || /^[0.]+$/.test(value)) {
      this.report(field, 'Must be greater than 0.');
    } else {
      return value;
    }
    return undefined;
  }

  currencyCode(value: string, field: string): string | undefined {
    if (ACTIVE_CURRENCY_CODES.has(value)) return value;
    const hint = ACTIVE_CURRENCY_CODES.has(value.toUpperCase()) ? ` Write it in capitals: "${value.toUpperCase()}".` : '';
    this.report(field, `"${value.slice(0, 10)}" is not an active ISO 4217 currency code.${hint}`);
    return undefined;
  }

  /** Free text that, when given, says something: not blank, within its length limit. */
  optionalText(value: string | null | undefined, field: string, maxLength: number): string | undefined {
    if (value == null) return undefined;
    if (value.trim() === '') {
      this.report(field, 'Must not be blank; leave it out instead.');
    } else if (value.length > maxLength) {
      this.report(field, `Use at most ${maxLength} characters (got ${value.length}).`);
    } else {
      return value;
    }
    return undefined;
  }

  /** A code enum's value as the upstream code; `UNKNOWN` reads fine but names nothing to send. */
  knownCode(value: number, field: string): number | undefined {
    if (value !== UNKNOWN_CODE) return value;
    this.report(field, 'UNKNOWN is only ever read, never sent: choose a known value.');
    return undefined;
  }
}

/**
 * Query arguments fail as a GraphQL error with `BAD_USER_INPUT`: a query has no result type to carry
 * field problems, and a bad filter is a bug in the calling code rather than something a user typed.
 */
export function throwIfBadArguments(checker: InputChecker): void {
  const [first] = checker.fieldProblems;
  if (first === undefined) return;
  throw new GraphQLError(`${first.field}: ${first.messages.join(' ')}`, {
    extensions: { code: 'BAD_USER_INPUT', argument: first.field },
  });
}

/** The object without its undefined entries: parameters and body fields that are not set are not sent. */
export function omitUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** The id as a number when it is a positive whole number (digits only, no sign or fraction), else undefined. */
export function readPositiveId(value: string | number): number | undefined {
  const text = String(value).trim();
  const id = /^[1-9]\d{0,15}$/.test(text) ? Number(text) : Number.NaN;
  return Number.isSafeInteger(id) ? id : undefined;
}

/**
 * Upstream ids are positive integers in the path (`paymentId`, CONTRACT.md 2.3, 7.1); anything else is
 * refused here, before a call, rather than sent as `/payments/1.1` the way the docs' samples do.
 */
export function parsePositiveId(value: string | number, argumentName: string): number {
  const id = readPositiveId(value);
  if (id === undefined) {
    const text = String(value).trim();
    throw new GraphQLError(`${argumentName} must be a positive whole number, got "${text.slice(0, 40)}".`, {
      extensions: { code: 'BAD_USER_INPUT', argument: argumentName },
    });
  }
  return id;
}

type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<BuilderTypes, 'InputObject'>;

/**
 * The `idempotencyKey` field of every write's input: the same key again returns the first result
 * instead of writing twice (src/idempotency/with-idempotency.ts).
 */
export const idempotencyKeyField = (t: InputFieldBuilder) =>
  t.string({
    required: false,
    description:
      'Makes retrying this write safe: the same key with the same input returns the first result without writing again; with other input it is refused (IDEMPOTENCY_KEY_REUSED). 1–255 visible ASCII characters, e.g. a UUID. The `Idempotency-Key` header works too.',
  });
