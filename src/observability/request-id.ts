import { randomUUID } from 'node:crypto';

/** A caller's id is kept only if it is short and plain, so it cannot inject into logs or headers. */
const REQUEST_ID_PATTERN = /^[\w.:-]{1,128}$/;

/**
 * The request's id: the caller's `X-Request-Id` when it is safe to echo, else a new UUID. Worked out once
 * per request, by the request observers, which hand it to every reader (logs, metrics, spans, the
 * response header).
 */
export function requestIdFor(request: Request): string {
  const incoming = request.headers.get('x-request-id');
  return incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
}
