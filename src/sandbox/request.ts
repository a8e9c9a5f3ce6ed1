/** A request to the emulated APIs as the handlers see it: parsed by server.ts, free of I/O. */
export type RequestBody = { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'malformed'; text: string };

export interface ApiRequest {
  method: string;
  /** The path below the base path, or null for a request outside it. */
  path: string | null;
  query: URLSearchParams;
  body: RequestBody;
  /** The non-empty X-Auth-Token, or null; checked, never logged or kept. */
  authToken: string | null;
  /** The non-empty X-Store-Hash, or null. */
  storeHash: string | null;
}
