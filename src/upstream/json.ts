/** Small readers for upstream bodies and headers, shared by the API dialects. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body as a JSON object, or undefined when it is empty, not JSON or not an object. */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An upstream message fit for a client: a short text without an address in it. Upstream messages are
 * passed on because they are documented, actionable texts ("The payment operation is not allowed.").
 */
export function safeMessage(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 300) return undefined;
  return /:\/\/|\b\d{1,3}(\.\d{1,3}){3}\b/.test(value) ? undefined : value;
}

/**
 * `safeMessage`, and also withheld when it echoes a value of a header the gateway sent (the token, the
 * store hash): an upstream error that quotes its input must not hand a caller's credentials back.
 */
export function clientSafeMessage(value: unknown, sentHeaderValues: readonly string[]): string | undefined {
  const message = safeMessage(value);
  return message !== undefined && !sentHeaderValues.some((sent) => message.includes(sent)) ? message : undefined;
}

/** The first value of a response header that may repeat. */
export function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
