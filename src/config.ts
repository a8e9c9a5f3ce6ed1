/**
 * The gateway's settings: the only module that reads `process.env`. `loadConfig` validates every setting
 * once, at start, and reports all problems in one message so a deployment is fixed in one round.
 */

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

/** Who gets `extensions.upstream` (the calls a response cost): everyone, callers who ask, or no one. */
export type UpstreamReportMode = 'always' | 'on-request' | 'off';

export interface Config {
  port: number;
  upstream: UpstreamMode;
  auth: AuthMode;
  /** Per upstream call (connect, response headers, body): undici's own defaults are minutes. */
  upstreamTimeoutMs: number;
  /** Upstream requests in flight per store and origin; also the pool's sockets per origin. */
  upstreamMaxInFlight: number;
  upstreamReport: UpstreamReportMode;
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
  // 8 in flight already outruns the store's quota (150 a minute) at any real latency; more only spends it faster.
  const upstreamMaxInFlight = read.integer('UPSTREAM_MAX_IN_FLIGHT', 8, { min: 1, max: 256 });
  const upstreamReport = read.choice('UPSTREAM_REPORT', ['always', 'on-request', 'off'] as const, 'on-request');

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
    upstreamMaxInFlight,
    upstreamReport,
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
