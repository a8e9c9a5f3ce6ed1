/**
 * The gateway's settings: the only module that reads `process.env`. `loadConfig` validates every setting
 * once, at start, and reports all problems in one message so a deployment is fixed in one round.
 */
import type { MemoryStoreSettings } from './idempotency/memory-store.js';
import type { ResilienceSettings } from './upstream/resilience.js';

export const DEFAULT_B2B_API_URL = 'https://api-b2b.bigcommerce.com/api/v3/io/ip';

export interface Credentials {
  authToken: string;
  storeHash: string;
}

export type UpstreamMode =
  /** No upstream configured: the embedded sandbox starts in-process and the gateway points at it. */
  | { kind: 'sandbox'; sandboxPort: number; sandboxLatencyMs: number }
  /** The gateway talks to `b2bApiUrl`, whatever answers there. */
  | { kind: 'remote'; b2bApiUrl: URL };

export type AuthMode =
  /** A trusted deployment: the gateway holds one store's credentials (none yet in sandbox mode). */
  | { kind: 'server'; credentials?: Credentials }
  /** Each caller sends its own `X-Auth-Token` and `X-Store-Hash`; nothing is shared between callers. */
  | { kind: 'per-request' };

export interface Config {
  port: number;
  upstream: UpstreamMode;
  auth: AuthMode;
  /** Per upstream call (connect, response headers, body): undici's own defaults are minutes. */
  upstreamTimeoutMs: number;
  /** Deadlines, retries, pacing and circuit breaking of upstream calls (README "Resilience"). */
  resilience: ResilienceSettings;
  /** The in-process idempotency key store. */
  idempotency: MemoryStoreSettings;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads and validates the environment; throws one `ConfigError` listing every problem found. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const read = new SettingReader(env, problems);

  const port = read.port('PORT', 4000);
  const upstreamTimeoutMs = read.integer('UPSTREAM_TIMEOUT_MS', 10_000, { min: 100, max: 120_000 });
  const sandboxPort = read.port('SANDBOX_PORT', 4010);
  const sandboxLatencyMs = read.integer('SANDBOX_LATENCY_MS', 0, { min: 0, max: 60_000 });
  const b2bApiUrl = read.url('B2B_API_URL', DEFAULT_B2B_API_URL);
  const authToken = read.optionalString('B2B_AUTH_TOKEN');
  const storeHash = read.optionalString('B2B_STORE_HASH');
  const authMode = read.choice('AUTH_MODE', ['server', 'per-request'] as const, 'server');
  const resilience = readResilience(read, problems);
  const idempotency = {
    ttlMs: read.integer('IDEMPOTENCY_TTL_MS', 86_400_000, { min: 1_000, max: 604_800_000 }),
    maxKeys: read.integer('IDEMPOTENCY_MAX_KEYS', 10_000, { min: 1, max: 10_000_000 }),
  };

  if ((authToken === undefined) !== (storeHash === undefined)) {
    problems.push(
      'B2B_AUTH_TOKEN and B2B_STORE_HASH go together: set both to use an upstream API, or neither for the sandbox',
    );
  }
  if (authMode === 'per-request' && authToken !== undefined) {
    problems.push('AUTH_MODE=per-request takes the credentials from each caller: unset B2B_AUTH_TOKEN and B2B_STORE_HASH');
  }
  if (problems.length > 0 || b2bApiUrl === undefined) throw new ConfigError(problems);

  const credentials = authToken !== undefined && storeHash !== undefined ? { authToken, storeHash } : undefined;
  // Server mode goes remote once credentials are set; per-request mode once an upstream URL is named.
  const remote = authMode === 'server' ? credentials !== undefined : read.isSet('B2B_API_URL');
  return {
    port,
    upstream: remote ? { kind: 'remote', b2bApiUrl } : { kind: 'sandbox', sandboxPort, sandboxLatencyMs },
    auth: authMode === 'server' ? { kind: 'server', ...(credentials && { credentials }) } : { kind: 'per-request' },
    upstreamTimeoutMs,
    resilience,
    idempotency,
  };
}

function readResilience(read: SettingReader, problems: string[]): ResilienceSettings {
  const retry = {
    attempts: read.integer('UPSTREAM_RETRY_ATTEMPTS', 3, { min: 1, max: 10 }),
    baseDelayMs: read.integer('UPSTREAM_RETRY_BASE_MS', 100, { min: 0, max: 60_000 }),
    maxDelayMs: read.integer('UPSTREAM_RETRY_MAX_MS', 2_000, { min: 0, max: 60_000 }),
  };
  if (retry.maxDelayMs < retry.baseDelayMs) problems.push('UPSTREAM_RETRY_MAX_MS must not be below UPSTREAM_RETRY_BASE_MS');
  return {
    requestDeadlineMs: read.integer('REQUEST_DEADLINE_MS', 15_000, { min: 100, max: 300_000 }),
    maxBodyBytes: read.integer('UPSTREAM_MAX_BODY_BYTES', 8_388_608, { min: 1_024, max: 1_073_741_824 }),
    retry,
    pacing: { threshold: read.integer('UPSTREAM_PACING_THRESHOLD', 30, { min: 0, max: 100_000 }) },
    breaker: {
      failurePercent: read.integer('UPSTREAM_BREAKER_FAILURE_PERCENT', 50, { min: 0, max: 100 }),
      minimumCalls: read.integer('UPSTREAM_BREAKER_MIN_CALLS', 10, { min: 1, max: 100_000 }),
      windowMs: read.integer('UPSTREAM_BREAKER_WINDOW_MS', 10_000, { min: 1_000, max: 600_000 }),
      openMs: read.integer('UPSTREAM_BREAKER_OPEN_MS', 10_000, { min: 100, max: 600_000 }),
    },
  };
}

class SettingReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  optionalString(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  isSet(name: string): boolean {
    return this.optionalString(name) !== undefined;
  }

  choice<const T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const raw = this.optionalString(name);
    if (raw === undefined) return fallback;
    const match = choices.find((choice) => choice === raw);
    if (match === undefined) this.problems.push(`${name} must be one of ${choices.join(', ')} (got "${raw}")`);
    return match ?? fallback;
  }

  integer(name: string, fallback: number, range: { min: number; max: number }): number {
    const raw = this.optionalString(name);
    if (raw === undefined) return fallback;
    const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < range.min || value > range.max) {
      this.problems.push(`${name} must be a whole number from ${range.min} to ${range.max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  port(name: string, fallback: number): number {
    return this.integer(name, fallback, { min: 0, max: 65_535 });
  }

  url(name: string, fallback: string): URL | undefined {
    const raw = this.optionalString(name) ?? fallback;
    try {
      const url = new URL(raw);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url;
    } catch {
      // reported below
    }
    this.problems.push(`${name} must be an http or https URL (got "${raw}")`);
    return undefined;
  }
}
