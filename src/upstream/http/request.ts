import type { IncomingHttpHeaders } from 'node:http';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
type QueryValue = string | number | ReadonlyArray<string | number> | undefined;

/** A path below an API's base URL, made only by `upstreamPath`: no resolver or API method writes one by hand. */
export type UpstreamPath = string & { readonly __upstreamPath: true };

export interface UpstreamRequest {
  /** Name of the endpoint for accounting and errors, e.g. `getPayment`. */
  endpoint: string;
  method: HttpMethod;
  path: UpstreamPath;
  query?: Record<string, QueryValue>;
  body?: unknown;
}

/** A response as received: status, headers and the whole body as text (always consumed). */
export interface UpstreamResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** What one try of an upstream call cost; collected per request for accounting, logs and metrics. */
export interface UpstreamCall {
  endpoint: string;
  method: HttpMethod;
  /** HTTP status, or undefined when no response arrived. */
  status: number | undefined;
  durationMs: number;
}

/** Thrown for a path segment that would leave its place in the path; nothing is sent. */
export class UnsafePathError extends Error {
  override name = 'UnsafePathError';
}

/**
 * `/a/b/c` from its segments, each percent-encoded. An empty, `.` or `..` segment would drop or climb a
 * level once the URL is resolved (`/stores/../v3` is `/v3`), so it is refused, whatever its source.
 */
export function upstreamPath(...segments: ReadonlyArray<string | number>): UpstreamPath {
  const encoded = segments.map((segment) => encodeURIComponent(String(segment)));
  for (const segment of encoded) {
    if (isDotOrEmpty(segment)) throw new UnsafePathError(`unsafe upstream path segment "${segment}"`);
  }
  return `/${encoded.join('/')}` as UpstreamPath;
}

/** Checks a whole path again just before sending: the base URL's path and the request's path together. */
export function checkedPath(path: string): string {
  const segments = path.split('/').slice(1);
  if (segments.some((segment, index) => isDotOrEmpty(segment) && !(segment === '' && index === segments.length - 1))) {
    throw new UnsafePathError('unsafe upstream path');
  }
  return path;
}

/** `.` and `..`, percent-encoded or not (`%2e` is `.` to a server that decodes before resolving). */
function isDotOrEmpty(segment: string): boolean {
  return /^(?:\.|%2e){0,2}$/i.test(segment);
}

export function queryString(query: UpstreamRequest['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    // Arrays repeat the name: OpenAPI's default form/explode style (docs/upstream-contract.md §2.2, channelIds).
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
