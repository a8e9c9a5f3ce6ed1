/**
 * Field-keyed validation errors, the shape of the docs' 422 x-example `{ lineItems: ["This field is required."] }`
 * (docs/upstream-contract.md §4.1). The messages follow that example's Django REST framework wording.
 */
import type { z } from 'zod';

export type FieldErrors = Record<string, string[]>;

export const REQUIRED = 'This field is required.';
export const NOT_NULL = 'This field may not be null.';
export const BLANK = 'This field may not be blank.';
export const NOT_A_STRING = 'Not a valid string.';
export const NOT_AN_INTEGER = 'A valid integer is required.';
export const NOT_A_NUMBER = 'A valid number is required.';
export const NOT_AN_OBJECT = 'Invalid data. Expected a dictionary.';

export const notAChoice = (value: unknown): string => `"${String(value)}" is not a valid choice.`;
export const atLeast = (minimum: number): string => `Ensure this value is greater than or equal to ${minimum}.`;

export function addError(errors: FieldErrors, field: string, message: string): void {
  (errors[field] ??= []).push(message);
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

/**
 * A schema's problems keyed by dotted field path (`lineItems.0.amount`), in the order found; an unknown key
 * of a strict object is a problem of its own path (`payment_instrument.ach`).
 */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of paths) addError(errors, path.map(String).join('.'), issue.message);
  }
  return errors;
}
