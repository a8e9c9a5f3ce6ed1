import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Runs a baseline server the way the bench expects (bench/processes.ts): on a free loopback port, announced
 * by a first line `<name> on <url>`, until SIGTERM, when it closes its connections, then `release` runs.
 */
export function serveForBench(server: Server, name: string, release = async () => {}): void {
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as AddressInfo;
    console.log(`${name} on http://127.0.0.1:${port}/graphql`);
  });
  process.once('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void release().then(() => process.exit(0));
  });
}
