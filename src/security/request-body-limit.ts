import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Refuses a request body over `maxBytes` by its declared length, in place of Yoga's built-in limit
 * (`maxRequestBodySize`), which pipes every body through a TransformStream to count its bytes: a third of
 * the gateway's CPU on a one-payment query (bench/README.md). The declared length is enough: Node's HTTP
 * parser never passes on more body than the Content-Length it accepted. A body without one (chunked) is
 * refused with 411 Length Required (RFC 9110 15.5.12): GraphQL clients send the length. Lives as long as
 * the app.
 */
export function useRequestBodyLimit(maxBytes: number): Plugin {
  return {
    onRequestParse({ request }) {
      const length = request.headers.get('content-length');
      if (length === null) {
        if (!request.headers.has('transfer-encoding')) return;
        throw httpError(411, 'LENGTH_REQUIRED', 'Send the request body with a Content-Length.');
      }
      // One non-negative integer only: anything else (lists, signs) is how request smuggling starts.
      if (!/^\d+$/.test(length)) throw httpError(400, 'BAD_REQUEST', 'Content-Length header is invalid.');
      if (Number(length) > maxBytes) throw httpError(413, 'REQUEST_ENTITY_TOO_LARGE', 'Request body too large');
    },
  };
}

function httpError(status: number, code: string, message: string) {
  return createGraphQLError(message, { extensions: { http: { status }, code } });
}
