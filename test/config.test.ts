import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_B2B_API_URL, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('runs on the embedded sandbox with server-held credentials when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      upstream: { kind: 'sandbox', sandboxPort: 4010, sandboxLatencyMs: 0 },
      auth: { kind: 'server' },
      upstreamTimeoutMs: 10_000,
      resilience: {
        requestDeadlineMs: 15_000,
        maxBodyBytes: 8_388_608,
        retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 2_000 },
        pacing: { threshold: 30 },
        breaker: { failurePercent: 50, minimumCalls: 10, windowMs: 10_000, openMs: 10_000 },
      },
      idempotency: { ttlMs: 86_400_000, maxKeys: 10_000 },
    });
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
    expect(config.idempotency.maxKeys).toBe(5);
    const load = () => loadConfig({ UPSTREAM_RETRY_BASE_MS: '500', UPSTREAM_RETRY_MAX_MS: '100', UPSTREAM_RETRY_ATTEMPTS: '0' });
    expect(load).toThrowError(
      [
        'Invalid configuration:',
        '  - UPSTREAM_RETRY_ATTEMPTS must be a whole number from 1 to 10 (got "0")',
        '  - UPSTREAM_RETRY_MAX_MS must not be below UPSTREAM_RETRY_BASE_MS',
      ].join('\n'),
    );
  });

  it('talks to the documented API once both credentials are set', () => {
    const config = loadConfig({ B2B_AUTH_TOKEN: 'token', B2B_STORE_HASH: 'abc123' });

    expect(config.upstream).toEqual({ kind: 'remote', b2bApiUrl: new URL(DEFAULT_B2B_API_URL) });
    expect(config.auth).toEqual({ kind: 'server', credentials: { authToken: 'token', storeHash: 'abc123' } });
  });

  it('in per-request mode goes remote only when an upstream URL is named', () => {
    expect(loadConfig({ AUTH_MODE: 'per-request' }).upstream.kind).toBe('sandbox');
    expect(loadConfig({ AUTH_MODE: 'per-request', B2B_API_URL: 'http://127.0.0.1:4010/api/v3/io/ip' }).upstream).toEqual({
      kind: 'remote',
      b2bApiUrl: new URL('http://127.0.0.1:4010/api/v3/io/ip'),
    });
  });

  it('reports every bad setting in one error', () => {
    const load = () =>
      loadConfig({ PORT: 'eighty', SANDBOX_LATENCY_MS: '-5', B2B_AUTH_TOKEN: 'token', B2B_API_URL: 'ftp://x', AUTH_MODE: 'open' });

    expect(load).toThrowError(ConfigError);
    expect(() => load()).toThrowError(
      [
        'Invalid configuration:',
        '  - PORT must be a whole number from 0 to 65535 (got "eighty")',
        '  - SANDBOX_LATENCY_MS must be a whole number from 0 to 60000 (got "-5")',
        '  - B2B_API_URL must be an http or https URL (got "ftp://x")',
        '  - AUTH_MODE must be one of server, per-request (got "open")',
        '  - B2B_AUTH_TOKEN and B2B_STORE_HASH go together: set both to use an upstream API, or neither for the sandbox',
      ].join('\n'),
    );
  });
});
