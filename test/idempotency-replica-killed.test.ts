/**
 * A replica killed mid-write: replica A is a real gateway process (`node dist/main.js`) on one Redis with
 * replica B; the sandbox takes A's keyed write and holds its answer back, A is killed with SIGKILL, and
 * the same key is sent to B. The sandbox's request log is the ledger of writes sent.
 */
import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/sandbox/server.js';
import { CreateOfflinePaymentIdOnlyDocument } from './gql/graphql.js';
import { GatewayProcess } from './support/gateway-process.js';
import { offlinePayment } from './support/offline-payment.js';
import { startRedisServer, type RedisServer } from './support/redis-server.js';
import { startReplica, type Replica } from './support/replicas.js';
import { waitUntil } from './support/wait-until.js';
import { OUTCOME_UNKNOWN } from './support/write-answers.js';

/** A process start takes seconds on a loaded machine, and the killed write's lease 7 more. */
const PROCESS_TEST_MS = 90_000;
const STORE = 'killstore';

describe('a replica killed mid-write', () => {
  let redis: RedisServer | undefined;
  let sandbox: Sandbox | undefined;
  let killed: GatewayProcess | undefined;
  let survivor: Replica | undefined;
  afterEach(async () => {
    killed?.kill();
    await survivor?.close();
    await sandbox?.close();
    await redis?.stop();
  });

  it(
    'leaves its key unknown once the lease is over: the other replica answers OUTCOME_UNKNOWN and never sends it again',
    async () => {
      redis = await startRedisServer();
      sandbox = await startSandbox({ port: 0 });
      const shared = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: `test-${randomUUID()}:` };
      // The killed replica's deadline sets its key's lease: 2 s, and the 5 s every lease adds.
      killed = GatewayProcess.start(['dist/main.js'], {
        ...shared,
        B2B_AUTH_TOKEN: `token-${STORE}`,
        B2B_STORE_HASH: STORE,
        B2B_API_URL: sandbox.baseUrl,
        BC_API_URL: sandbox.origin,
        REQUEST_DEADLINE_MS: '2000',
      });
      survivor = await startReplica(sandbox, STORE, shared);
      const listening = await killed.logLine('listening');
      const input = { ...offlinePayment({ externalId: `KILLED-${randomUUID()}` }), idempotencyKey: randomUUID() };
      const writesSent = () => sandbox?.log.entries().filter((entry) => entry.method === 'POST').length ?? 0;
      // The write takes effect upstream; its answer never reaches the replica.
      sandbox.faults.add({
        method: 'POST',
        path: '/payments/offline',
        times: 1,
        action: { kind: 'delay', ms: 60_000 },
      });

      const inFlight = fetch(`http://127.0.0.1:${listening['port']}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(CreateOfflinePaymentIdOnlyDocument), variables: { input } }),
      }).catch(() => 'connection lost');
      await waitUntil(() => writesSent() === 1, 'the sandbox received the write');
      killed.signal('SIGKILL');
      expect(await killed.exited).toBe(null);
      expect(await inFlight).toBe('connection lost');

      // While the key's lease runs B waits for it; once it is over, B finds the outcome unknown.
      const retried = await survivor.execute(CreateOfflinePaymentIdOnlyDocument, { input });
      const again = await survivor.execute(CreateOfflinePaymentIdOnlyDocument, { input });

      expect(retried.body).toEqual(OUTCOME_UNKNOWN);
      expect(again.body).toEqual(OUTCOME_UNKNOWN);
      expect(writesSent()).toBe(1);
    },
    PROCESS_TEST_MS,
  );
});
