import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_B2B_API_URL, loadConfig } from '../src/config.js';

describe('BC_API_URL, the Admin API origin for recording transactions', () => {
  const credentials = { B2B_AUTH_TOKEN: 'token', B2B_STORE_HASH: 'abc123' };

  it('defaults to https://api.bigcommerce.com once credentials are set', () => {
    expect(loadConfig(credentials).upstream).toEqual({
      kind: 'remote',
      b2bApiUrl: new URL(DEFAULT_B2B_API_URL),
      bcApiUrl: new URL('https://api.bigcommerce.com'),
    });
  });

  it('points at a sandbox started alone, with the same credentials', () => {
    const config = loadConfig({
      ...credentials,
      B2B_API_URL: 'http://127.0.0.1:4010/api/v3/io/ip',
      BC_API_URL: 'http://127.0.0.1:4010',
    });

    expect(config.upstream).toEqual({
      kind: 'remote',
      b2bApiUrl: new URL('http://127.0.0.1:4010/api/v3/io/ip'),
      bcApiUrl: new URL('http://127.0.0.1:4010'),
    });
    expect(config.auth).toEqual({ kind: 'server', credentials: { authToken: 'token', storeHash: 'abc123' } });
  });

  it('is not used without credentials: the embedded sandbox serves both APIs', () => {
    expect(loadConfig({ BC_API_URL: 'http://127.0.0.1:4010' }).upstream.kind).toBe('sandbox');
  });

  it('in per-request mode goes remote when only BC_API_URL is named', () => {
    expect(loadConfig({ AUTH_MODE: 'per-request', BC_API_URL: 'http://127.0.0.1:4010' }).upstream).toEqual({
      kind: 'remote',
      b2bApiUrl: new URL(DEFAULT_B2B_API_URL),
      bcApiUrl: new URL('http://127.0.0.1:4010'),
    });
  });

  it('is reported with every other bad setting', () => {
    const load = () => loadConfig({ BC_API_URL: 'api.bigcommerce.com', PORT: 'x' });

    expect(load).toThrowError(ConfigError);
    expect(load).toThrowError(
      [
        'Invalid configuration:',
        '  - PORT must be a whole number from 0 to 65535 (got "x")',
        '  - BC_API_URL must be an http or https URL (got "api.bigcommerce.com")',
      ].join('\n'),
    );
  });
});
