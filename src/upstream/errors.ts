/**
 * Every way an upstream call can fail, as one error class with a stable `code`. The HTTP status is kept;
 * the upstream's own text is kept only when it passes the client-text rule (upstream-text.ts).
 * `security/mask-errors.ts` turns these into GraphQL errors in one place; failures.ts picks the code.
 */

export type UpstreamErrorCode =
  | 'UPSTREAM_BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'UPSTREAM_PAYLOAD_TOO_LARGE'
  | 'UPSTREAM_VALIDATION_FAILED'
  | 'UPSTREAM_PRECONDITION_FAILED'
  | 'UPSTREAM_RATE_LIMITED'
  | 'UPSTREAM_SERVER_ERROR'
  | 'UPSTREAM_BAD_RESPONSE'
  | 'UPSTREAM_UNREACHABLE'
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_UNAVAILABLE'
  | 'OUTCOME_UNKNOWN';

/**
 * Field name (as the upstream names it) to its messages, from a field-keyed 422
 * (docs/upstream-contract.md §4.1, §7.10).
 */
export type FieldErrors = Record<string, string[]>;

export interface UpstreamErrorDetails {
  /** HTTP status of the upstream response; absent when no response arrived. */
  status?: number;
  /** The upstream's `X-Request-Id`, so support can trace the call. */
  requestId?: string;
  /** The upstream's message, only when it passed the client-text rule (upstream-text.ts). */
  upstreamMessage?: string;
  /** The gateway's own message when the code's default says too little (credentials it refused). */
  message?: string;
  fieldErrors?: FieldErrors;
  /** Seconds to wait before retrying: until the rate-limit window resets, or the circuit breaker probes again. */
  retryAfterSeconds?: number;
  /** Name of the upstream endpoint, e.g. `getPayment`. */
  endpoint?: string;
  /** Diagnosis for server logs only: never sent to clients. */
  reason?: string;
}

const DEFAULT_MESSAGES: Record<UpstreamErrorCode, string> = {
  UPSTREAM_BAD_REQUEST: 'The upstream API rejected the request.',
  UNAUTHENTICATED: 'The upstream API did not accept the credentials.',
  FORBIDDEN: 'The credentials are not allowed to perform this request.',
  NOT_FOUND: 'The requested resource does not exist upstream.',
  UPSTREAM_PAYLOAD_TOO_LARGE: 'The request asked the upstream API for more than it allows.',
  UPSTREAM_VALIDATION_FAILED: 'The upstream API rejected the input.',
  UPSTREAM_PRECONDITION_FAILED: 'The upstream API refused the request: a precondition is not met.',
  UPSTREAM_RATE_LIMITED: 'The upstream API rate limit is exhausted; retry later.',
  UPSTREAM_SERVER_ERROR: 'The upstream API failed.',
  UPSTREAM_BAD_RESPONSE: 'The upstream API sent a response the gateway cannot read.',
  UPSTREAM_UNREACHABLE: 'The upstream API could not be reached.',
  UPSTREAM_TIMEOUT: 'The upstream API did not answer in time.',
  UPSTREAM_UNAVAILABLE: 'The upstream API is failing; the gateway is not calling it for a moment. Retry later.',
  OUTCOME_UNKNOWN: 'The write was sent but its outcome is unknown; check before retrying.',
};

/** Codes where sending the same read again may succeed. */
const RETRYABLE: ReadonlySet<UpstreamErrorCode> = new Set([
  'UPSTREAM_RATE_LIMITED',
  'UPSTREAM_SERVER_ERROR',
  'UPSTREAM_UNREACHABLE',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_UNAVAILABLE',
]);

export class UpstreamError extends Error {
  readonly retryable: boolean;

  constructor(
    readonly code: UpstreamErrorCode,
    readonly details: UpstreamErrorDetails = {},
  ) {
    super(details.upstreamMessage ?? details.message ?? DEFAULT_MESSAGES[code]);
    this.name = 'UpstreamError';
    this.retryable = RETRYABLE.has(code);
  }
}
