/**
 * The sandbox HTTP server: an in-memory emulator of the B2B Edition payments REST API (CONTRACT.md 1-2) for
 * tests and benchmarks. This module does the I/O (bodies, headers, latency, the request log); what a request
 * means is decided by the ApiHandler.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { createApiHandler, type ApiRequest, type RequestBody } from './api.js';
import { ConcurrencyGauge } from './concurrency-gauge.js';
import { internalError, methodNotAllowed, routeNotFound, success, type ApiResponse } from './envelope.js';
import { FaultInjector, type FaultAction } from './faults.js';
import { StoreRegistry, type Clock } from './payment-store.js';
import { FULL_QUOTA_HEADERS } from './rate-limit.js';
import { queryRecord, RequestRecorder, type RequestLog } from './request-log.js';

/** The real API's base path (CONTRACT.md 1), so the gateway's base URL is the only thing that changes. */
const BASE_PATH = '/api/v3/io/ip';
/** Control endpoints: outside the base path, without auth, and not logged themselves. */
const CONTROL_PREFIX = '/__sandbox/';
const REQUEST_LOG_PATH = '/__sandbox/requests';

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Delay added before every response, to imitate a remote API. */
  latencyMs?: number;
  /** Unix seconds for createdAt/updatedAt; defaults to the system clock. */
  now?: () => number;
}

export interface Sandbox {
  /** e.g. http://127.0.0.1:4010 */
  origin: string;
  /** origin + /api/v3/io/ip */
  baseUrl: string;
  log: RequestLog;
  /** Scripted failures for tests: error statuses, malformed bodies, dropped connections. */
  faults: FaultInjector;
  /** Requests being answered at once (keyed by store hash) and open client sockets, with their peaks. */
  concurrency: { requests: ConcurrencyGauge; sockets: ConcurrencyGauge };
  close(): Promise<void>;
}

const systemClock: Clock = () => Math.floor(Date.now() / 1000);

/** Starts a listening sandbox. Its per-store data and request log live until close(). */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  const latencyMs = options.latencyMs ?? 0;
  const log = new RequestRecorder();
  const faults = new FaultInjector();
  const concurrency = { requests: new ConcurrencyGauge(), sockets: new ConcurrencyGauge() };
  const handleApi = createApiHandler(new StoreRegistry(options.now ?? systemClock));
  let responseCount = 0;

  const send = (res: ServerResponse, response: ApiResponse, rawBody?: string): void => {
    const payload = rawBody ?? JSON.stringify(response.body);
    res.writeHead(response.status, {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(payload),
      'X-Request-Id': `sbx-${String(++responseCount).padStart(6, '0')}`,
      ...FULL_QUOTA_HEADERS,
      ...response.headers,
    });
    res.end(payload);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const receivedAt = Date.now();
    const method = req.method ?? 'GET';
    const { pathname, query } = splitTarget(req.url ?? '/');

    if (pathname.startsWith(CONTROL_PREFIX)) {
      req.resume();
      send(res, pathname === REQUEST_LOG_PATH ? controlRequestLog(method, log) : routeNotFound());
      return;
    }

    const body = parseBody(await readText(req));
    const request: ApiRequest = {
      method,
      path: apiPath(pathname),
      query,
      body,
      hasAuthToken: nonEmptyHeader(req.headers['x-auth-token']) !== null,
      storeHash: nonEmptyHeader(req.headers['x-store-hash']),
    };
    const fault = faults.take(method, request.path ?? pathname);
    let response: ApiResponse;
    try {
      response = fault && !fault.afterHandling ? faultResponse(fault.action) : handleApi(request);
      if (fault?.afterHandling) response = faultResponse(fault.action);
    } catch (error) {
      console.error('sandbox: request handler failed', error);
      response = internalError();
    }
    log.record({
      method,
      path: request.path ?? pathname,
      query: queryRecord(query),
      body: body.kind === 'json' ? body.value : body.kind === 'malformed' ? body.text : null,
      storeHash: request.storeHash,
      status: response.status,
      at: receivedAt,
    });
    if (latencyMs > 0) await delay(latencyMs);
    if (fault?.action.kind === 'reset') {
      res.socket?.destroy();
      return;
    }
    send(res, response, fault?.action.kind === 'respond' ? fault.action.rawBody : undefined);
  };

  const server = createServer((req, res) => {
    const storeHash = nonEmptyHeader(req.headers['x-store-hash']) ?? '';
    concurrency.requests.enter(storeHash);
    // Only reading an aborted request body can fail here; there is no one left to answer. The request
    // leaves the gauge in the microtasks after its answer is written, before the client can send another.
    handle(req, res)
      .catch(() => res.destroy())
      .finally(() => concurrency.requests.leave(storeHash));
  });
  server.on('connection', (socket) => {
    concurrency.sockets.enter();
    socket.once('close', () => concurrency.sockets.leave());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('sandbox: server has no TCP address');
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;

  return {
    origin,
    baseUrl: origin + BASE_PATH,
    log,
    faults,
    concurrency,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would otherwise hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}

/** The response a fault stands for; a reset is answered by dropping the socket instead (see `handle`). */
function faultResponse(action: FaultAction): ApiResponse {
  if (action.kind === 'reset') return { status: 0, body: null };
  return { status: action.status, body: action.body ?? null, headers: action.headers };
}

function controlRequestLog(method: string, log: RequestRecorder): ApiResponse {
  if (method === 'GET') return success(log.entries());
  if (method === 'DELETE') {
    log.clear();
    return success({});
  }
  return methodNotAllowed(['GET', 'DELETE']);
}

/** Splits the request target by hand: `new URL` would read a path like `//x` as a host. */
function splitTarget(target: string): { pathname: string; query: URLSearchParams } {
  const queryStart = target.indexOf('?');
  if (queryStart === -1) return { pathname: target, query: new URLSearchParams() };
  return { pathname: target.slice(0, queryStart), query: new URLSearchParams(target.slice(queryStart + 1)) };
}

function apiPath(pathname: string): string | null {
  if (pathname === BASE_PATH) return '/';
  return pathname.startsWith(`${BASE_PATH}/`) ? pathname.slice(BASE_PATH.length) : null;
}

function nonEmptyHeader(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(text: string): RequestBody {
  if (text.trim() === '') return { kind: 'none' };
  try {
    return { kind: 'json', value: JSON.parse(text) };
  } catch {
    return { kind: 'malformed', text };
  }
}
