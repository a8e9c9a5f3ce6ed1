/**
 * The gateway's settings: the only module that reads `process.env`. `loadConfig` validates every setting
 * once, at start, and reports all problems in one message so a deployment is fixed in one round.
 */
import { isValidStoreHash, STORE_HASH_RULE, type AuthMode } from './credentials.js';
import type { MemoryStoreSettings } from './idempotency/memory-store.js';
import type { ResilienceSettings } from './upstream/resilience/caller.js';
import { FaultSpecError, faultMix, parseFaultRules } from './sandbox/fault-spec.js';
import { parseQuota } from './sandbox/rate-limit.js';
import type { SandboxOptions } from './sandbox/server.js';

export const DEFAULT_B2B_API_URL = 'https://api-b2b.bigcommerce.com/api/v3/io/ip';
/** Origin of the BigCommerce Admin API (Payments Transactions, CONTRACT.md 6); the store hash goes in the path. */
export const DEFAULT_BC_API_URL = 'https://api.bigcommerce.com';

export type UpstreamMode =
  /** No upstream configured: the embedded sandbox starts in-process and the gateway points at it. */
  | { kind: 'sandbox'; sandbox: SandboxSettings }
  /** The gateway talks to `b2bApiUrl` and `bcApiUrl`, whatever answers there. */
  | { kind: 'remote'; b2bApiUrl: URL; bcApiUrl: URL };

/** What one query may ask for; each limit rejects a query before any upstream call. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  /** See src/security/query-cost.ts for the formula. */
  maxCost: number;
  maxBodyBytes: number;
}

/** What the gateway shows about itself; both off by default when NODE_ENV=production. */
export interface Exposure {
  graphiql: boolean;
  introspection: boolean;
}

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface TracingSettings {
  /** OTLP/HTTP base endpoint of a collector; spans go to `<endpoint>/v1/traces`. */
  otlpEndpoint: URL;
  serviceName: string;
}
/** Who gets `extensions.upstream` (the calls a response cost): everyone, callers who ask, or no one. */
export type UpstreamReportMode = 'always' | 'on-request' | 'off';

