/**
 * The sandbox HTTP server: an in-memory emulator of the B2B Edition payments REST API (docs/upstream-contract.md
 * §1–§2), and of the Admin API's Payments Transactions endpoints under `/stores/{hash}/v3` (docs/upstream-contract.md
 * §6), for tests and benchmarks. This module does the I/O (bodies, headers, latency, the request log); what a request
 * means is decided by the ApiHandlers.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { authenticate, createApiHandler } from './api.js';
import type { ApiRequest, RequestBody } from './request.js';
import { ConcurrencyGauge } from './concurrency-gauge.js';
import { createCredentialCheck, type SandboxCredentials } from './credentials.js';
import { internalError, methodNotAllowed, routeNotFound, success, type ApiResponse } from './envelope.js';
import { deliver, type DeliveryTiming } from './fault-delivery.js';
import { FaultInjector, seededRandom, type AnswerFault, type FaultAction, type FaultRule } from './faults.js';
import { StoreRegistry, type Clock } from './payment-store.js';
import { FULL_QUOTA_HEADERS, StoreQuota, rateLimited, type QuotaSettings } from './rate-limit.js';
import { queryRecord, RequestRecorder, type RequestLog } from './request-log.js';
import { ADMIN_FULL_QUOTA_HEADERS } from './transactions-responses.js';
import { createTransactionsApiHandler, isAdminApiPath } from './transactions-routes.js';
import { TransactionLedgers, type RecordedTransaction } from './transactions-store.js';

/**
 * The real API's base path (docs/upstream-contract.md §1), so the gateway's base URL is the only thing that changes.
 */
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
  /** Up to this much more delay, uniformly at random, per response. */
  latencyJitterMs?: number;
  /** The per-store quota, enforced with 429s; off (a full quota reported) when absent. */
  quota?: QuotaSettings;
  /** Fault rules in force from the start; more can be added through `faults`. */
  faults?: FaultRule[];
  /** Seed of the chances taken by fault probabilities and jitter, so a run can be replayed. Default 1. */
  faultSeed?: number;
  /** Unix seconds for createdAt/updatedAt; defaults to the system clock. */
  now?: () => number;
  /**
   * Store hash to its token. When given, an unknown token gets 401 and a known one sent for another store
   * a 500, on both APIs; when absent, any non-empty token and store hash are accepted.
   */
  credentials?: SandboxCredentials;
}

export interface Sandbox {
  /** e.g. http://127.0.0.1:4010 */
  origin: string;
  /** origin + /api/v3/io/ip */
  baseUrl: string;
  log: RequestLog;
  /** Scripted failures for tests: error statuses, malformed bodies, dropped connections. */
  faults: FaultInjector;
  /** The payment transactions recorded for a store hash (the one in the Admin API path), oldest first. */
  recordedTransactions(storeHash: string): RecordedTransaction[];
  /** Requests being answered at once (keyed by store hash) and open client sockets, with their peaks. */
  concurrency: { requests: ConcurrencyGauge; sockets: ConcurrencyGauge };
  close(): Promise<void>;
}

const systemClock: Clock = () => Math.floor(Date.now() / 1000);

