import { createHash } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';

/**
 * A digest of one write: the operation and what it would send, with object keys sorted so the same input
 * always digests the same, however its fields were ordered (and on every replica, since a shared store
 * compares digests made by different processes).
 */
export function fingerprint(operation: string, input: unknown): string {
  return createHash('sha256')
    .update(operation)
    .update('\0')
    .update(stringify(input) ?? 'null')
    .digest('base64url');
}
