import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Credentials } from '../credentials.js';
import type { RequestDeadline } from '../upstream/resilience/deadline.js';
import { UpstreamError, type UpstreamErrorCode } from '../upstream/errors.js';
import { badKey, keyInUse, keyReused, outcomeUnknown } from './errors.js';
import { fingerprint } from './fingerprint.js';
import type { IdempotencyStore, Settlement, StoredResult } from './store.js';

/** The idempotency part of a request's context, made in context.ts. */
export interface IdempotencyContext {
  /** Process-level: made in main.ts (tests make their own). */
  store: IdempotencyStore;
  /** Whose keys these are (store hash and credentials): a key never returns another caller's result. */
  scope: string;
  /** The request's `Idempotency-Key` header, as sent; undefined without one. */
  headerKey: string | undefined;
  deadline: RequestDeadline;
}

export interface IdempotentWrite {
  /** The mutation's name: part of the fingerprint, so one key cannot serve two different mutations. */
  operation: string;
  /** The write input's `idempotencyKey` field; the header's key is used when absent. */
  key?: string | null;
  /** What the write sends upstream (path ids and body): the same key with other input is refused. */
  input: unknown;
}

/** A lease outlives the owner's deadline by this much before waiters give up on it (as unknown). */
const LEASE_MARGIN_MS = 5_000;
/** Visible ASCII, as header values allow; a UUID is the usual choice. */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** Errors that prove a write took no effect: the upstream refused it, or it was never sent. */
const NOT_APPLIED: ReadonlySet<UpstreamErrorCode> = new Set<UpstreamErrorCode>([
  'UPSTREAM_BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'UPSTREAM_PAYLOAD_TOO_LARGE',
  'UPSTREAM_VALIDATION_FAILED',
  'UPSTREAM_PRECONDITION_FAILED',
  'UPSTREAM_RATE_LIMITED',
  // For writes the upstream layer gives these three only when nothing was sent (upstream-client.ts,
  // resilience.ts: a refused connection, a deadline spent before sending, an open circuit).
  'UPSTREAM_UNREACHABLE',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_UNAVAILABLE',
]);

/**
 * Runs `send` (one upstream write) at most once per idempotency key:
 * - no key: `send` runs as it is;
 * - a new key: `send` runs; its result is kept for the store's TTL;
 * - a key whose write succeeded: its result comes back, nothing is sent;
 * - a key whose write is running: waits for it (within this request's deadline) and answers as it ended;
 * - a key used with another operation or input: `IDEMPOTENCY_KEY_REUSED`, nothing is sent;
 * - a key whose write's outcome is unknown: `OUTCOME_UNKNOWN` again, nothing is sent;
 * - `send` fails: a failure that proves no effect frees the key (a retry with it sends again); any other
 *   failure is reported as `OUTCOME_UNKNOWN`, never a plain failure, and the key stays unknown.
 * Validate input before calling: a thrown GraphQLError other than BAD_USER_INPUT counts as "may have taken
 * effect". The result must be JSON (ids, not loaded objects), so a shared store can keep it.
 */
export async function withIdempotency<R extends StoredResult>(
  context: { idempotency: IdempotencyContext },
  write: IdempotentWrite,
  send: () => Promise<R>,
): Promise<R> {
  const { store, scope, headerKey, deadline } = context.idempotency;
  const key = chooseKey(write.key, headerKey);
  if (key === undefined) return send();
  const scopedKey = `${scope}:${key}`;
  const digest = fingerprint(write.operation, write.input);

  for (;;) {
    const begun = await store.begin(scopedKey, digest, deadline.remainingMs() + LEASE_MARGIN_MS);
    // Results are cast back: the fingerprint includes the operation, so a result under this key came from this `send`.
    switch (begun.state) {
      case 'new':
        return sendOnce(store, scopedKey, begun.token, send);
      case 'done':
        return begun.result as R;
      case 'mismatch':
        throw keyReused();
      case 'unknown':
        throw outcomeUnknown(undefined, 'an earlier write with this idempotency key has an unknown outcome');
      case 'in-flight': {
        const settled = await untilDeadline(begun.settled, deadline);
        if (settled.state === 'done') return settled.result as R;
        if (settled.state === 'unknown') {
          throw outcomeUnknown(undefined, 'the concurrent write with this idempotency key has an unknown outcome');
        }
        // Released: the first write was refused, so this request claims the key and tries itself.
      }
    }
  }
}

async function sendOnce<R extends StoredResult>(
  store: IdempotencyStore,
  key: string,
  token: string,
  send: () => Promise<R>,
): Promise<R> {
  let result: R;
  try {
    result = await send();
  } catch (error) {
    const notApplied = provesNotApplied(error);
    await store.fail(key, token, notApplied ? 'rejected' : 'unknown');
    if (notApplied || (error instanceof UpstreamError && error.code === 'OUTCOME_UNKNOWN')) throw error;
    throw outcomeUnknown(
      error instanceof UpstreamError ? error.details.endpoint : undefined,
      `after ${describe(error)}`,
    );
  }
  await store.complete(key, token, result);
  return result;
}

function provesNotApplied(error: unknown): boolean {
  if (error instanceof UpstreamError) return NOT_APPLIED.has(error.code);
  return error instanceof GraphQLError && error.extensions['code'] === 'BAD_USER_INPUT';
}

function describe(error: unknown): string {
  if (error instanceof UpstreamError) return `${error.code} (${error.details.reason ?? error.message})`;
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function chooseKey(argument: string | null | undefined, header: string | undefined): string | undefined {
  if (argument != null && header !== undefined && argument !== header) {
    throw badKey('differs between the Idempotency-Key header and the idempotencyKey input field.');
  }
  const key = argument ?? header;
  if (key !== undefined && !KEY_PATTERN.test(key))
    throw badKey('must be 1 to 255 visible ASCII characters, e.g. a UUID.');
  return key;
}

/** Waits for the running write, but not past this request's deadline. */
async function untilDeadline(settled: Promise<Settlement>, deadline: RequestDeadline): Promise<Settlement> {
  let cancel = () => {};
  const over = new Promise<never>((_, reject) => {
    cancel = deadline.whenOver(() => reject(keyInUse()));
  });
  try {
    return await Promise.race([settled, over]);
  } finally {
    cancel();
  }
}

/**
 * The scope of a caller's keys: its store hash and a digest of its token, so two callers never share a key
 * (in per-request mode they hold different credentials) and no token is kept in the store.
 */
export function idempotencyScope(credentials: Credentials | undefined): string {
  if (!credentials) return 'anonymous';
  const digest = createHash('sha256').update(`${credentials.storeHash}\0${credentials.authToken}`).digest('base64url');
  return `${credentials.storeHash}/${digest.slice(0, 22)}`;
}
