import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import type { AuthMode, Credentials, UpstreamReportMode } from '../../src/config.js';
import { credentialSource } from '../../src/credentials.js';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/server.js';
import { UpstreamPools } from '../../src/upstream/http-pools.js';
import { StoreLimiters } from '../../src/upstream/store-limiter.js';
import { createApp } from '../../src/yoga.js';

export const TEST_CREDENTIALS: Credentials = { authToken: 'test-token-5f1e', storeHash: 'teststore' };

export interface GraphQLResponse<Data> {
  status: number;
  body: ExecutionResult<Data> & { extensions?: Record<string, unknown> };
}

/** A sandbox and a gateway, each on a free loopback port, talking real HTTP to each other. */
export interface TestStack {
  gatewayUrl: string;
  sandbox: Sandbox;
  execute<Data, Variables>(
    document: TypedDocumentNode<Data, Variables>,
    variables?: Variables,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Data>>;
  /** Upstream requests the sandbox received since the last reset, as `METHOD /path?query`. */
  upstreamRequests(): string[];
  resetUpstreamLog(): void;
  close(): Promise<void>;
}

export interface StackOptions {
  sandbox?: SandboxOptions;
  /** `server` (the default) uses TEST_CREDENTIALS; `per-request` forwards each caller's headers. */
  auth?: AuthMode;
  /** Upstream requests in flight per store; also the pool's sockets, as in main.ts. Default 8. */
  upstreamMaxInFlight?: number;
  /** Pool sockets per origin when they should differ from the cap (to show the cap holds on its own). */
  poolConnections?: number;
  upstreamReport?: UpstreamReportMode;
}

export async function startStack(options: StackOptions = {}): Promise<TestStack> {
  const sandbox = await startSandbox({ port: 0, ...options.sandbox });
  const maxInFlight = options.upstreamMaxInFlight ?? 8;
  const pools = new UpstreamPools({ connections: options.poolConnections ?? maxInFlight, timeoutMs: 5_000 });
  const auth = options.auth ?? { kind: 'server', credentials: TEST_CREDENTIALS };
  const app = createApp({
    b2bBaseUrl: new URL(sandbox.baseUrl),
    credentials: credentialSource(auth, auth.kind === 'server' ? auth.credentials : undefined),
    pools,
    limiters: new StoreLimiters(maxInFlight),
    upstreamTimeoutMs: 5_000,
    ...(options.upstreamReport && { upstreamReport: options.upstreamReport }),
  });
  const server = createServer(app);
  const gatewayUrl = await listen(server);

  return {
    gatewayUrl,
    sandbox,
    async execute(document, variables, headers = {}) {
      const response = await fetch(`${gatewayUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    upstreamRequests: () => sandbox.log.entries().map(describeRequest),
    resetUpstreamLog: () => sandbox.log.clear(),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pools.close();
      await sandbox.close();
    },
  };
}

function describeRequest(entry: { method: string; path: string; query: Record<string, string | string[]> }): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(entry.query)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, item);
  }
  const query = params.toString();
  return `${entry.method} ${entry.path}${query ? `?${query}` : ''}`;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}