/** Starts a listening sandbox. Its per-store data and request log live until close(). */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  const random = seededRandom(options.faultSeed ?? 1);
  const timing: DeliveryTiming = {
    latencyMs: options.latencyMs ?? 0,
    latencyJitterMs: options.latencyJitterMs ?? 0,
    random,
  };
  const log = new RequestRecorder();
  const faults = new FaultInjector(random);
  for (const rule of options.faults ?? []) faults.add(rule);
  const quota = options.quota && new StoreQuota(options.quota);
  const concurrency = { requests: new ConcurrencyGauge(), sockets: new ConcurrencyGauge() };
  const checkCredentials = createCredentialCheck(options.credentials);
  const handleApi = createApiHandler(new StoreRegistry(options.now ?? systemClock));
  const ledgers = new TransactionLedgers();
  const handleAdminApi = createTransactionsApiHandler(ledgers, checkCredentials);
  let responseCount = 0;

  const send = async (
    res: ServerResponse,
    response: ApiResponse,
    fault?: FaultAction,
    quotaHeaders: Readonly<Record<string, string>> = FULL_QUOTA_HEADERS,
    delivery: DeliveryTiming = timing,
  ): Promise<void> => {
    const rawBody = fault?.kind === 'respond' ? fault.rawBody : undefined;
    const headers = {
      'Content-Type': 'application/json',
      'X-Request-Id': `sbx-${String(++responseCount).padStart(6, '0')}`,
      ...quotaHeaders,
      ...response.headers,
    };
    const payload = rawBody ?? JSON.stringify(response.body);
    await deliver(res, { status: response.status, headers, payload }, fault, delivery);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const receivedAt = Date.now();
    const method = req.method ?? 'GET';
    const { pathname, query } = splitTarget(req.url ?? '/');

    if (pathname.startsWith(CONTROL_PREFIX)) {
      req.resume();
      // Control calls answer at once: tests poll the log while a slow API call is still in flight.
      const control = pathname === REQUEST_LOG_PATH ? controlRequestLog(method, log) : routeNotFound();
      await send(res, control, undefined, FULL_QUOTA_HEADERS, { ...timing, latencyMs: 0, latencyJitterMs: 0 });
      return;
    }

    const body = parseBody(await readText(req));
    const admin = isAdminApiPath(pathname);
    const request: ApiRequest = {
      method,
      path: admin ? pathname : apiPath(pathname),
      query,
      body,
      authToken: nonEmptyHeader(req.headers['x-auth-token']),
      storeHash: nonEmptyHeader(req.headers['x-store-hash']),
    };
    const authentication = admin ? undefined : authenticate(request, checkCredentials);
    // A request counts against its store's quota once its credentials pass, so another caller's bad token
    // spends none of it; refused ones (429) count too, as upstream (docs/upstream-contract.md §5.1).
    const admission = authentication?.ok ? quota?.admit(authentication.storeHash) : undefined;
    const target = { method, path: request.path ?? pathname, headers: req.headers };
    const fault = admission?.allowed === false ? undefined : faults.take(target);
    const replacing =
      fault && replacesAnswer(fault.action) ? { action: fault.action, afterHandling: fault.afterHandling } : undefined;
    const answer = (): ApiResponse => {
      if (authentication === undefined) return handleAdminApi(request);
      return authentication.ok ? handleApi(request, authentication.storeHash) : authentication.refusal;
    };
    let response: ApiResponse;
    try {
      if (admission?.allowed === false) response = rateLimited(admission.headers);
      else response = replacing && !replacing.afterHandling ? faultResponse(replacing.action) : answer();
      if (replacing?.afterHandling) response = faultResponse(replacing.action);
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
    // Each API reports its own quota headers; the B2B ones follow the emulated quota when it is on, and an
    // answer that spent none shows the store's window as it stands.
    let quotaHeaders = admission?.headers ?? FULL_QUOTA_HEADERS;
    if (admin) quotaHeaders = ADMIN_FULL_QUOTA_HEADERS;
    else if (!admission && quota && request.storeHash !== null) quotaHeaders = quota.peek(request.storeHash);
    await send(res, response, fault?.action, quotaHeaders);
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
    recordedTransactions: (storeHash) => ledgers.entries(storeHash),
    concurrency,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would otherwise hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}

/** Whether the fault answers instead of the handler (the others change how the handler's answer travels). */
function replacesAnswer(action: FaultAction): action is AnswerFault {
  return action.kind === 'respond' || action.kind === 'reset';
}

/** The response a fault stands for; a reset is answered by dropping the socket instead (see `deliver`). */
function faultResponse(action: AnswerFault): ApiResponse {
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
