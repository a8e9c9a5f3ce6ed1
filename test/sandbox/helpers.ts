/** Talks to a sandbox over HTTP, as the gateway does. */
import type { WirePagination, WirePayment } from '../../src/sandbox/wire.js';
import type { Sandbox } from '../../src/sandbox/server.js';

export interface Envelope<T> {
  code: number;
  data: T;
  meta: { message: string; pagination?: WirePagination };
}

export interface Reply<T> {
  status: number;
  headers: Headers;
  body: Envelope<T>;
}

export interface CallOptions {
  method?: string;
  /** Sent as JSON; a string is sent as it is. */
  body?: unknown;
  storeHash?: string | null;
  token?: string | null;
}

export const DEFAULT_STORE = 'store-a';

export async function call<T = unknown>(sandbox: Sandbox, path: string, options: CallOptions = {}): Promise<Reply<T>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const token = options.token === undefined ? 'test-token' : options.token;
  const storeHash = options.storeHash === undefined ? DEFAULT_STORE : options.storeHash;
  if (token !== null) headers['X-Auth-Token'] = token;
  if (storeHash !== null) headers['X-Store-Hash'] = storeHash;
  const url = path.startsWith('/__sandbox/') ? sandbox.origin + path : sandbox.baseUrl + path;
  const response = await fetch(url, {
    method: options.method ?? 'GET',
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Envelope<T> };
}

/** Every payment a list query matches, in order, read 250 at a time. */
export async function listAll(sandbox: Sandbox, query = '', storeHash = DEFAULT_STORE): Promise<WirePayment[]> {
  const payments: WirePayment[] = [];
  for (let offset = 0; ; offset += 250) {
    const separator = query === '' ? '' : '&';
    const reply = await call<WirePayment[]>(sandbox, `/payments?${query}${separator}limit=250&offset=${offset}`, {
      storeHash,
    });
    if (reply.status !== 200) throw new Error(`list failed with ${reply.status}: ${JSON.stringify(reply.body)}`);
    payments.push(...reply.body.data);
    if (offset + 250 >= (reply.body.meta.pagination?.totalCount ?? 0)) return payments;
  }
}

export const ids = (payments: readonly WirePayment[]): number[] => payments.map((payment) => payment.id);

export function parameterError(data: unknown) {
  return { code: 422, meta: { message: 'Parameter Error' }, data };
}

export const PAYMENT_NOT_FOUND = {
  code: 404,
  data: { errMsg: 'Payment does not exist' },
  meta: { message: 'Not Found Error' },
};
