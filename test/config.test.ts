import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_B2B_API_URL, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('runs on the embedded sandbox with server-held credentials when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      upstream: { kind: 'sandbox', sandboxPort: 4010, sandboxLatencyMs: 0 },
      auth: { kind: 'server' },
      upstreamTimeoutMs: 10_000,
      upstreamMaxInFlight: 8,
      upstreamReport: 'on-request',
    });
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
