import type { AuthMode, Credentials } from './config.js';

/** Finds the upstream credentials for one request; undefined when the caller sent none. */
export type CredentialSource = (request: Request) => Credentials | undefined;

/**
 * Server mode: every request uses the gateway's own credentials. Per-request mode: each caller's
 * `X-Auth-Token` and `X-Store-Hash` headers are forwarded as they are, and nothing else is used.
 */
export function credentialSource(auth: AuthMode, serverCredentials: Credentials | undefined): CredentialSource {
  if (auth.kind === 'server') return () => serverCredentials;
  return (request) => {
    const authToken = request.headers.get('x-auth-token')?.trim();
    const storeHash = request.headers.get('x-store-hash')?.trim();
    return authToken && storeHash ? { authToken, storeHash } : undefined;
  };
}
