import { request } from 'undici';
import { field } from './answers.js';

/**
 * Upstream calls as the sandbox saw them, counted from its request log (`GET /__sandbox/requests`). The log
 * keeps its last 10 000 entries: polled every few seconds, nothing is lost at this quota, and a gap in the
 * entries' sequence numbers would be counted in `missed`. Lives for one cell.
 */
export class SandboxCalls {
  calls = 0;
  tooManyRequests = 0;
  /** Entries the log dropped before they were read. */
  missed = 0;
  /** Calls by method and path, ids replaced (`GET /payments/{id}/transactions`): what the quota went to. */
  readonly byRequest = new Map<string, number>();
  private lastSeq = 0;

  /** Counts the calls that arrived before `until` (epoch ms). */
  constructor(
    private readonly origin: string,
    private readonly until: number,
  ) {}

  async poll(): Promise<void> {
    const response = await request(`${this.origin}/__sandbox/requests`);
    const entries = field(await response.body.json(), 'data');
    if (!Array.isArray(entries)) throw new Error(`the sandbox's request log is not a list: ${JSON.stringify(entries)}`);
    for (const entry of entries as unknown[]) {
      const seq = Number(field(entry, 'seq'));
      if (seq <= this.lastSeq) continue;
      this.missed += seq - this.lastSeq - 1;
      this.lastSeq = seq;
      if (Number(field(entry, 'at')) >= this.until) continue;
      this.calls += 1;
      const request = `${String(field(entry, 'method'))} ${String(field(entry, 'path')).replace(/\/\d+/g, '/{id}')}`;
      this.byRequest.set(request, (this.byRequest.get(request) ?? 0) + 1);
      if (field(entry, 'status') === 429) this.tooManyRequests += 1;
    }
  }
}