export interface Config {
  port: number;
  upstream: UpstreamMode;
  auth: AuthMode;
  /** Per upstream call (connect, response headers, body): undici's own defaults are minutes. */
  upstreamTimeoutMs: number;
  limits: QueryLimits;
  exposure: Exposure;
  /** A JSON map of sha256 hash to operation; when set, only those operations run. */
  trustedDocumentsPath?: string;
  logLevel: LogLevel;
  /** Absent: no tracing at all, so it costs nothing. */
  tracing?: TracingSettings;
  /** How long in-flight requests may take to finish after SIGTERM. */
  shutdownGraceMs: number;
  /** How long a readiness verdict is reused, so probes do not spend the store's upstream quota. */
  readinessCacheMs: number;
  /** Deadlines, retries, pacing and circuit breaking of upstream calls (README "Resilience"). */
  resilience: ResilienceSettings;
  /** The in-process idempotency key store. */
  idempotency: MemoryStoreSettings;
  /** Upstream requests in flight per store and origin; also the pool's sockets per origin. */
  upstreamMaxInFlight: number;
  upstreamReport: UpstreamReportMode;
  /** Web origins whose pages may call the gateway from a browser (CORS); none unless listed. */
  corsOrigins: string[];
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2_000,
  // 150 upstream calls' worth (150 × 201): one query may spend at most a minute of the store's B2B quota
  // (CONTRACT.md 5.1), and a 50-payment page with everything (51 calls) passes.
  maxCost: 30_150,
  maxBodyBytes: 100_000,
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Runs a loader above at start; on a ConfigError prints its problems and exits 1, before anything starts. */
export function loadedOrExit<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** What the sandbox starts with: the embedded one in sandbox mode, and `npm run sandbox`'s. */
export type SandboxSettings = Required<Pick<SandboxOptions, 'port' | 'latencyMs' | 'latencyJitterMs' | 'faults' | 'faultSeed'>> &
  Pick<SandboxOptions, 'quota'>;

/** Reads only the SANDBOX_* settings (README "Fault injection in the sandbox"), for `npm run sandbox`. */
export function loadSandboxSettings(env: Env = process.env): SandboxSettings {
  const problems: string[] = [];
  const settings = readSandboxSettings(new SettingReader(env, problems));
  if (problems.length > 0) throw new ConfigError(problems);
  return settings;
}

function readSandboxSettings(read: SettingReader): SandboxSettings {
  const quotaText = read.optionalString('SANDBOX_QUOTA');
  const quota = quotaText === undefined ? undefined : parseQuota(quotaText);
  if (quotaText !== undefined && !quota) read.problem(`SANDBOX_QUOTA must look like 150/60 (got "${quotaText}")`);
  const rules = read.parsed('SANDBOX_FAULTS', parseFaultRules) ?? [];
  const mix = read.parsed('SANDBOX_FAULT_RATE', (raw) => faultMix(Number(raw))) ?? [];
  return {
    port: read.port('SANDBOX_PORT', 4010),
    latencyMs: read.integer('SANDBOX_LATENCY_MS', 0, { min: 0, max: 60_000 }),
    latencyJitterMs: read.integer('SANDBOX_LATENCY_JITTER_MS', 0, { min: 0, max: 60_000 }),
    faults: [...rules, ...mix],
    faultSeed: read.integer('SANDBOX_FAULT_SEED', 1, { min: 0, max: 2 ** 31 - 1 }),
    ...(quota && { quota }),
  };
}

/** Reads and validates the environment; throws one `ConfigError` listing every problem found. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const read = new SettingReader(env, problems);

  const port = read.port('PORT', 4000);
  const upstreamTimeoutMs = read.integer('UPSTREAM_TIMEOUT_MS', 10_000, { min: 100, max: 120_000 });
  const sandbox = readSandboxSettings(read);
  const b2bApiUrl = read.url('B2B_API_URL', DEFAULT_B2B_API_URL);
  const bcApiUrl = read.url('BC_API_URL', DEFAULT_BC_API_URL);
  const authToken = read.optionalString('B2B_AUTH_TOKEN');
  const storeHash = read.optionalString('B2B_STORE_HASH');
  const authMode = read.choice('AUTH_MODE', ['server', 'per-request'] as const, 'server');
  const limits: QueryLimits = {
    maxDepth: read.integer('MAX_QUERY_DEPTH', DEFAULT_LIMITS.maxDepth, { min: 2, max: 100 }),
    maxAliases: read.integer('MAX_QUERY_ALIASES', DEFAULT_LIMITS.maxAliases, { min: 0, max: 1_000 }),
    maxTokens: read.integer('MAX_QUERY_TOKENS', DEFAULT_LIMITS.maxTokens, { min: 50, max: 100_000 }),
    maxCost: read.integer('MAX_QUERY_COST', DEFAULT_LIMITS.maxCost, { min: 1, max: 10_000_000 }),
    maxBodyBytes: read.integer('MAX_BODY_BYTES', DEFAULT_LIMITS.maxBodyBytes, { min: 1_000, max: 10_000_000 }),
  };
  // Production hides the schema's shape unless a setting opts back in.
  const production = read.optionalString('NODE_ENV') === 'production';
  const exposure: Exposure = {
    graphiql: read.boolean('GRAPHIQL_ENABLED', !production),
    introspection: read.boolean('INTROSPECTION_ENABLED', !production),
  };
  const trustedDocumentsPath = read.optionalString('TRUSTED_DOCUMENTS_PATH');
  const corsOrigins = read.origins('CORS_ORIGINS');
  const logLevel = read.choice('LOG_LEVEL', LOG_LEVELS, 'info');
  const otlpEndpoint = read.isSet('OTEL_EXPORTER_OTLP_ENDPOINT') ? read.url('OTEL_EXPORTER_OTLP_ENDPOINT', '') : undefined;
  const serviceName = read.optionalString('OTEL_SERVICE_NAME') ?? 'b2b-payments-gateway';
  const shutdownGraceMs = read.integer('SHUTDOWN_GRACE_MS', 10_000, { min: 0, max: 600_000 });
  const readinessCacheMs = read.integer('READINESS_CACHE_MS', 5_000, { min: 0, max: 600_000 });
  const resilience = readResilience(read, problems);
  const idempotency = {
    ttlMs: read.integer('IDEMPOTENCY_TTL_MS', 86_400_000, { min: 1_000, max: 604_800_000 }),
    maxKeys: read.integer('IDEMPOTENCY_MAX_KEYS', 10_000, { min: 1, max: 10_000_000 }),
  };
  // 8 in flight already outruns the store's quota (150 a minute) at any real latency; more only spends it faster.
  const upstreamMaxInFlight = read.integer('UPSTREAM_MAX_IN_FLIGHT', 8, { min: 1, max: 256 });
  const upstreamReport = read.choice('UPSTREAM_REPORT', ['always', 'on-request', 'off'] as const, 'on-request');

  if ((authToken === undefined) !== (storeHash === undefined)) {
    problems.push(
      'B2B_AUTH_TOKEN and B2B_STORE_HASH go together: set both to use an upstream API, or neither for the sandbox',
    );
  }
  if (storeHash !== undefined && !isValidStoreHash(storeHash)) {
    problems.push(`B2B_STORE_HASH ${STORE_HASH_RULE} (got ${storeHash.length} characters, not shown)`);
  }
  if (authMode === 'per-request' && authToken !== undefined) {
    problems.push('AUTH_MODE=per-request takes the credentials from each caller: unset B2B_AUTH_TOKEN and B2B_STORE_HASH');
  }
  if (problems.length > 0 || b2bApiUrl === undefined || bcApiUrl === undefined) throw new ConfigError(problems);

  const credentials = authToken !== undefined && storeHash !== undefined ? { authToken, storeHash } : undefined;
  // Server mode goes remote once credentials are set; per-request mode once an upstream URL is named.
  const remote =
    authMode === 'server' ? credentials !== undefined : read.isSet('B2B_API_URL') || read.isSet('BC_API_URL');
  return {
    port,
    upstream: remote ? { kind: 'remote', b2bApiUrl, bcApiUrl } : { kind: 'sandbox', sandbox },
    auth: authMode === 'server' ? { kind: 'server', ...(credentials && { credentials }) } : { kind: 'per-request' },
    upstreamTimeoutMs,
    limits,
    exposure,
    ...(trustedDocumentsPath !== undefined && { trustedDocumentsPath }),
    logLevel,
    ...(otlpEndpoint !== undefined && { tracing: { otlpEndpoint, serviceName } }),
    shutdownGraceMs,
    readinessCacheMs,
    resilience,
    idempotency,
    upstreamMaxInFlight,
    upstreamReport,
    corsOrigins,
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

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

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

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.optionalString(name);
    if (raw === undefined) return fallback;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    this.problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
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

  problem(text: string): void {
    this.problems.push(text);
  }

  /** A setting in a format of its own: `parse` throws FaultSpecError with what is wrong. */
  parsed<T>(name: string, parse: (raw: string) => T): T | undefined {
    const raw = this.optionalString(name);
    if (raw === undefined) return undefined;
    try {
      return parse(raw);
    } catch (error) {
      if (!(error instanceof FaultSpecError)) throw error;
      this.problems.push(`${name}: ${error.message}`);
      return undefined;
    }
  }

  port(name: string, fallback: number): number {
    return this.integer(name, fallback, { min: 0, max: 65_535 });
  }

  /** A comma-separated list of web origins (`https://app.example.com`), each exactly as a browser sends it. */
  origins(name: string): string[] {
    const raw = this.optionalString(name);
    if (raw === undefined) return [];
    const origins = raw.split(',').map((origin) => origin.trim()).filter((origin) => origin !== '');
    for (const origin of origins) {
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {
        // reported below
      }
      if (parsed?.origin !== origin || !/^https?:$/.test(parsed.protocol)) {
        this.problems.push(`${name} must list origins such as https://app.example.com, without a path (got "${origin}")`);
      }
    }
    return origins;
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
