/**
 * Money as integer ten-thousandths (bigint), the 4-dp precision of the wire (docs/upstream-contract.md §2.1, §7.4).
 * Floats would make totals drift ("0.1" + "0.2"), and sorting by totalAmount must be exact.
 */
const SCALE = 10_000n;

/** Parses a non-negative decimal string with at most 4 decimals ("20.00", "0.7800", "5"). */
export function parseUnits(value: string): bigint {
  const [whole = '0', fraction = ''] = value.split('.');
  return BigInt(whole) * SCALE + BigInt(fraction.padEnd(4, '0'));
}

/** Formats as the wire does: always 4 decimals ("120.5000"). */
export function formatUnits(units: bigint): string {
  return `${units / SCALE}.${(units % SCALE).toString().padStart(4, '0')}`;
}
