/**
 * Which credential pairs a sandbox accepts. Unset, any non-empty token and store hash pass, so tests need no
 * setup; set, a token it does not know is refused (401), and a known token sent with another store's hash
 * gets a server error, as the references say of a mismatched hash (docs/upstream-contract.md §1).
 */

/** Store hash to the one token that may act on it. */
export type SandboxCredentials = Readonly<Record<string, string>>;

export type CredentialVerdict = 'accepted' | 'unknown-token' | 'other-store';

/**
 * Judges a non-empty token and the store hash it is sent with; without a hash, only whether the token is
 * known. Lives as long as its sandbox.
 */
export type CredentialCheck = (token: string, storeHash?: string) => CredentialVerdict;

export function createCredentialCheck(credentials: SandboxCredentials | undefined): CredentialCheck {
  if (credentials === undefined) return () => 'accepted';
  // A Map, not the record itself: a store hash such as `constructor` must not find Object's own members.
  const tokenOf = new Map(Object.entries(credentials));
  const tokens = new Set(tokenOf.values());
  return (token, storeHash) => {
    if (!tokens.has(token)) return 'unknown-token';
    return storeHash === undefined || tokenOf.get(storeHash) === token ? 'accepted' : 'other-store';
  };
}
