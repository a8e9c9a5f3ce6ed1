/**
 * The rules every input shares, as zod schemas: ids, free text and its hygiene, codes that can only be read.
 * Mutation inputs are checked by them through the validation plugin (builder.ts) before their resolver runs,
 * so a bad input never reaches the idempotency store or the upstream and every problem comes back at once
 * as an InvalidInputError; query arguments go through `checkedArguments`, which answers BAD_USER_INPUT.
 */
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { BuilderTypes } from './builder.js';
import { issueProblems, type FieldProblem } from './failures.js';

/**
 * Length limits of free-text inputs. The contract documents none except the company name (200,
 * docs/upstream-contract.md §3.3); these keep a request small and a typo'd paste from reaching the upstream.
 */
export const TEXT_LIMITS = {
  /** Ids and names: externalId, externalCustomerId, payerName, the search keyword `q`, transaction fields. */
  short: 255,
  /** A company name, the `customerName` filter (docs/upstream-contract.md §3.3: companyName ≤ 200). */
  companyName: 200,
  /** The payment memo (`details.memo`). */
  memo: 1000,
} as const;

/**
 * C0 and C1 control characters, DEL, the Unicode line and paragraph separators, and the bidirectional
 * overrides and isolates (which make a screen show text in another order than it is stored). The contract
 * needs none in any text field, and they break logs, CSV exports and the screens that show these values;
 * only a memo, a note, may hold line feeds.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const CONTROL_CHARACTER_BUT_LINE_FEED =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** Half of a UTF-16 surrogate pair without its other half: not valid Unicode, so not valid JSON text either. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Keys that name JavaScript's object machinery: a map keyed by them loses the entry or changes its prototype. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Internal value of every code enum's `UNKNOWN`: a code the upstream added after this gateway was built. */
export const UNKNOWN_CODE = -1;

/** The id as a number when it is a positive whole number (digits only, no sign or fraction), else undefined. */
export function readPositiveId(value: string | number): number | undefined {
  const text = String(value).trim();
  const id = /^[1-9]\d{0,15}$/.test(text) ? Number(text) : Number.NaN;
  return Number.isSafeInteger(id) ? id : undefined;
}

/** Payment, invoice, company and channel ids are positive integers (docs/upstream-contract.md §2.1, §7.1). */
export const positiveId = z.union([z.string(), z.number()]).superRefine((value, context) => {
  if (readPositiveId(value) === undefined) {
    const message = `Must be a positive whole number, got "${String(value).slice(0, 40)}".`;
    context.addIssue({ code: 'custom', message });
  }
});

/** An id `positiveId` accepted, as the number it names. */
export const idOf = (value: string | number): number => Number(String(value).trim());

/** Why a text breaks the hygiene rules, or undefined when it keeps them. */
function textProblem(value: string, options: { lineFeeds?: boolean } = {}): string | undefined {
  if ((options.lineFeeds ? CONTROL_CHARACTER_BUT_LINE_FEED : CONTROL_CHARACTER).test(value)) {
    const allowed = options.lineFeeds ? ' (line feeds are fine)' : '';
    return `Must not contain control characters such as NUL, ESC or line breaks${allowed}.`;
  }
  if (LONE_SURROGATE.test(value)) return 'Must be valid Unicode: it holds half of a UTF-16 surrogate pair.';
  return undefined;
}

/** Any text the gateway forwards: no control characters, no lone surrogates. */
export const cleanText = z.string().superRefine((value, context) => {
  const problem = textProblem(value);
  if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
});

/**
 * Free text that, when given, says something: not blank, within its length limit, and clean. One message
 * a field: the first rule it breaks.
 */
export function freeText(maxLength: number, options: { lineFeeds?: boolean } = {}) {
  return z.string().superRefine((value, context) => {
    const problem =
      value.trim() === ''
        ? 'Must not be blank; leave it out instead.'
        : value.length > maxLength
          ? `Use at most ${maxLength} characters (got ${value.length}).`
          : textProblem(value, options);
    if (problem !== undefined) context.addIssue({ code: 'custom', message: problem });
  });
}

/** A code enum's value: `UNKNOWN` reads fine but names nothing to send. */
export const knownCode = z.number().refine((value) => value !== UNKNOWN_CODE, {
  message: 'UNKNOWN is only ever read, never sent: choose a known value.',
});

/** A rule of one value, as the upstream layer states it: a predicate and the message that explains it. */
export function satisfies<T>(schema: z.ZodType<T>, rule: { test(value: T): boolean; message: string }) {
  return schema.refine((value) => rule.test(value), { message: rule.message });
}

/**
 * Query arguments checked by a schema. A bad one fails the field with `BAD_USER_INPUT`, naming the first
 * argument at fault: a query has no result type to carry field problems, and a bad filter is a bug in the
 * calling code rather than something a user typed.
 */
export function checkedArguments<T>(schema: z.ZodType<T>, args: unknown): T {
  const result = schema.safeParse(args);
  if (result.success) return result.data;
  const [first] = issueProblems(result.error.issues);
  throw badArgument(first ?? { field: 'arguments', messages: [result.error.message] });
}

function badArgument({ field, messages }: FieldProblem): GraphQLError {
  return new GraphQLError(`${field}: ${messages.join(' ')}`, {
    extensions: { code: 'BAD_USER_INPUT', argument: field },
  });
}

/**
 * Upstream ids are positive integers in the path (`paymentId`, docs/upstream-contract.md §2.3, §7.1); anything else is
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

/** The object without its undefined entries: parameters and body fields that are not set are not sent. */
export function omitUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
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
