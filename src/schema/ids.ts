import { GraphQLError } from 'graphql';

/**
 * Upstream ids are positive integers in the path (`paymentId`, CONTRACT.md 2.3, 7.1); anything else is
 * refused here, before a call, rather than sent as `/payments/1.1` the way the docs' samples do.
 */
export function parsePositiveId(value: string | number, argumentName: string): number {
  const text = String(value).trim();
  const id = /^[1-9]\d{0,15}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(id)) {
    throw new GraphQLError(`${argumentName} must be a positive whole number, got "${text.slice(0, 40)}".`, {
      extensions: { code: 'BAD_USER_INPUT', argument: argumentName },
    });
  }
  return id;
}
