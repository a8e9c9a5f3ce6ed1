/** How the capacity bench reads one answer of the gateway: whole or not, rate-limited, stale, what it cost. */

/** The error codes of a refusal for want of quota: the gateway's today, and admission control's. */
const RATE_LIMITED_CODES = new Set(['UPSTREAM_RATE_LIMITED', 'RATE_LIMITED']);

export interface Outcome {
  /** `whole`: no error (stale answers included); `partial`: data and errors; `failed`: no data. */
  kind: 'whole' | 'partial' | 'failed';
  rateLimited: boolean;
  stale: boolean;
  /** `extensions.stale.ageMs`: the oldest kept answer in a stale answer; undefined on a fresh one. */
  staleAgeMs: number | undefined;
  /** Upstream calls the gateway reported for this answer (`extensions.upstream.calls`). */
  calls: number | undefined;
  /** Reads the gateway answered from its cache; undefined when its report has no cache part. */
  cacheHits: number | undefined;
  /** `extensions.code` of each error; `HTTP <status>` or `TRANSPORT` when there was no GraphQL answer. */
  codes: string[];
}

/**
 * What an answer's extensions say about the read cache: `extensions.upstream.cache: { hits, stale }` and
 * `extensions.stale: { ageMs }` on an answer served stale. The one reader of that shape, to adjust if the
 * read cache reports it otherwise.
 */
export function readCacheReport(extensions: Record<string, unknown> | undefined): {
  hits: number | undefined;
  stale: boolean;
  staleAgeMs: number | undefined;
} {
  const cache = field(field(extensions, 'upstream'), 'cache');
  const hits = field(cache, 'hits');
  const staleReads = field(cache, 'stale');
  const ageMs = field(field(extensions, 'stale'), 'ageMs');
  return {
    hits: typeof hits === 'number' ? hits : undefined,
    stale: field(extensions, 'stale') !== undefined || (typeof staleReads === 'number' && staleReads > 0),
    staleAgeMs: typeof ageMs === 'number' ? ageMs : undefined,
  };
}

/** Reads a GraphQL answer (HTTP 200, JSON): the driver's verdict on it. */
export function outcomeOf(status: number, body: unknown): Outcome {
  if (status !== 200 || typeof body !== 'object' || body === null) return failure(`HTTP ${status}`);
  const data = field(body, 'data');
  const errors = field(body, 'errors');
  const extensions = field(body, 'extensions');
  const codes = Array.isArray(errors) ? (errors as unknown[]).map(codeOf) : [];
  const hasData = typeof data === 'object' && data !== null && Object.values(data).some((value) => value !== null);
  const cache = readCacheReport(isRecord(extensions) ? extensions : undefined);
  const calls = field(field(extensions, 'upstream'), 'calls');
  return {
    kind: codes.length === 0 ? 'whole' : hasData ? 'partial' : 'failed',
    rateLimited: codes.some((code) => RATE_LIMITED_CODES.has(code)),
    stale: cache.stale,
    staleAgeMs: cache.staleAgeMs,
    calls: typeof calls === 'number' ? calls : undefined,
    cacheHits: cache.hits,
    codes,
  };
}

/** No GraphQL answer: a non-200 status, or the connection failed (`TRANSPORT`). */
export function failure(code: string): Outcome {
  const nothing = { calls: undefined, cacheHits: undefined, staleAgeMs: undefined };
  return { kind: 'failed', rateLimited: false, stale: false, ...nothing, codes: [code] };
}

function codeOf(error: unknown): string {
  const code = field(field(error, 'extensions'), 'code');
  return typeof code === 'string' ? code : '(no code)';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** `value[name]` when `value` is an object; undefined otherwise. */
export function field(value: unknown, name: string): unknown {
  return isRecord(value) ? value[name] : undefined;
}
