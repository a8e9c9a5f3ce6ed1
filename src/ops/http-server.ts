import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The gateway's own HTTP server limits: Node's defaults hold a stalled connection for minutes. */
export interface HttpServerSettings {
  /** Time a client has to send a request's headers. */
  headersTimeoutMs: number;
  /** Time a client has to send a whole request, headers and body (not the time to answer it). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open; behind a load balancer, above its idle timeout. */
  keepAliveTimeoutMs: number;
  /** Open connections at most; further ones are closed as they arrive. */
  maxConnections: number;
}

/** Node checks the headers and request timeouts on this beat (30 s by default), so they hold to a second. */
const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

/** A Node HTTP server for `listener` with `settings`; not listening yet. Lives as long as the process. */
export function createHttpServer(listener: RequestListener, settings: HttpServerSettings): Server {
  const server = createServer(
    {
      headersTimeout: settings.headersTimeoutMs,
      requestTimeout: settings.requestTimeoutMs,
      keepAliveTimeout: settings.keepAliveTimeoutMs,
      connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
    },
    listener,
  );
  server.maxConnections = settings.maxConnections;
  return server;
}

/** Starts listening; rejects with Node's error (e.g. `EADDRINUSE`) when it cannot. */
export async function listen(server: Server, port: number, host?: string): Promise<AddressInfo> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server.address() as AddressInfo;
}
