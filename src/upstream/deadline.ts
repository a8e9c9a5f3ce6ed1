import { setTimeout as sleep } from 'node:timers/promises';

/** Why the gateway itself cut an upstream call short; undici rejects with this as the abort reason. */
export type CutShortCode = 'GATEWAY_CALL_TIMEOUT' | 'GATEWAY_DEADLINE' | 'GATEWAY_CLIENT_GONE';

export class CallCutShort extends Error {
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
 * The time one GraphQL request has left. Every upstream call, retry wait and pacing wait of the request fits
 * inside it, and its signal aborts calls in flight when it runs out or the client goes away. Made per
 * request in the context factory and dropped with it.
 */
export class RequestDeadline {
  readonly signal: AbortSignal;
  private readonly expiresAt: number;
  /** Calls in flight, aborted with the request: one listener for all, however many calls a page fans out to. */
  private readonly calls = new Set<AbortController>();

  constructor(budgetMs: number, clientSignal?: AbortSignal) {
    const controller = new AbortController();
    this.signal = controller.signal;
    this.expiresAt = performance.now() + budgetMs;
    this.signal.addEventListener('abort', () => {
      for (const call of this.calls) call.abort(this.signal.reason);
    });
    setTimeout(() => controller.abort(new CallCutShort('GATEWAY_DEADLINE')), budgetMs).unref();
    clientSignal?.addEventListener('abort', () => controller.abort(new CallCutShort('GATEWAY_CLIENT_GONE')), {
      once: true,
    });
  }

  remainingMs(): number {
    return this.signal.aborted ? 0 : Math.max(0, this.expiresAt - performance.now());
  }

  /** A signal for one call, aborted after `timeoutMs` or with the request, whichever comes first. */
  callSignal(timeoutMs: number): CallSignal {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new CallCutShort('GATEWAY_CALL_TIMEOUT')), timeoutMs);
    if (this.signal.aborted) controller.abort(this.signal.reason);
    else this.calls.add(controller);
    return {
      signal: controller.signal,
      done: () => {
        clearTimeout(timer);
        this.calls.delete(controller);
      },
    };
  }

  /** Waits `ms`, or rejects with the abort reason once the request is over. */
  async wait(ms: number): Promise<void> {
    try {
      await sleep(ms, undefined, { signal: this.signal });
    } catch {
      throw this.signal.reason;
    }
  }
}
