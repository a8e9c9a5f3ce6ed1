/**
 * A duration in milliseconds to one decimal, as the request log and `extensions.upstream` show it: the
 * finer digits are timer noise, and one rounding keeps the log and the report at the same precision.
 */
export function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}
