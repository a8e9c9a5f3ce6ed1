/**
 * The gateway's settings: the only module that reads `process.env`. `parseConfig` validates every setting
 * once, at start, and reports all problems at once so a deployment is fixed in one round. Each module owns
 * the type of its own settings; this one only reads them. The sandbox's settings are the sandbox's own
 * (read in sandbox mode only, by src/sandbox/settings.ts).
 */
import { isValidStoreHash, STORE_HASH_RULE, type AuthMode } from './credentials.js';
import { LOG_LEVELS, type LogFormat, type LogLevel } from './observability/logging.js';
import type { TracingSettings } from './observability/tracing.js';
import type { UpstreamReportMode } from './observability/upstream-report.js';
import type { HttpServerSettings } from './ops/http-server.js';
import type { Exposure } from './security/exposure.js';
import { DEFAULT_LIMITS, type QueryLimits } from './security/query-limits.js';
import { READ_CACHE_DEFAULTS, type SharedStateSettings } from './shared-state/index.js';
import { REDIS_DEFAULTS, type RedisSettings } from './shared-state/redis-settings.js';
import type { ResilienceSettings } from './upstream/resilience/caller.js';

export const DEFAULT_B2B_API_URL = 'https://api-b2b.bigcommerce.com/api/v3/io/ip';
/** Origin of the BigCommerce Admin API (docs/upstream-contract.md §6); the store hash goes in the path. */
export const DEFAULT_BC_API_URL = 'https://api.bigcommerce.com';

/** Where the gateway sends its calls: `b2bApiUrl` and `bcApiUrl`, whatever answers there. */
export interface RemoteUpstream {
  kind: 'remote';
  b2bApiUrl: URL;
  bcApiUrl: URL;
}

export type UpstreamMode =
  /** No upstream configured: main.ts starts the embedded sandbox in-process and points the gateway at it. */
  { kind: 'sandbox' } | RemoteUpstream;

