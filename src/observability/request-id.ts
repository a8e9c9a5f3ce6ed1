import { randomUUID } from 'node:crypto';

/** A caller's id is kept only if it is short and plain, so it cannot inject into logs or headers. */
const REQUEST_ID_PATTERN = /^[\w.:-]{1,128}$/;

const ids = new WeakMap<Request, string>();

/**
 * The request's id: the caller's `X-Request-Id` when it is safe to echo, else a new UUID. The same for
 * every reader of one request (context, logs, spans, the response header); forgotten with the request.
 */
export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (id === undefined) {
    const incoming = request.headers.get('x-request-id');
    id = incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    ids.set(request, id);
  }
  return id;
}
