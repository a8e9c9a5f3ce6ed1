/**
 * The sandbox's fault injection, seen on the wire as a client sees it: each kind of fault, its count and
 * probability, per endpoint, per caller or global, and the settings of `npm run sandbox`. The per-store
 * quota is in test/sandbox/quota.test.ts.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { FaultSpecError, faultMix, parseFaultRules } from '../src/sandbox/fault-spec.js';
import { startSandbox, type Sandbox } from '../src/sandbox/server.js';
import { call, DEFAULT_STORE } from './sandbox/helpers.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ latencyMs: 20, latencyJitterMs: 10 });
});
afterAll(() => sandbox.close());
beforeEach(() => {
  sandbox.faults.clear();
  sandbox.log.clear();
});

const AUTH = { 'x-auth-token': 'token', 'x-store-hash': DEFAULT_STORE };
const raw = (path: string, signal?: AbortSignal, headers: Record<string, string> = AUTH) =>
  request(sandbox.baseUrl + path, { headers, signal });

describe('faults', () => {
  it('adds latency to every answer, and more to one endpoint', async () => {
    sandbox.faults.add({ path: '/payments/117', action: { kind: 'delay', ms: 100, jitterMs: 50 } });

    const started = performance.now();
    const reply = await call(sandbox, '/payments/117');
    const elapsed = performance.now() - started;

    expect(reply.status).toBe(200);
    expect(reply.body.data).toMatchObject({ id: 117 });
    expect(elapsed).toBeGreaterThanOrEqual(120);
  });

  it('applies a rule only to its method and path, and a rule without them to every request', async () => {
    sandbox.faults.add({
      method: 'GET',
      path: /^\/payments\/\d+\/transactions$/,
      action: { kind: 'respond', status: 502 },
    });

    expect((await call(sandbox, '/payments/117/transactions')).status).toBe(502);
    expect((await call(sandbox, '/payments/117')).status).toBe(200);

    sandbox.faults.add({ action: { kind: 'respond', status: 500 } });
    expect((await call(sandbox, '/payments/117')).status).toBe(500);
  });

  it("applies a rule with a header only to the requests carrying it, so one caller's calls fail alone", async () => {
    sandbox.faults.add({ header: { name: 'X-Auth-Token', value: 'bad' }, action: { kind: 'respond', status: 503 } });
    const victims = { name: 'x-store-hash', value: /^victim-/ };
    sandbox.faults.add({ method: 'GET', header: victims, action: { kind: 'reset' } });

    const bad = await call(sandbox, '/payments/117', { token: 'bad' });
    const good = await call(sandbox, '/payments/117', { token: 'good' });
    const badPrefix = await call(sandbox, '/payments/117', { token: 'bad-not-quite' });
    const noToken = await call(sandbox, '/payments/117', { token: null });
    const victim = raw('/payments/117', undefined, { 'x-auth-token': 'good', 'x-store-hash': 'victim-1' });

    expect([bad.status, good.status, badPrefix.status, noToken.status]).toEqual([503, 200, 200, 401]);
    await expect(victim).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' });
    expect((await call(sandbox, '/payments/117', { token: 'good', storeHash: 'not-a-victim-1' })).status).toBe(200);
  });

  it("lets one caller's calls hang while another's are answered", async () => {
    sandbox.faults.add({ header: { name: 'x-auth-token', value: 'slow' }, action: { kind: 'stall' } });
    const abort = new AbortController();
    const stalled = await raw('/payments/117', abort.signal, { 'x-auth-token': 'slow', 'x-store-hash': 's' });
    const reading = stalled.body.text();

    const other = await call(sandbox, '/payments/117', { token: 'fast', storeHash: 's' });
    abort.abort();

    expect(other.status).toBe(200);
    expect(stalled.statusCode).toBe(200);
    // Still unread once the other caller is answered: only the abort ends it.
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('applies a rule `times` times, then lets requests through', async () => {
    sandbox.faults.add({ path: '/payments/117', times: 2, action: { kind: 'respond', status: 503 } });

    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await call(sandbox, '/payments/117')).status);

    expect(statuses).toEqual([503, 503, 200, 200]);
  });

  it('applies a rule to about its share of requests', async () => {
    const fast = await startSandbox({ faultSeed: 42 });
    try {
      fast.faults.add({ probability: 0.25, action: { kind: 'respond', status: 503 } });
      const statuses = await Promise.all(
        Array.from({ length: 400 }, () => call(fast, '/payments/117').then((r) => r.status)),
      );

      const failed = statuses.filter((status) => status === 503).length;
      expect(failed).toBeGreaterThan(60);
      expect(failed).toBeLessThan(140);
    } finally {
      await fast.close();
    }
  });

  it('drops the connection on a reset', async () => {
    sandbox.faults.add({ path: '/payments/117', action: { kind: 'reset' } });

    await expect(raw('/payments/117')).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' });
  });

  it('cuts the body in half for malformed JSON, keeping the status', async () => {
    sandbox.faults.add({ path: '/payments/117', action: { kind: 'malformed' } });

    const reply = await raw('/payments/117');
    const text = await reply.body.text();

    expect(reply.statusCode).toBe(200);
    expect(text.startsWith('{"code":200,"data":{"id":117')).toBe(true);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('sends half the body promised and then nothing, for a stall', async () => {
    sandbox.faults.add({ path: '/payments/117', action: { kind: 'stall' } });

    const reply = await raw('/payments/117', AbortSignal.timeout(300));
    const promised = Number(reply.headers['content-length']);
    const received: Buffer[] = [];
    const reading = (async () => {
      for await (const chunk of reply.body) received.push(chunk as Buffer);
    })();

    await expect(reading).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(reply.statusCode).toBe(200);
    expect(Buffer.concat(received).length).toBeLessThan(promised);
    expect(Buffer.concat(received).length).toBeGreaterThan(0);
  });

  it('pads the answer to a very large body that is still the same JSON', async () => {
    sandbox.faults.add({ path: '/payments/117', action: { kind: 'oversize', bytes: 3_000_000 } });

    const reply = await raw('/payments/117');
    const text = await reply.body.text();

    expect(text.length).toBeGreaterThanOrEqual(3_000_000);
    expect(JSON.parse(text)).toMatchObject({ code: 200, data: { id: 117 }, padding: expect.any(String) });
  });

  it('lets an error rule answer after the handler ran, so a write takes effect and its answer is lost', async () => {
    sandbox.faults.add({ method: 'POST', afterHandling: true, action: { kind: 'reset' } });
    const body = {
      lineItems: [{ invoiceId: 141, amount: '1.00' }],
      currency: 'GBP',
      details: {},
      customerId: '6041',
      externalId: 'LOST-1',
    };
    const posting = request(`${sandbox.baseUrl}/payments/offline`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

    await expect(posting).rejects.toThrow();

    sandbox.faults.clear();
    const found = await call<unknown[]>(sandbox, '/payments?searchBy=externalId&q=LOST-1');
    expect(found.body.data).toHaveLength(1);
  });
});

describe('fault rules as text', () => {
  it('reads a JSON list of rules, with patterns for paths', () => {
    const rules = parseFaultRules(
      '[{"method":"get","pathPattern":"^/payments/\\\\d+$","probability":0.1,"times":5,"action":{"kind":"delay","ms":50,"jitterMs":10}},' +
        '{"path":"/payments/offline","afterHandling":true,"action":{"kind":"respond","status":503,"headers":{"X-A":"b"}}}]',
    );

    expect(rules).toEqual([
      {
        method: 'GET',
        path: /^\/payments\/\d+$/,
        probability: 0.1,
        times: 5,
        action: { kind: 'delay', ms: 50, jitterMs: 10 },
      },
      {
        path: '/payments/offline',
        afterHandling: true,
        action: { kind: 'respond', status: 503, headers: { 'X-A': 'b' } },
      },
    ]);
  });

  it('reads a header to match, by value or by pattern', () => {
    const rules = parseFaultRules(
      '[{"header":{"name":"x-auth-token","value":"bad"},"action":{"kind":"stall"}},' +
        '{"method":"POST","header":{"name":"X-Store-Hash","valuePattern":"^victim-"},"action":{"kind":"reset"}}]',
    );

    expect(rules).toEqual([
      { header: { name: 'x-auth-token', value: 'bad' }, action: { kind: 'stall' } },
      { method: 'POST', header: { name: 'X-Store-Hash', value: /^victim-/ }, action: { kind: 'reset' } },
    ]);
  });

  it.each([
    ['not JSON', '{', 'fault rules must be a JSON array of rules'],
    [
      'a header without a name',
      '[{"header":{"value":"x"},"action":{"kind":"reset"}}]',
      'rule 0.header.name: must be a string',
    ],
    [
      'a header with both value and valuePattern',
      '[{"header":{"name":"a","value":"x","valuePattern":"y"},"action":{"kind":"reset"}}]',
      'rule 0.header: give value or valuePattern, one of them',
    ],
    [
      'a header as text',
      '[{"header":"x-auth-token: bad","action":{"kind":"reset"}}]',
      'rule 0.header: must be an object with a name and a value',
    ],
    [
      'an unknown kind',
      '[{"action":{"kind":"explode"}}]',
      'rule 0.action.kind: must be one of respond, reset, delay, stall, malformed, oversize',
    ],
    [
      'a probability above 1',
      '[{"probability":2,"action":{"kind":"reset"}}]',
      'rule 0.probability: must be from 0 to 1',
    ],
    [
      'both path and pathPattern',
      '[{"path":"/a","pathPattern":"b","action":{"kind":"reset"}}]',
      'rule 0: give path or pathPattern, not both',
    ],
    [
      'a bad pattern',
      '[{"pathPattern":"(","action":{"kind":"reset"}}]',
      'rule 0.pathPattern: not a valid regular expression',
    ],
  ])('refuses %s, saying where', (_, text, message) => {
    expect(() => parseFaultRules(text)).toThrowError(new FaultSpecError(message));
  });

  it('spreads a fault rate evenly over every kind of fault, failing exactly that share of requests', () => {
    const rules = faultMix(0.06);

    expect(rules.map((rule) => rule.action.kind)).toEqual([
      'respond',
      'reset',
      'delay',
      'stall',
      'malformed',
      'oversize',
    ]);
    let reached = 1;
    const shares = rules.map((rule) => {
      const share = reached * (rule.probability ?? 1);
      reached *= 1 - (rule.probability ?? 1);
      return share;
    });
    for (const share of shares) expect(share).toBeCloseTo(0.01, 12);
    expect(1 - reached).toBeCloseTo(0.06, 12);
  });
});

describe('npm run sandbox', () => {
  it('takes its quota and fault rules from the environment', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/sandbox/main.ts'], {
      env: {
        ...process.env,
        SANDBOX_PORT: '0',
        SANDBOX_QUOTA: '2/60',
        SANDBOX_FAULTS: '[{"path":"/payments/117","times":1,"action":{"kind":"respond","status":503}}]',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const [line] = (await once(child.stdout, 'data')) as [Buffer];
      const baseUrl = /listening on (\S+),/.exec(line.toString())?.[1];
      expect(line.toString()).toContain('quota 2 per 60 s per store, 1 fault rules');

      const statuses = [];
      for (let i = 0; i < 3; i += 1)
        statuses.push((await request(`${baseUrl}/payments/117`, { headers: AUTH })).statusCode);
      expect(statuses).toEqual([503, 200, 429]);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });
});
