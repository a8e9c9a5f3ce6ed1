import { createHash } from 'node:crypto';

/** One store's upstream credentials: an API token and the store hash it belongs to. */
export interface Credentials {
  authToken: string;
  storeHash: string;
}

export type AuthMode =
  /** A trusted deployment: the gateway holds one store's credentials (none yet in sandbox mode). */
  | { kind: 'server'; credentials?: Credentials }
  /** Each caller sends its own `X-Auth-Token` and `X-Store-Hash`; nothing is shared between callers. */
  | { kind: 'per-request' };

/**
 * Credentials with the key of the state kept per caller (circuit, in-flight slots): the store hash and a
 * sha256 digest of the token, worked out once per credentials object. The token itself is never a key.
 */
export interface ScopedCredentials extends Credentials {
  readonly scope: string;
}

/** Why a request's credentials are not used: its answer says so, and nothing is sent or keyed. */
export interface RefusedCredentials {
  refused: string;
}

export type CallerCredentials = ScopedCredentials | RefusedCredentials;

/** Finds the upstream credentials for one request, or says why there are none to use. */
export type CredentialSource = (request: Request) => CallerCredentials;

/**
 * The store hash format the gateway accepts, in the header and in `B2B_STORE_HASH`: BigCommerce store hashes
 * are short lowercase letters and digits; anything else can only break a path or bloat the per-store state.
 */
const STORE_HASH_FORMAT = /^[A-Za-z0-9]{1,64}$/;
export const STORE_HASH_RULE = 'must be 1 to 64 letters or digits (A-Z, a-z, 0-9)';

export function isValidStoreHash(value: string): boolean {
  return STORE_HASH_FORMAT.test(value);
}

export function scoped(credentials: Credentials): ScopedCredentials {
  const digest = createHash('sha256').update(credentials.authToken).digest('base64url');
  return { ...credentials, scope: `${credentials.storeHash}/${digest}` };
}

const NO_CREDENTIALS: RefusedCredentials = {
  refused: 'No credentials: send the X-Auth-Token and X-Store-Hash headers with the request.',
};
const BAD_STORE_HASH: RefusedCredentials = { refused: `X-Store-Hash ${STORE_HASH_RULE}.` };

/**
 * Server mode: every request uses the gateway's own credentials, digested once. Per-request mode: each
 * caller's `X-Auth-Token` and `X-Store-Hash` headers, the store hash checked before anything uses it.
 * Lives as long as the app.
 */
export function credentialSource(auth: AuthMode, serverCredentials: Credentials | undefined): CredentialSource {
  if (auth.kind === 'server') {
    const server = serverCredentials ? scoped(serverCredentials) : NO_CREDENTIALS;
    return () => server;
  }
  return (request) => {
    const authToken = request.headers.get('x-auth-token')?.trim();
    const storeHash = request.headers.get('x-store-hash')?.trim();
    if (!authToken || !storeHash) return NO_CREDENTIALS;
    if (!isValidStoreHash(storeHash)) return BAD_STORE_HASH;
    return scoped({ authToken, storeHash });
  };
}
