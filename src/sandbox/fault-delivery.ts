/**
 * Writes the sandbox's answer to the socket, or fails to the way a fault says: late, cut in half, stalled
 * halfway, padded far beyond any real page, or not at all (a dropped connection).
 */
import type { ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { FaultAction } from './faults.js';

export interface Answer {
  status: number;
  headers: Record<string, string>;
  /** The body as sent when nothing goes wrong: JSON text. */
  payload: string;
}

export interface DeliveryTiming {
  /** Added before every answer. */
  latencyMs: number;
  /** Up to this much more, uniformly. */
  latencyJitterMs: number;
  random: () => number;
}

/** Sends `answer` as `fault` (if any) dictates; resolves once written, or once a stall has begun. */
export async function deliver(
  res: ServerResponse,
  answer: Answer,
  fault: FaultAction | undefined,
  timing: DeliveryTiming,
): Promise<void> {
  const lateBy =
    timing.latencyMs +
    jitter(timing.latencyJitterMs, timing.random) +
    (fault?.kind === 'delay' ? fault.ms + jitter(fault.jitterMs ?? 0, timing.random) : 0);
  if (lateBy > 0) await delay(lateBy);

  switch (fault?.kind) {
    case 'reset':
      res.socket?.destroy();
      return;
    case 'stall': {
      // Content-Length promises the whole body, so the client waits for the rest that never comes.
      const half = answer.payload.slice(0, Math.floor(answer.payload.length / 2));
      res.writeHead(answer.status, withLength(answer.headers, answer.payload));
      res.write(half);
      return;
    }
    case 'malformed':
      write(res, answer.status, answer.headers, answer.payload.slice(0, Math.floor(answer.payload.length / 2)));
      return;
    case 'oversize':
      write(res, answer.status, answer.headers, padded(answer.payload, fault.bytes));
      return;
    default:
      write(res, answer.status, answer.headers, answer.payload);
  }
}

function write(res: ServerResponse, status: number, headers: Record<string, string>, payload: string): void {
  res.writeHead(status, withLength(headers, payload));
  res.end(payload);
}

function withLength(headers: Record<string, string>, payload: string): Record<string, string | number> {
  return { ...headers, 'Content-Length': Buffer.byteLength(payload) };
}

function jitter(upToMs: number, random: () => number): number {
  return upToMs > 0 ? Math.floor(random() * (upToMs + 1)) : 0;
}

/** The same JSON object with a `padding` member that brings it to at least `bytes`; other JSON is wrapped. */
function padded(payload: string, bytes: number): string {
  const filler = 'x'.repeat(Math.max(0, bytes - payload.length));
  return payload.startsWith('{') && payload.endsWith('}') && payload.length > 2
    ? `${payload.slice(0, -1)},"padding":"${filler}"}`
    : `{"body":${payload || 'null'},"padding":"${filler}"}`;
}
