import type { FieldErrors } from '../upstream/errors.js';
import { InputChecker } from './input-checks.js';

/**
 * The upstream's 422 problems (CONTRACT.md 4.1) on the GraphQL input fields they are about, every message
 * kept in the upstream's order. The upstream keys them by its body's field paths (`lineItems.0.amount`,
 * `payment_instrument.card.last4`), which each API spells its own way, so `inputPath` names a key's field.
 */
export function upstreamInputProblems(fieldErrors: FieldErrors, inputPath: (key: string) => string): InputChecker {
  const problems = new InputChecker();
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const field = inputPath(key);
    for (const message of messages) problems.report(field, message);
  }
  return problems;
}
