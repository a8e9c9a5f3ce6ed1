import { cacheExchange, Client, fetchExchange } from '@urql/core';

/**
 * The gateway's client, as a frontend makes it. urql's fetch exchange sends the Accept header that lets
 * the gateway answer `@defer` in parts (multipart/mixed or SSE) and merges the parts into one result.
 * With the gateway in AUTH_MODE=per-request, add the caller's credentials:
 * `fetchOptions: { headers: { 'X-Auth-Token': token, 'X-Store-Hash': storeHash } }`.
 */
export function createGatewayClient(url: string): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    // urql sends short queries as GET; the gateway refuses a GET without its CSRF header
    // (X-GraphQL-Yoga-CSRF), which a browser adds only with a preflight. POST needs neither.
    preferGetMethod: false,
    fetch: fetchUntilAnswered,
  });
}

/**
 * fetch whose abort signal cuts a request only until its answer starts. urql aborts when it stops
 * listening, even just after the last part of a deferred answer; under Node's fetch, an abort that races
 * the end of the body leaves an unhandled AbortError, which ends the process. Once the answer has
 * started, urql ends it by cancelling the body it reads instead.
 */
async function fetchUntilAnswered(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const { signal, ...rest } = init;
  const controller = new AbortController();
  const abort = () => controller.abort(signal?.reason);
  if (signal?.aborted) abort();
  signal?.addEventListener('abort', abort, { once: true });
  try {
    return await fetch(input, { ...rest, signal: controller.signal });
  } finally {
    signal?.removeEventListener('abort', abort);
  }
}
