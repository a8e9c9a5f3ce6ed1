import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { loadConfig, type Env } from '../../src/config.js';
import { createGateway, type GatewayConfig, type GatewayOverrides } from '../../src/gateway.js';
import { createLogger } from '../../src/observability/logging.js';
import { listen } from '../../src/ops/http-server.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import type { GraphQLResponse } from './stack.js';

/** One gateway replica on a shared sandbox (and Redis, when the environment names one), over HTTP. */
export interface Replica {
  readonly url: string;
  /** Every JSON log line the replica wrote, parsed. */
  readonly logLines: Array<Record<string, unknown>>;
  execute<Data, Variables>(
    document: TypedDocumentNode<Data, Variables>,
    variables?: Variables,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Data>>;
  /** `GET <path>`: status and body as text. */
  get(path: string): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

/**
 * A replica built as `main.ts` builds one: settings read by `loadConfig` from `env` (beside the sandbox's
 * URLs and server credentials for `storeHash`), then `createGateway`, listening on a free loopback port.
 * `REDIS_URL` and `REDIS_KEY_PREFIX` in `env` put its shared state in Redis.
 */
export async function startReplica(
  sandbox: Sandbox,
  storeHash: string,
  env: Env = {},
  overrides: GatewayOverrides = {},
): Promise<Replica> {
  const config = loadConfig({
    B2B_AUTH_TOKEN: `token-${storeHash}`,
    B2B_STORE_HASH: storeHash,
    B2B_API_URL: sandbox.baseUrl,
    // The sandbox serves the Admin API's `/stores/{hash}/v3/...` paths from its origin, as in sandbox mode.
    BC_API_URL: sandbox.origin,
    ...env,
  });
  if (config.upstream.kind !== 'remote') throw new Error('a replica needs the sandbox as its upstream');
  const logLines: Array<Record<string, unknown>> = [];
  const logger = createLogger('info', {
    write: (line: string) => logLines.push(JSON.parse(line) as Record<string, unknown>),
  });
  const gateway = await createGateway({ ...config, upstream: config.upstream } satisfies GatewayConfig, {
    logger,
    ...overrides,
  });
  const { port } = await listen(gateway.server, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    logLines,
    async execute(document, variables, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    async get(path) {
      const response = await fetch(`${url}${path}`);
      return { status: response.status, text: await response.text() };
    },
    async close() {
      await new Promise<void>((resolve) => gateway.server.close(() => resolve()));
      await gateway.close();
    },
  };
}
