/**
 * The sandbox's per-store quota (`quota: { limit, windowMs }`), as clients see it on the wire: one count per
 * store across every caller, the B2B rate-limit headers on every answer, and 429 once a window is spent.
 */
import { describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/server.js';
import { call, type Reply } from './helpers.js';

const RATE_LIMITED = { code: 429, data: { errMsg: 'Too Many Requests' }, meta: { message: 'Too Many Requests' } };

async function withSandbox(options: SandboxOptions, use: (sandbox: Sandbox) => Promise<void>): Promise<void> {
  const sandbox = await startSandbox(options);
  try {
    await use(sandbox);
  } finally {
    await sandbox.close();
  }
}

const remaining = (reply: Reply<unknown>) => [reply.status, reply.headers.get('x-requests-remaining')];

describe('the per-store quota', () => {
  it('counts requests per store in windows, with the B2B headers, and answers 429 once a window is spent', async () => {
    await withSandbox({ quota: { limit: 3, windowMs: 60_000 } }, async (limited) => {
      const replies = [];
      for (let i = 0; i < 4; i += 1) replies.push(await call(limited, '/payments/117'));
      const other = await call(limited, '/payments/117', { storeHash: 'another-store' });

      expect(replies.map(remaining)).toEqual([
        [200, '2 times'],
        [200, '1 times'],
        [200, '0 times'],
        [429, '0 times'],
      ]);
      expect(replies.map((reply) => reply.headers.get('x-requests-window-length'))).toEqual([
        '1 times',
        '2 times',
        '3 times',
        '3 times',
      ]);
      expect(replies[3]?.headers.get('x-requests-allocated')).toBe('3 times/60 s');
      const resetsAfter = parseFloat(replies[3]?.headers.get('x-request-window-resets-after') ?? '');
      expect(resetsAfter).toBeGreaterThan(0);
      expect(resetsAfter).toBeLessThanOrEqual(60);
      expect(replies[3]?.body).toEqual(RATE_LIMITED);
      expect(remaining(other)).toEqual([200, '2 times']);
    });
  });

  it("counts a store's requests from every caller against one window, as two gateway replicas share it", async () => {
    await withSandbox({ quota: { limit: 4, windowMs: 60_000 } }, async (limited) => {
      const replies = [];
      for (const token of ['replica-1', 'replica-2', 'replica-1', 'replica-2', 'replica-1', 'replica-2']) {
        replies.push(await call(limited, '/payments/117', { token, storeHash: 'shared-store' }));
      }

      expect(replies.map(remaining)).toEqual([
        [200, '3 times'],
        [200, '2 times'],
        [200, '1 times'],
        [200, '0 times'],
        [429, '0 times'],
        [429, '0 times'],
      ]);
    });
  });

  it('starts a new window once the last has run out', async () => {
    await withSandbox({ quota: { limit: 1, windowMs: 300 } }, async (limited) => {
      const first = await call(limited, '/payments/117');
      const resetsAfter = parseFloat(first.headers.get('x-request-window-resets-after') ?? '');
      await new Promise((resolve) => setTimeout(resolve, resetsAfter * 1000 + 50));

      // Only a new window lets a second request of a one-request quota through.
      const second = await call(limited, '/payments/117');
      expect([remaining(first), remaining(second)]).toEqual([
        [200, '0 times'],
        [200, '0 times'],
      ]);
    });
  });

  it('answers the four B2B rate-limit headers on every answer, errors and scripted faults included', async () => {
    await withSandbox({ quota: { limit: 6, windowMs: 60_000 } }, async (limited) => {
      limited.faults.add({ path: '/payments/118', action: { kind: 'respond', status: 503 } });
      const replies = [
        await call(limited, '/payments/117'),
        await call(limited, '/payments/999999'),
        await call(limited, '/payments/offline', { method: 'POST', body: {} }),
        await call(limited, '/invoices'),
        await call(limited, '/payments/118'),
        await call(limited, '/payments/117/operations', { method: 'POST', body: {} }),
        await call(limited, '/payments/117'),
        // A refused credential spends nothing and shows the window as it stands.
        await call(limited, '/payments/117', { token: null }),
      ];

      expect(replies.map(remaining)).toEqual([
        [200, '5 times'],
        [404, '4 times'],
        [422, '3 times'],
        [404, '2 times'],
        [503, '1 times'],
        [400, '0 times'],
        [429, '0 times'],
        [401, '0 times'],
      ]);
      for (const reply of replies) {
        expect(reply.headers.get('x-requests-allocated')).toBe('6 times/60 s');
        expect(reply.headers.get('x-requests-window-length')).toMatch(/^\d+ times$/);
        expect(reply.headers.get('x-request-window-resets-after')).toMatch(/^\d+(\.\d+)? s$/);
      }
    });
  });

  it('spends none of it on the Admin API, which reports its own full quota', async () => {
    await withSandbox({ quota: { limit: 1, windowMs: 60_000 } }, async (limited) => {
      const body = { order_id: '1', payment_method_id: 'stripeupe.card', provider_transaction_id: 'p', result: 'PAID' };
      const admin = [];
      for (let i = 0; i < 2; i += 1) {
        admin.push(
          await fetch(`${limited.origin}/stores/store-a/v3/payments/transactions/purchases`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Auth-Token': 't' },
            body: JSON.stringify(body),
          }),
        );
      }
      const b2b = await call(limited, '/payments/117');

      expect(admin.map((reply) => [reply.status, reply.headers.get('x-rate-limit-requests-left')])).toEqual([
        [201, '150'],
        [201, '150'],
      ]);
      expect(admin.every((reply) => !reply.headers.has('x-requests-remaining'))).toBe(true);
      expect(remaining(b2b)).toEqual([200, '0 times']);
    });
  });
});
