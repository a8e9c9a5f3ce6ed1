import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { print } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { PaymentTotalDocument } from './gql/graphql.js';

type LogLine = Record<string, unknown> & { msg?: string };

/** The real gateway (`src/main.ts`) in a child process, with its JSON log lines as they arrive. */
class GatewayProcess {
  readonly lines: LogLine[] = [];
  private readonly waiters: Array<() => void> = [];
  readonly exited: Promise<number | null>;

  constructor(private readonly child: ChildProcessByStdio<null, Readable, Readable>) {
    createInterface({ input: child.stdout }).on('line', (line) => {
      this.lines.push(JSON.parse(line) as LogLine);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.exited = once(child, 'exit').then(([code]) => code as number | null);
  }

  static start(env: Record<string, string>): GatewayProcess {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { PATH: process.env['PATH'] ?? '', PORT: '0', SANDBOX_PORT: '0', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new GatewayProcess(child);
  }

  async logLine(msg: string): Promise<LogLine> {
    for (;;) {
      const line = this.lines.find((candidate) => candidate.msg === msg);
      if (line) return line;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  signal(name: NodeJS.Signals): void {
    this.child.kill(name);
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

describe('graceful shutdown', () => {
  let gateway: GatewayProcess | undefined;
  afterAll(() => gateway?.kill());

  it('on SIGTERM refuses new connections, finishes the slow query in flight, and exits 0', async () => {
    gateway = GatewayProcess.start({ SANDBOX_LATENCY_MS: '1500', SHUTDOWN_GRACE_MS: '15000' });
    const listening = await gateway.logLine('listening');
    const gatewayUrl = `http://127.0.0.1:${listening['port']}`;
    const sandboxOrigin = new URL(String(listening['upstream'])).origin;

    const answer = fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(PaymentTotalDocument), variables: { id: '117' } }),
    }).then(async (response) => ({ status: response.status, body: await response.json() }));
    // The sandbox logs a request when it arrives, then waits out its latency: the query is now in flight.
    await untilUpstreamReceived(sandboxOrigin, 1);

    gateway.signal('SIGTERM');
    await gateway.logLine('draining');

    await expect(fetch(`${gatewayUrl}/health`)).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
    expect(await answer).toEqual({
      status: 200,
      body: { data: { payment: { id: '117', total: { currencyCode: 'GBP', value: '156.5300' } } } },
    });
    expect(await gateway.exited).toBe(0);
    expect(gateway.lines.map((line) => line.msg)).toEqual(['listening', 'draining', 'graphql request', 'stopped']);
  });
});

async function untilUpstreamReceived(sandboxOrigin: string, count: number): Promise<void> {
  for (;;) {
    const response = await fetch(`${sandboxOrigin}/__sandbox/requests`);
    const { data } = (await response.json()) as { data: unknown[] };
    if (data.length >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
