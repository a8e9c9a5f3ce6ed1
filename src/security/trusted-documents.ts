import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLParams, Plugin } from 'graphql-yoga';

/** Operations allowed to run, by document id `sha256:<hex of the document text>`. */
export type TrustedDocuments = ReadonlyMap<string, string>;

const SHA256_ID = /^(?:sha256:)?([0-9a-f]{64})$/;

/**
 * Reads a trusted-documents file: a JSON object of document id to document text, as graphql-codegen's
 * client preset writes it with `persistedDocuments: true` (`persisted-documents.json`). Every id must be
 * the sha256 of its text, so a file cannot map a known id to another operation. Read once, at start.
 */
export function loadTrustedDocuments(path: string): TrustedDocuments {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${path}: expected a JSON object of "sha256:<hash>": "<document>"`);
  }
  const documents = new Map<string, string>();
  for (const [id, text] of Object.entries(parsed)) {
    const hash = SHA256_ID.exec(id)?.[1];
    if (hash === undefined || typeof text !== 'string' || sha256(text) !== hash) {
      throw new Error(`${path}: "${id}" is not the sha256 of its document`);
    }
    documents.set(`sha256:${hash}`, text);
  }
  return documents;
}

/**
 * Trusted-documents mode: only operations in `documents` run, named by id. Accepts the GraphQL over HTTP
 * `documentId` parameter and Apollo's `extensions.persistedQuery.sha256Hash`; a request carrying query
 * text is refused, even text of a trusted operation, so clients cannot drift from the reviewed set.
 */
export function useTrustedDocuments(documents: TrustedDocuments): Plugin {
  return usePersistedOperations({
    getPersistedOperation: (id) => documents.get(id) ?? null,
    allowArbitraryOperations: false,
    extractPersistedOperationId: documentIdOf,
    customErrors: {
      persistedQueryOnly: refusal(
        'TRUSTED_DOCUMENT_REQUIRED',
        'This gateway runs trusted documents only: send a documentId instead of a query.',
      ),
      keyNotFound: refusal('TRUSTED_DOCUMENT_REQUIRED', 'This gateway runs trusted documents only: send a documentId.'),
      notFound: refusal('TRUSTED_DOCUMENT_NOT_FOUND', 'No trusted document has this documentId.'),
    },
  });
}

/** Request parameters beyond the standard four that trusted-documents mode reads. */
export const TRUSTED_DOCUMENT_PARAMS = ['documentId'];

function documentIdOf(params: GraphQLParams & { documentId?: unknown }): string | null {
  const id = typeof params.documentId === 'string' ? params.documentId : apolloHash(params.extensions);
  const hash = id === undefined ? undefined : SHA256_ID.exec(id)?.[1];
  return hash === undefined ? null : `sha256:${hash}`;
}

function apolloHash(extensions: Record<string, unknown> | undefined): string | undefined {
  const persistedQuery = extensions?.['persistedQuery'];
  if (typeof persistedQuery !== 'object' || persistedQuery === null) return undefined;
  const hash = (persistedQuery as Record<string, unknown>)['sha256Hash'];
  return typeof hash === 'string' ? hash : undefined;
}

function refusal(code: string, message: string) {
  return { message, extensions: { code, http: { status: 400 } } };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