export interface Config {
  port: number;
  /** NODE_ENV=production: GraphiQL and introspection off by default, and no sandbox unless SANDBOX=true. */
  production: boolean;
  upstream: UpstreamMode;
  auth: AuthMode;
  /** Per upstream call (connect, response headers, body): undici's own defaults are minutes. */
  upstreamTimeoutMs: number;
  limits: QueryLimits;
  exposure: Exposure;
  /** A JSON map of sha256 hash to operation; when set, only those operations run. */
  trustedDocumentsPath?: string;
  logLevel: LogLevel;
  /** `auto`: readable lines when stdout is a terminal, JSON lines otherwise. */
  logFormat: LogFormat | 'auto';
  /** Absent: no tracing at all, so it costs nothing. */
  tracing?: TracingSettings;
  /** How long in-flight requests may take to finish after SIGTERM. */
  shutdownGraceMs: number;
  /** How long a readiness verdict is reused, so probes do not spend the store's upstream quota. */
  readinessCacheMs: number;
  http: HttpServerSettings;
  /** Deadlines, retries, pacing and circuit breaking of upstream calls (docs/operations.md, "Resilience"). */
  resilience: ResilienceSettings;
  /**
   * What replicas share through Redis (REDIS_URL), or each keeps in its process: idempotency keys, read
   * cache, quota.
   */
  sharedState: SharedStateSettings;
  /**
   * Upstream requests in flight per proven caller and origin in a process, and per store across replicas
   * (fewer as the quota runs down); also the pool's sockets per origin in server mode.
   */
  upstreamMaxInFlight: number;
  upstreamReport: UpstreamReportMode;
  /** Web origins whose pages may call the gateway from a browser (CORS); none unless listed. */
  corsOrigins: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? `Invalid configuration: ${problems[0]}`
        : `Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

export type Env = Record<string, string | undefined>;

/** Prints why the process cannot start, on stderr, and exits 1: before anything started, or instead of it. */
export function exitAtStart(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Every setting read, or every problem found; with problems, still whether the settings ask for the sandbox. */
export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[]; sandbox: boolean };

/** Reads and validates the environment; throws one `ConfigError` listing every problem found. */
export function loadConfig(env: Env = process.env): Config {
  const result = parseConfig(env);
  if (!result.ok) throw new ConfigError(result.problems);
  return result.config;
}

export function parseConfig(env: Env = process.env): ConfigResult {
  const problems: string[] = [];
  const read = new SettingReader(env, problems);

  const port = read.port('PORT', 4000);
  const upstreamTimeoutMs = read.integer('UPSTREAM_TIMEOUT_MS', 10_000, { min: 100, max: 120_000 });
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
  // Production hides the schema's shape and refuses fake data unless a setting opts back in.
  const production = read.optionalString('NODE_ENV') === 'production';
  const exposure: Exposure = {
    graphiql: read.boolean('GRAPHIQL_ENABLED', !production),
    introspection: read.boolean('INTROSPECTION_ENABLED', !production),
  };
  const sandboxAllowed = read.boolean('SANDBOX', !production);
  const trustedDocumentsPath = read.optionalString('TRUSTED_DOCUMENTS_PATH');
  const corsOrigins = read.origins('CORS_ORIGINS');
  const logLevel = read.choice('LOG_LEVEL', LOG_LEVELS, 'info');
  const logFormat = read.choice('LOG_FORMAT', ['auto', 'json', 'pretty'] as const, 'auto');
  const otlpEndpoint = read.isSet('OTEL_EXPORTER_OTLP_ENDPOINT')
    ? read.url('OTEL_EXPORTER_OTLP_ENDPOINT', '')
    : undefined;
  const serviceName = read.optionalString('OTEL_SERVICE_NAME') ?? 'b2b-payments-gateway';
  const shutdownGraceMs = read.integer('SHUTDOWN_GRACE_MS', 10_000, { min: 0, max: 600_000 });
  const readinessCacheMs = read.integer('READINESS_CACHE_MS', 5_000, { min: 0, max: 600_000 });
  const http = readHttpServer(read, problems);
  const resilience = readResilience(read, problems);
  const sharedState = readSharedState(read);
  // Wide enough for a 50-payment page's transactions in one round while the window is fresh: pacing and
  // admission, not this cap, keep calls within the quota as it runs down (docs/shared-state.md).
  const upstreamMaxInFlight = read.integer('UPSTREAM_MAX_IN_FLIGHT', 64, { min: 1, max: 256 });
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
    problems.push(
      'AUTH_MODE=per-request takes the credentials from each caller: unset B2B_AUTH_TOKEN and B2B_STORE_HASH',
    );
  }
  const credentials = authToken !== undefined && storeHash !== undefined ? { authToken, storeHash } : undefined;
  // Server mode goes remote once credentials are set; per-request mode once an upstream URL is named.
  const remote =
    authMode === 'server'
      ? authToken !== undefined || storeHash !== undefined
      : read.isSet('B2B_API_URL') || read.isSet('BC_API_URL');
  if (!remote && !sandboxAllowed) {
    problems.push(
      production
        ? 'NODE_ENV=production with no upstream credentials: set B2B_AUTH_TOKEN and B2B_STORE_HASH ' +
            '(or AUTH_MODE=per-request with B2B_API_URL), ' +
            "or SANDBOX=true to serve the sandbox's made-up data on purpose"
        : 'SANDBOX=false with no upstream credentials: set B2B_AUTH_TOKEN and B2B_STORE_HASH ' +
            '(or AUTH_MODE=per-request with B2B_API_URL)',
    );
  }
  if (remote && read.optionalString('SANDBOX') === 'true') {
    problems.push('SANDBOX=true runs on the embedded sandbox: unset it, or the upstream credentials and URLs');
  }
  if (problems.length > 0 || b2bApiUrl === undefined || bcApiUrl === undefined) {
    return { ok: false, problems, sandbox: !remote };
  }

  return {
    ok: true,
    config: {
      port,
      production,
      upstream: remote ? { kind: 'remote', b2bApiUrl, bcApiUrl } : { kind: 'sandbox' },
      auth: authMode === 'server' ? { kind: 'server', ...(credentials && { credentials }) } : { kind: 'per-request' },
      upstreamTimeoutMs,
      limits,
      exposure,
      ...(trustedDocumentsPath !== undefined && { trustedDocumentsPath }),
      logLevel,
      logFormat,
      ...(otlpEndpoint !== undefined && { tracing: { otlpEndpoint, serviceName } }),
      shutdownGraceMs,
      readinessCacheMs,
      http,
      resilience,
      sharedState,
      upstreamMaxInFlight,
      upstreamReport,
      corsOrigins,
    },
  };
}

function readHttpServer(read: SettingReader, problems: string[]): HttpServerSettings {
  const settings = {
    headersTimeoutMs: read.integer('HTTP_HEADERS_TIMEOUT_MS', 10_000, { min: 100, max: 600_000 }),
    requestTimeoutMs: read.integer('HTTP_REQUEST_TIMEOUT_MS', 30_000, { min: 100, max: 600_000 }),
    keepAliveTimeoutMs: read.integer('HTTP_KEEP_ALIVE_TIMEOUT_MS', 5_000, { min: 100, max: 600_000 }),
    maxConnections: read.integer('HTTP_MAX_CONNECTIONS', 1_000, { min: 1, max: 1_000_000 }),
  };
  // Node refuses a headers timeout longer than the request's: the headers are part of the request.
  if (settings.headersTimeoutMs > settings.requestTimeoutMs) {
    problems.push('HTTP_HEADERS_TIMEOUT_MS must not be above HTTP_REQUEST_TIMEOUT_MS');
  }
  return settings;
}

function readSharedState(read: SettingReader): SharedStateSettings {
  const url = read.parsed('REDIS_URL', (raw) =>
    /^rediss?:\/\/[^\s]+$/.test(raw)
      ? raw
      : { problem: 'must be a redis:// or rediss:// URL (its value is not shown)' },
  );
  // Read whether or not REDIS_URL is set, so a bad value is reported at once, not when Redis is turned on.
  const commandTimeoutMs = read.integer('REDIS_COMMAND_TIMEOUT_MS', REDIS_DEFAULTS.commandTimeoutMs, {
    min: 10,
    max: 10_000,
  });
  const connectTimeoutMs = read.integer('REDIS_CONNECT_TIMEOUT_MS', REDIS_DEFAULTS.connectTimeoutMs, {
    min: 100,
    max: 60_000,
  });
  const redis: RedisSettings | undefined =
    url === undefined
      ? undefined
      : {
          url,
          keyPrefix: read.optionalString('REDIS_KEY_PREFIX') ?? REDIS_DEFAULTS.keyPrefix,
          commandTimeoutMs,
          connectTimeoutMs,
        };
  return {
    redis,
    idempotency: {
      ttlMs: read.integer('IDEMPOTENCY_TTL_MS', 86_400_000, { min: 1_000, max: 604_800_000 }),
      maxKeys: read.integer('IDEMPOTENCY_MAX_KEYS', 10_000, { min: 1, max: 10_000_000 }),
    },
    readCache: {
      ...READ_CACHE_DEFAULTS,
      ttlMs: read.integer('READ_CACHE_TTL_MS', READ_CACHE_DEFAULTS.ttlMs, { min: 0, max: 86_400_000 }),
      staleMs: read.integer('READ_CACHE_STALE_MS', READ_CACHE_DEFAULTS.staleMs, { min: 0, max: 86_400_000 }),
    },
  };
}

function readResilience(read: SettingReader, problems: string[]): ResilienceSettings {
  const retry = {
    attempts: read.integer('UPSTREAM_RETRY_ATTEMPTS', 3, { min: 1, max: 10 }),
    baseDelayMs: read.integer('UPSTREAM_RETRY_BASE_MS', 100, { min: 0, max: 60_000 }),
    maxDelayMs: read.integer('UPSTREAM_RETRY_MAX_MS', 2_000, { min: 0, max: 60_000 }),
  };
  if (retry.maxDelayMs < retry.baseDelayMs)
    problems.push('UPSTREAM_RETRY_MAX_MS must not be below UPSTREAM_RETRY_BASE_MS');
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

/** Reads settings from an environment, collecting a problem per bad value instead of stopping at the first. */
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

  /** A setting in a format of its own: `parse` returns the value, or `{ problem }` saying what is wrong. */
  parsed<T>(name: string, parse: (raw: string) => T | { problem: string }): T | undefined {
    const raw = this.optionalString(name);
    if (raw === undefined) return undefined;
    const parsed = parse(raw);
    if (typeof parsed !== 'object' || parsed === null || !('problem' in parsed)) return parsed;
    this.problems.push(`${name}: ${parsed.problem}`);
    return undefined;
  }

  port(name: string, fallback: number): number {
    return this.integer(name, fallback, { min: 0, max: 65_535 });
  }

  /** A comma-separated list of web origins (`https://app.example.com`), each exactly as a browser sends it. */
  origins(name: string): string[] {
    const raw = this.optionalString(name);
    if (raw === undefined) return [];
    const origins = raw
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== '');
    for (const origin of origins) {
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {
        // reported below
      }
      if (parsed?.origin !== origin || !/^https?:$/.test(parsed.protocol)) {
        this.problems.push(
          `${name} must list origins such as https://app.example.com, without a path (got "${origin}")`,
        );
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
