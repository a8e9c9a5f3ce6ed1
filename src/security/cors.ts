import type { CORSOptions } from 'graphql-yoga';
import { UPSTREAM_REPORT_HEADER } from '../observability/upstream-report.js';
import { CSRF_HEADER } from './csrf.js';

/** What a page may send: the headers the gateway reads (credentials.ts, request-id.ts, idempotency). */
const ALLOWED_HEADERS = [
  'content-type',
  'accept',
  'x-auth-token',
  'x-store-hash',
  'idempotency-key',
  'x-request-id',
  UPSTREAM_REPORT_HEADER,
  CSRF_HEADER,
];

/**
 * Which web pages may call the gateway from a browser: the listed origins (CORS_ORIGINS), none by default.
 * Yoga's own default answers every origin, with credentials: any page a user opens could then read
 * payments through a gateway that holds a store's credentials (server mode) and that the user's browser
 * can reach. Same-origin pages (GraphiQL) and server-side callers need no CORS at all. The gateway reads
 * no cookies, so none are allowed along.
 */
export function corsPolicy(origins: readonly string[]): CORSOptions | (() => CORSOptions) {
  // A function, not `false`: Yoga then still answers preflights (204, no CORS headers, which a browser
  // takes as a refusal) instead of running them as GraphQL requests.
  if (origins.length === 0) return () => false;
  return {
    origin: [...origins],
    methods: ['GET', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: ['x-request-id'],
    credentials: false,
    maxAge: 600,
  };
}
