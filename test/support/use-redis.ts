import { afterAll, afterEach, beforeAll } from 'vitest';
import { RedisConnection } from '../../src/shared-state/redis-connection.js';
import { REDIS_DEFAULTS } from '../../src/shared-state/redis-settings.js';
import { startRedisServer, type RedisServer } from './redis-server.js';

/** One server for the whole test file: started before its first test, stopped after its last. */
export function useRedisServer(): { readonly current: RedisServer } {
  let server: RedisServer | undefined;
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(() => server?.stop());
  return {
    get current(): RedisServer {
      if (!server) throw new Error('the Redis server is used before beforeAll started it');
      return server;
    },
  };
}

/**
 * Connections as replicas make them, each its own socket to the file's server (or to `url`, e.g. through a
 * proxy), ready before they are handed out and closed after each test.
 */
export function useRedisConnections(server: { readonly current: RedisServer }) {
  const opened: RedisConnection[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((connection) => connection.close()));
  });
  return {
    async connect(keyPrefix: string, url = server.current.url): Promise<RedisConnection> {
      const connection = new RedisConnection({ ...REDIS_DEFAULTS, url, keyPrefix });
      opened.push(connection);
      if (!(await connection.whenReady(10_000))) throw new Error(`Redis at ${url} did not answer`);
      return connection;
    },
  };
}
