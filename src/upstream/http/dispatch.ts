import type { Dispatcher } from 'undici';
import { transportFailure } from '../failures.js';
import { readBodyText } from './body.js';
import { checkedPath, queryString, type UpstreamCall, type UpstreamRequest, type UpstreamResponse } from './request.js';

/** What one try of a call may spend. */
export interface TryBudget {
  /** Aborts the try at its timeout or when the request is over. */
  signal: AbortSignal;
  timeoutMs: number;
  maxBodyBytes: number;
}

/** A request ready to send: its path checked and its body serialized once, however many tries it takes. */
export interface PreparedRequest {
  request: UpstreamRequest;
  path: string;
  body: string | undefined;
}

/**
 * One upstream API as one caller reaches it: the shared dispatcher, the base URL and the headers sent on
 * every call (the credentials, never logged or echoed). Sends one try at a time and reads the whole answer,
 * whatever its status; a try without an answer rejects with the `UpstreamError` failures.ts picks. Made per
 * request; the dispatcher's sockets are the process's.
 */
export class HttpEndpoint {
  private readonly basePath: string;

  constructor(
    private readonly dispatcher: Dispatcher,
    private readonly baseUrl: URL,
    private readonly headers: Record<string, string>,
  ) {
    this.basePath = baseUrl.pathname.replace(/\/$/, '');
  }

  /** Throws UnsafePathError, before anything is sent or counted, for a path with a dot segment. */
  prepare(request: UpstreamRequest): PreparedRequest {
    return {
      request,
      path: checkedPath(this.basePath + request.path) + queryString(request.query),
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    };
  }

  async send(
    prepared: PreparedRequest,
    budget: TryBudget,
    onCall?: (call: UpstreamCall) => void,
  ): Promise<UpstreamResponse> {
    const { request } = prepared;
    const started = performance.now();
    let status: number | undefined;
    try {
      const response = await this.dispatcher.request({
        origin: this.baseUrl.origin,
        method: request.method,
        path: prepared.path,
        headers: { accept: 'application/json', ...this.headers, ...(prepared.body !== undefined && JSON_BODY) },
        body: prepared.body,
        headersTimeout: budget.timeoutMs,
        bodyTimeout: budget.timeoutMs,
        signal: budget.signal,
      });
      status = response.statusCode;
      const text = await readBodyText(response.body, response.headers['content-length'], budget.maxBodyBytes);
      return { status, headers: response.headers, text };
    } catch (error) {
      throw transportFailure(error, request);
    } finally {
      onCall?.({ endpoint: request.endpoint, method: request.method, status, durationMs: performance.now() - started });
    }
  }
}

const JSON_BODY = { 'content-type': 'application/json' };
