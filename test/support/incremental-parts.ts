import { EventSourceParserStream } from 'eventsource-parser/stream';
import { meros } from 'meros/browser';

/**
 * One part of an answer delivered in parts, as parsed from the wire: `data` and `errors` in the first,
 * `incremental` in the later ones (graphql-js 17 alpha 2's format, which Yoga's executor sends), `hasNext`.
 */
export interface AnswerPart {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
  incremental?: Array<{
    path: Array<string | number>;
    data?: Record<string, unknown> | null;
    items?: unknown[];
    errors?: unknown[];
  }>;
  hasNext?: boolean;
  extensions?: Record<string, unknown>;
}

/** The two ways the gateway sends an answer in parts, by the media type a caller accepts. */
export const TRANSPORTS = [
  { name: 'multipart/mixed', accept: 'multipart/mixed', read: readMultipart },
  { name: 'SSE', accept: 'text/event-stream', read: readServerSentEvents },
] as const;

export type Transport = (typeof TRANSPORTS)[number];

/** Posts a document to the gateway accepting `accept`; the response is left unread. */
export function postForParts(gatewayUrl: string, accept: string, query: string, headers: Record<string, string> = {}) {
  return fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, ...headers },
    body: JSON.stringify({ query }),
  });
}

/** Every part of an answer, once the last has arrived. */
export async function allParts(
  read: (response: Response) => AsyncGenerator<AnswerPart>,
  response: Response,
): Promise<AnswerPart[]> {
  const parts: AnswerPart[] = [];
  for await (const part of read(response)) parts.push(part);
  return parts;
}

/** The parts of a multipart/mixed answer, each as soon as it has arrived whole. */
async function* readMultipart(response: Response): AsyncGenerator<AnswerPart> {
  const parts = await meros<AnswerPart>(response);
  if (parts instanceof Response) throw new Error(`not a multipart answer: ${response.headers.get('content-type')}`);
  for await (const part of parts) {
    if (!part.json) throw new Error(`a part that is not JSON: ${part.body}`);
    yield part.body;
  }
}

/** The `next` events of an SSE answer, each as soon as it has arrived; ends at the `complete` event. */
async function* readServerSentEvents(response: Response): AsyncGenerator<AnswerPart> {
  if (!response.body) throw new Error('an SSE answer without a body');
  const events = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
  const reader = events.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    if (read.value.event === 'complete') return;
    if (read.value.event !== 'next') throw new Error(`an unexpected SSE event: ${read.value.event}`);
    yield JSON.parse(read.value.data) as AnswerPart;
  }
  throw new Error('the SSE answer ended without a complete event');
}

/**
 * The whole answer the parts make up, as a client merges them: each deferred part's data into the object at
 * its path (lists element by element), each streamed part's items into its list from the index its path
 * ends with, the errors of every part one after the other.
 */
export function mergeParts(parts: readonly AnswerPart[]): { data: unknown; errors?: unknown[] } {
  const [first, ...rest] = parts;
  const data: unknown = structuredClone(first?.data);
  const errors: unknown[] = [...(first?.errors ?? [])];
  for (const item of rest.flatMap((part) => part.incremental ?? [])) {
    errors.push(...(item.errors ?? []));
    if (item.items) {
      const index = Number(item.path.at(-1));
      (valueAt(data, item.path.slice(0, -1)) as unknown[]).splice(index, item.items.length, ...item.items);
    } else if (item.data) {
      mergeInto(valueAt(data, item.path), item.data);
    }
  }
  return errors.length > 0 ? { data, errors } : { data };
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], data);
}

function mergeInto(target: unknown, source: unknown): void {
  const into = target as Record<string | number, unknown>;
  for (const [key, value] of Object.entries(source as object)) {
    const existing = into[key];
    if (typeof existing === 'object' && existing !== null && typeof value === 'object' && value !== null) {
      mergeInto(existing, value);
    } else {
      into[key] = value;
    }
  }
}
