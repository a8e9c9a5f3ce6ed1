import { GraphQLError } from 'graphql';

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
