/** The record of requests the sandbox received, for tests that assert the exact upstream calls made. */
export interface RequestLogEntry {
  /** Increases across clears, so a gap tells that entries were dropped or cleared. */
  seq: number;
  method: string;
  /** Below the base path (`/payments/117`); the full path for requests outside it. */
  path: string;
  query: Record<string, string | string[]>;
  /** Parsed JSON; the raw text when it was not JSON; null when there was no body. */
  body: unknown;
  storeHash: string | null;
  status: number;
  /** Epoch milliseconds when the request arrived. */
  at: number;
}

export interface RequestLog {
  /** A copy: changing it does not change the log. */
  entries(): RequestLogEntry[];
  clear(): void;
}

/** Long benchmark runs would otherwise grow the log without bound; tests clear it long before this. */
const MAX_ENTRIES = 10_000;

/** Lives as long as its sandbox. Never given the auth token, so it cannot record it. */
export class RequestRecorder implements RequestLog {
  private items: RequestLogEntry[] = [];
  private seq = 0;

  record(entry: Omit<RequestLogEntry, 'seq'>): void {
    this.items.push({ seq: ++this.seq, ...entry });
    if (this.items.length > MAX_ENTRIES) this.items.splice(0, this.items.length - MAX_ENTRIES);
  }

  entries(): RequestLogEntry[] {
    return structuredClone(this.items);
  }

  clear(): void {
    this.items = [];
  }
}

export function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    record[name] = values.length === 1 ? (values[0] ?? '') : values;
  }
  return record;
}
