import { RequestAdmissions, type CallExpectation } from './admission.js';

/** Why the gateway itself cut an upstream call short; undici rejects with this as the abort reason. */
export type CutShortCode = 'GATEWAY_CALL_TIMEOUT' | 'GATEWAY_DEADLINE' | 'GATEWAY_CLIENT_GONE';

class CallCutShort extends Error {
  override name = 'CallCutShort';

  constructor(readonly code: CutShortCode) {
    super(code);
  }
}

export const CUT_SHORT_CODES: ReadonlySet<string> = new Set<CutShortCode>([
  'GATEWAY_CALL_TIMEOUT',
  'GATEWAY_DEADLINE',
  'GATEWAY_CLIENT_GONE',
]);

/** The signal of one upstream call; `done` must be called when the call is over, to drop its timer. */
export interface CallSignal {
  signal: AbortSignal;
  done(): void;
}

/**
 * The time one GraphQL request has left, and the upstream calls it was admitted to make. Every upstream
 * call, retry wait and pacing wait of the request fits inside it, and its signal aborts calls in flight when
 * it runs out or the client goes away. Made per request in the context factory and dropped with it.
 */
export class RequestDeadline implements CallExpectation {
  readonly signal: AbortSignal;
  /** Each store quota's verdict on the request's calls (admission.ts); released with the deadline. */
  readonly admissions = new RequestAdmissions();
  private readonly expiresAt: number;
  /**
   * What to do when the request is over: abort each call in flight, end each wait. One listener on the
   * signal serves them all, however many calls and waits a page fans out to.
   */
  private readonly onOver = new Set<() => void>();
  /** Drops the timer and the client listener; see `dispose`. */
  private readonly release: () => void;

  constructor(budgetMs: number, clientSignal?: AbortSignal) {
    const controller = new AbortController();
    this.signal = controller.signal;
    this.expiresAt = performance.now() + budgetMs;
    this.signal.addEventListener('abort', () => {
      for (const callback of this.onOver) callback();
    });
    const timer = setTimeout(() => controller.abort(new CallCutShort('GATEWAY_DEADLINE')), budgetMs);
    timer.unref();
    const clientGone = () => controller.abort(new CallCutShort('GATEWAY_CLIENT_GONE'));
    if (clientSignal?.aborted) clientGone();
    else clientSignal?.addEventListener('abort', clientGone, { once: true });
    this.release = () => {
      clearTimeout(timer);
      clientSignal?.removeEventListener('abort', clientGone);
    };
  }

  /**
   * Drops the deadline's timer and client listener once its request has answered, so a busy gateway does
   * not hold a 15 s timer per finished request, and frees the calls held for it that it did not make. Calls
   * still in flight keep their own call timeouts.
   */
  dispose(): void {
    this.release();
    this.admissions.release();
  }

  /** The most upstream calls the request may make (its query's cost says, before it runs): admission's input. */
  expectCalls(calls: number): void {
    this.admissions.expectCalls(calls);
  }

  remainingMs(): number {
    return this.signal.aborted ? 0 : Math.max(0, this.expiresAt - performance.now());
  }

  /** Runs `callback` once the request is over (at once if it is); the returned function cancels that. */
  whenOver(callback: () => void): () => void {
    if (this.signal.aborted) {
      callback();
      return () => {};
    }
    this.onOver.add(callback);
    return () => this.onOver.delete(callback);
  }

  /** A signal for one call, aborted after `timeoutMs` or with the request, whichever comes first. */
  callSignal(timeoutMs: number): CallSignal {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new CallCutShort('GATEWAY_CALL_TIMEOUT')), timeoutMs);
    const cancel = this.whenOver(() => controller.abort(this.signal.reason));
    return {
      signal: controller.signal,
      done: () => {
        clearTimeout(timer);
        cancel();
      },
    };
  }

  /** Waits `ms`, or rejects with the abort reason once the request is over. */
  wait(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        cancel();
        resolve();
      }, ms);
      const cancel = this.whenOver(() => {
        clearTimeout(timer);
        reject(this.signal.reason);
      });
    });
  }
}
