import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_B2B_API_URL, DEFAULT_BC_API_URL, loadConfig, parseConfig } from '../src/config.js';
import { READ_CACHE_DEFAULTS } from '../src/shared-state/index.js';
import { REDIS_DEFAULTS } from '../src/shared-state/redis-settings.js';

describe('loadConfig', () => {
  it('runs on the embedded sandbox with server-held credentials when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      production: false,
      upstream: { kind: 'sandbox' },
      auth: { kind: 'server' },
      upstreamTimeoutMs: 10_000,
      limits: { maxDepth: 10, maxAliases: 15, maxTokens: 2_000, maxCost: 24_120, maxBodyBytes: 100_000 },
      exposure: { graphiql: true, introspection: true },
      logLevel: 'info',
      logFormat: 'auto',
      shutdownGraceMs: 10_000,
      readinessCacheMs: 5_000,
      http: { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, maxConnections: 1_000 },
      resilience: {
        requestDeadlineMs: 15_000,
        maxBodyBytes: 8_388_608,
        retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 2_000 },
        pacing: { threshold: 30 },
        breaker: { failurePercent: 50, minimumCalls: 10, windowMs: 10_000, openMs: 10_000 },
      },
      sharedState: {
        redis: undefined,
        idempotency: { ttlMs: 86_400_000, maxKeys: 10_000 },
        readCache: READ_CACHE_DEFAULTS,
      },
      upstreamMaxInFlight: 64,
      upstreamReport: 'on-request',
      corsOrigins: [],
    });
  });

  it('reads the browser origins allowed by CORS, and refuses one with a path', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://app.example.com, http://localhost:3000' }).corsOrigins).toEqual([
      'https://app.example.com',
      'http://localhost:3000',
    ]);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://app.example.com/graphql' })).toThrowError(
      'CORS_ORIGINS must list origins such as https://app.example.com, without a path (got "https://app.example.com/graphql")',
    );
  });

  it('leaves the sandbox settings to the sandbox (src/sandbox/settings.ts)', () => {
    expect(loadConfig({ SANDBOX_LATENCY_MS: '50', SANDBOX_QUOTA: 'lots' }).upstream).toEqual({ kind: 'sandbox' });
  });

  it('reads the resilience settings and refuses a retry ceiling below its base', () => {
    const config = loadConfig({
      REQUEST_DEADLINE_MS: '2000',
      UPSTREAM_RETRY_ATTEMPTS: '1',
      UPSTREAM_PACING_THRESHOLD: '0',
      UPSTREAM_BREAKER_FAILURE_PERCENT: '0',
      IDEMPOTENCY_MAX_KEYS: '5',
    });
    expect(config.resilience).toMatchObject({
      requestDeadlineMs: 2_000,
      retry: { attempts: 1 },
      pacing: { threshold: 0 },
      breaker: { failurePercent: 0 },
    });
    expect(config.sharedState.idempotency.maxKeys).toBe(5);
    const load = () =>
      loadConfig({ UPSTREAM_RETRY_BASE_MS: '500', UPSTREAM_RETRY_MAX_MS: '100', UPSTREAM_RETRY_ATTEMPTS: '0' });
    expect(load).toThrowError(
      [
        'Invalid configuration:',
        '  - UPSTREAM_RETRY_ATTEMPTS must be a whole number from 1 to 10 (got "0")',
        '  - UPSTREAM_RETRY_MAX_MS must not be below UPSTREAM_RETRY_BASE_MS',
      ].join('\n'),
    );
  });

  it('keeps shared state in the process without REDIS_URL, and reads Redis and the read cache when set', () => {
    expect(loadConfig({}).sharedState).toEqual({
      redis: undefined,
      idempotency: { ttlMs: 86_400_000, maxKeys: 10_000 },
      readCache: READ_CACHE_DEFAULTS,
    });
    const shared = loadConfig({
      REDIS_URL: 'redis://:secret@redis.internal:6379/2',
      REDIS_KEY_PREFIX: 'payments-eu:',
      READ_CACHE_TTL_MS: '0',
      READ_CACHE_STALE_MS: '60000',
    }).sharedState;
    expect(shared.redis).toEqual({
      ...REDIS_DEFAULTS,
      url: 'redis://:secret@redis.internal:6379/2',
      keyPrefix: 'payments-eu:',
    });
    const timeouts = {
      REDIS_URL: 'redis://redis:6379',
      REDIS_COMMAND_TIMEOUT_MS: '200',
      REDIS_CONNECT_TIMEOUT_MS: '5000',
    };
    expect(loadConfig(timeouts).sharedState.redis).toMatchObject({ commandTimeoutMs: 200, connectTimeoutMs: 5_000 });
    expect(() => loadConfig({ REDIS_COMMAND_TIMEOUT_MS: '5', REDIS_CONNECT_TIMEOUT_MS: 'soon' })).toThrowError(
      [
        'Invalid configuration:',
        '  - REDIS_COMMAND_TIMEOUT_MS must be a whole number from 10 to 10000 (got "5")',
        '  - REDIS_CONNECT_TIMEOUT_MS must be a whole number from 100 to 60000 (got "soon")',
      ].join('\n'),
    );
    expect(shared.readCache).toEqual({ ...READ_CACHE_DEFAULTS, ttlMs: 0, staleMs: 60_000 });
    // The URL may hold a password: a bad one is named, never printed.
    expect(() => loadConfig({ REDIS_URL: 'http://:secret@redis.internal' })).toThrowError(
      'Invalid configuration: REDIS_URL: must be a redis:// or rediss:// URL (its value is not shown)',
    );
  });

  it('turns GraphiQL and introspection off in production unless a setting turns them back on', () => {
    const production = { NODE_ENV: 'production', B2B_AUTH_TOKEN: 'token', B2B_STORE_HASH: 'abc123' };
    expect(loadConfig(production).exposure).toEqual({ graphiql: false, introspection: false });
    expect(loadConfig({ ...production, GRAPHIQL_ENABLED: 'true' }).exposure).toEqual({
      graphiql: true,
      introspection: false,
    });
    expect(loadConfig({ INTROSPECTION_ENABLED: 'false' }).exposure).toEqual({ graphiql: true, introspection: false });
  });

  it('reads the production settings', () => {
    const config = loadConfig({
      MAX_QUERY_DEPTH: '6',
      MAX_QUERY_ALIASES: '3',
      MAX_QUERY_TOKENS: '500',
      MAX_QUERY_COST: '2500',
      MAX_BODY_BYTES: '20000',
      TRUSTED_DOCUMENTS_PATH: '/etc/gateway/persisted-documents.json',
      LOG_LEVEL: 'debug',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      SHUTDOWN_GRACE_MS: '25000',
      READINESS_CACHE_MS: '1000',
    });

    expect(config).toMatchObject({
      limits: { maxDepth: 6, maxAliases: 3, maxTokens: 500, maxCost: 2500, maxBodyBytes: 20_000 },
      trustedDocumentsPath: '/etc/gateway/persisted-documents.json',
      logLevel: 'debug',
      tracing: { otlpEndpoint: new URL('http://collector:4318'), serviceName: 'b2b-payments-gateway' },
      shutdownGraceMs: 25_000,
      readinessCacheMs: 1_000,
    });
  });

  it('reports bad production settings with the others', () => {
    expect(() => loadConfig({ GRAPHIQL_ENABLED: 'yes', LOG_LEVEL: 'loud', MAX_QUERY_COST: '0' })).toThrowError(
      [
        'Invalid configuration:',
        '  - MAX_QUERY_COST must be a whole number from 1 to 10000000 (got "0")',
        '  - GRAPHIQL_ENABLED must be true or false (got "yes")',
        '  - LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
      ].join('\n'),
    );
  });

  it('talks to the documented API once both credentials are set', () => {
    const config = loadConfig({ B2B_AUTH_TOKEN: 'token', B2B_STORE_HASH: 'abc123' });

    expect(config.upstream).toEqual({
      kind: 'remote',
      b2bApiUrl: new URL(DEFAULT_B2B_API_URL),
      bcApiUrl: new URL(DEFAULT_BC_API_URL),
    });
    expect(config.auth).toEqual({ kind: 'server', credentials: { authToken: 'token', storeHash: 'abc123' } });
  });

  it('in per-request mode goes remote only when an upstream URL is named', () => {
    expect(loadConfig({ AUTH_MODE: 'per-request' }).upstream.kind).toBe('sandbox');
    expect(
      loadConfig({ AUTH_MODE: 'per-request', B2B_API_URL: 'http://127.0.0.1:4010/api/v3/io/ip' }).upstream,
    ).toEqual({
      kind: 'remote',
      b2bApiUrl: new URL('http://127.0.0.1:4010/api/v3/io/ip'),
      bcApiUrl: new URL(DEFAULT_BC_API_URL),
    });
  });

  it('reads the per-store in-flight cap and who gets the upstream report', () => {
    const config = loadConfig({ UPSTREAM_MAX_IN_FLIGHT: '4', UPSTREAM_REPORT: 'always' });

    expect([config.upstreamMaxInFlight, config.upstreamReport]).toEqual([4, 'always']);
    expect(() => loadConfig({ UPSTREAM_MAX_IN_FLIGHT: '0', UPSTREAM_REPORT: 'yes' })).toThrowError(
      [
        'Invalid configuration:',
        '  - UPSTREAM_MAX_IN_FLIGHT must be a whole number from 1 to 256 (got "0")',
        '  - UPSTREAM_REPORT must be one of always, on-request, off (got "yes")',
      ].join('\n'),
    );
  });

  it('reports every bad setting in one error', () => {
    const load = () =>
      loadConfig({ PORT: 'eighty', B2B_AUTH_TOKEN: 'token', B2B_API_URL: 'ftp://x', AUTH_MODE: 'open' });

    expect(load).toThrowError(ConfigError);
    expect(() => load()).toThrowError(
      [
        'Invalid configuration:',
        '  - PORT must be a whole number from 0 to 65535 (got "eighty")',
        '  - B2B_API_URL must be an http or https URL (got "ftp://x")',
        '  - AUTH_MODE must be one of server, per-request (got "open")',
        '  - B2B_AUTH_TOKEN and B2B_STORE_HASH go together: set both to use an upstream API, or neither for the sandbox',
      ].join('\n'),
    );
  });

  it('refuses to serve the sandbox in production unless SANDBOX=true says so', () => {
    expect(parseConfig({ NODE_ENV: 'production' })).toEqual({
      ok: false,
      sandbox: true,
      problems: [
        'NODE_ENV=production with no upstream credentials: set B2B_AUTH_TOKEN and B2B_STORE_HASH ' +
          "(or AUTH_MODE=per-request with B2B_API_URL), or SANDBOX=true to serve the sandbox's made-up data on purpose",
      ],
    });
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_MODE: 'per-request' })).toThrowError(
      /^Invalid configuration: NODE_ENV=production with no upstream credentials/,
    );
    expect(loadConfig({ NODE_ENV: 'production', SANDBOX: 'true' })).toMatchObject({
      production: true,
      upstream: { kind: 'sandbox' },
    });
    expect(loadConfig({ NODE_ENV: 'production', B2B_AUTH_TOKEN: 't', B2B_STORE_HASH: 'h' }).upstream.kind).toBe(
      'remote',
    );
    expect(() => loadConfig({ SANDBOX: 'true', B2B_AUTH_TOKEN: 't', B2B_STORE_HASH: 'h' })).toThrowError(
      'Invalid configuration: SANDBOX=true runs on the embedded sandbox: unset it, or the upstream credentials and URLs',
    );
  });

  it("reads the HTTP server timeouts and connection cap, and refuses a headers timeout above the request's", () => {
    const env = {
      HTTP_HEADERS_TIMEOUT_MS: '2000',
      HTTP_REQUEST_TIMEOUT_MS: '4000',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '65000',
      HTTP_MAX_CONNECTIONS: '50',
    };
    expect(loadConfig(env).http).toEqual({
      headersTimeoutMs: 2_000,
      requestTimeoutMs: 4_000,
      keepAliveTimeoutMs: 65_000,
      maxConnections: 50,
    });
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: '5000', HTTP_REQUEST_TIMEOUT_MS: '4000' })).toThrowError(
      'Invalid configuration: HTTP_HEADERS_TIMEOUT_MS must not be above HTTP_REQUEST_TIMEOUT_MS',
    );
  });

  it('reads the log format: readable lines or JSON, or by whether stdout is a terminal', () => {
    expect(loadConfig({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrowError(
      'LOG_FORMAT must be one of auto, json, pretty (got "xml")',
    );
  });
});
