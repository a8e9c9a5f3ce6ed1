import type { Server, ServerResponse } from 'node:http';
import type { Logger } from '../observability/logging.js';

export interface ShutdownOptions {
  server: Server;
  /** How long in-flight requests may take to finish before their connections are cut. */
  graceMs: number;
  logger: Logger;
  /** Runs first, e.g. so readiness answers 503 and load balancers stop sending traffic. */
  onDrainStart?: () => void;
  /** Closed in this order once no request is left: pools, sandbox, tracing... */
  close: ReadonlyArray<() => Promise<void>>;
}

/**
 * On SIGTERM or SIGINT: stop accepting connections, let in-flight requests finish (each answered with
 * `Connection: close`), close what `close` lists and exit 0. Requests still running after `graceMs` are
 * cut and the process exits 1 at once. A second signal while draining is logged and changes nothing: the
 * grace period is the bound (orchestrators repeat SIGTERM, and one impatient Ctrl-C must not cut every
 * request at once); SIGKILL stops the process at once. Installed once per process, before the server listens.
 */
export function installGracefulShutdown(options: ShutdownOptions): void {
  const { server, logger } = options;
  const inFlight = new Set<ServerResponse>();
  let draining = false;

  server.on('request', (_request, response: ServerResponse) => {
    inFlight.add(response);
    if (draining) response.setHeader('connection', 'close');
    response.once('close', () => inFlight.delete(response));
  });

  const closeResources = async (): Promise<boolean> => {
    let clean = true;
    for (const close of options.close) {
      try {
        await close();
      } catch (error) {
        clean = false;
        logger.error({ err: error }, 'shutdown: closing a resource failed');
      }
    }
    return clean;
  };

  const drain = (signal: NodeJS.Signals) => {
    if (draining) {
      const message = 'shutdown: already draining, signal ignored: the grace period still holds';
      logger.warn({ signal, inFlight: inFlight.size }, message);
      return;
    }
    draining = true;
    options.onDrainStart?.();
    // Keep-alive sockets would otherwise outlive their last response until the client drops them.
    for (const response of inFlight) if (!response.headersSent) response.setHeader('connection', 'close');

    const deadline = setTimeout(() => {
      // Past the bound: waiting for pools to drain would wait for the very calls that ran late.
      logger.error({ cut: inFlight.size }, 'shutdown: grace period over, cutting requests still running');
      server.closeAllConnections();
      process.exit(1);
    }, options.graceMs);
    deadline.unref();

    server.close(async () => {
      // The bound covers closing too: a pool waits for upstream calls of requests whose client left.
      const clean = await closeResources();
      clearTimeout(deadline);
      logger.info({ clean }, 'stopped');
      process.exit(clean ? 0 : 1);
    });
    server.closeIdleConnections();
    // Logged once the listening socket is closed: from here on, new connections are refused.
    logger.info({ signal, inFlight: inFlight.size, graceMs: options.graceMs }, 'draining');
  };

  process.on('SIGTERM', drain);
  process.on('SIGINT', drain);
}
