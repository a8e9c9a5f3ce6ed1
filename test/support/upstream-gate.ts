import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Headers that describe one connection or encoding: the proxy's own answer sets its own. */
const UNFORWARDED_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection']);

/**
 * A proxy in front of the sandbox that holds the upstream calls whose path matches `hold` until the test
 * opens the gate: the test sees what the gateway answers while those calls are still open, with no
 * timing involved. Point the gateway's B2B base URL at `baseUrl`, then the gate at the sandbox
 * (`forwardTo`); every other call passes straight through.
 */
export class UpstreamGate {
  private readonly heldCalls: IncomingMessage[] = [];
  private readonly abandonedCalls: IncomingMessage[] = [];
  private readonly changes = new EventTarget();
  private opened!: () => void;
  private readonly open = new Promise<void>((resolve) => (this.opened = resolve));
  private target?: string;

  private constructor(
    readonly baseUrl: string,
    private readonly close: () => Promise<void>,
  ) {}

  /** Starts the proxy on a free loopback port; `hold` is tried on the path below the base URL. */
  static async start(hold: RegExp): Promise<UpstreamGate> {
    let gate: UpstreamGate | undefined;
    // A call the gateway gave up on, or one cut by closing the stack, is simply dropped.
    const server = createServer(
      (request, response) => void gate?.forward(request, response, hold).catch(() => response.destroy()),
    );
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    gate = new UpstreamGate(`http://127.0.0.1:${port}`, async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });
    return gate;
  }

  /** Where calls go: the sandbox's base URL. */
  forwardTo(baseUrl: string): void {
    this.target = baseUrl;
  }

  /** Resolves once `count` calls are held. */
  whenHeld(count: number): Promise<void> {
    return this.when(() => this.heldCalls.length >= count);
  }

  /** Resolves once `count` held calls were given up by the gateway (their connection closed unanswered). */
  whenAbandoned(count: number): Promise<void> {
    return this.when(() => this.abandonedCalls.length >= count);
  }

  /** Lets every held call, and every later one, through. */
  release(): void {
    this.opened();
  }

  stop(): Promise<void> {
    this.release();
    return this.close();
  }

  private async forward(request: IncomingMessage, response: ServerResponse, hold: RegExp): Promise<void> {
    const path = request.url ?? '/';
    if (hold.test(new URL(path, 'http://gate').pathname)) {
      this.heldCalls.push(request);
      response.once('close', () => {
        if (!response.writableEnded) this.abandonedCalls.push(request);
        this.changed();
      });
      this.changed();
      await this.open;
      if (response.destroyed) return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string' && name !== 'host' && name !== 'connection') headers.set(name, value);
    }
    if (!this.target) throw new Error('the gate forwards nowhere: call forwardTo first');
    const answer = await fetch(`${this.target}${path}`, {
      method: request.method,
      headers,
      ...(body.byteLength > 0 && { body }),
    });
    const text = await answer.text();
    const passed: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!UNFORWARDED_HEADERS.has(name)) passed[name] = value;
    });
    response.writeHead(answer.status, passed).end(text);
  }

  private changed(): void {
    this.changes.dispatchEvent(new Event('change'));
  }

  private async when(condition: () => boolean): Promise<void> {
    while (!condition()) await once(this.changes, 'change');
  }
}
