import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { builder } from './builder.js';

/** The largest instant a JavaScript Date holds, in ms either side of 1970 (ECMA-262 21.4.1.1). */
const MAX_DATE_MS = 8.64e15;

/**
 * Unix seconds (the upstream's timestamps, docs/upstream-contract.md §1) out as ISO 8601; ISO 8601 in as a Date.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant as an ISO 8601 string in UTC, e.g. `2021-11-03T09:35:27.000Z`. Upstream sends Unix seconds.',
  serialize(value) {
    const millis = typeof value === 'number' ? value * 1000 : value instanceof Date ? value.getTime() : Number.NaN;
    if (!Number.isFinite(millis)) throw new GraphQLError('DateTime cannot represent a non-time value');
    if (Math.abs(millis) > MAX_DATE_MS) throw new GraphQLError(`DateTime cannot represent ${value}: out of range`);
    return new Date(millis).toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    return parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new GraphQLError('DateTime must be an ISO 8601 string such as 2026-01-31T12:00:00Z', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date;
}

const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/**
 * Money amounts travel as decimal strings (docs/upstream-contract.md §7.4): passed through exactly as the upstream sent
 * them, never turned into a float. Inputs are checked for shape here and for business rules where used.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'A decimal number as a string, e.g. `"120.5000"`, exact to the digit: never a float. Upstream amounts use up to 4 fraction digits.',
  serialize(value) {
    if (typeof value === 'string') return value;
    throw new GraphQLError('Decimal cannot represent a non-string value');
  },
  parseValue: parseDecimal,
  parseLiteral(ast) {
    return parseDecimal(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});

function parseDecimal(value: unknown): string {
  if (typeof value === 'string' && DECIMAL_PATTERN.test(value)) return value;
  throw new GraphQLError('Decimal must be a string of digits with an optional fraction, such as "20.00"', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** Values whose shape the references leave open (docs/upstream-contract.md §2.1 `fees`, §2.7a `rawTransaction`). */
export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Any JSON value, passed through as the upstream sent it: used where the upstream documents no shape.',
  serialize: (value) => value,
  parseValue: (value) => value,
});

builder.addScalarType('DateTime', DateTimeScalar);
builder.addScalarType('Decimal', DecimalScalar);
builder.addScalarType('JSON', JSONScalar);
