/**
 * Scripted failures, so tests can make the sandbox answer what the real API sometimes does: an error status
 * with any body (or a malformed one), or a dropped connection. Rules are tried in the order added; a rule
 * with `times` stops matching once used up.
 */

export type FaultAction =
  /** Answer with this status; `body` is sent as JSON, `rawBody` as it is (for malformed or empty bodies). */
  | { kind: 'respond'; status: number; body?: unknown; rawBody?: string; headers?: Record<string, string> }
  /** Drop the connection without answering. */
  | { kind: 'reset' };

export interface FaultRule {
  /** Matches any method when absent. */
  method?: string;
  /** The path below the base path, e.g. `/payments/117`, or a pattern; any path when absent. */
  path?: string | RegExp;
  /** How many requests the rule applies to; unlimited when absent. */
  times?: number;
  /**
   * Run the request's handler first (a write takes effect) and then fail: the "sent, but the answer was
   * lost" case that makes a write's outcome unknown.
   */
  afterHandling?: boolean;
  action: FaultAction;
}

export interface MatchedFault {
  action: FaultAction;
  afterHandling: boolean;
}

/** The fault rules of one sandbox; they live until cleared or the sandbox closes. */
export class FaultInjector {
  private rules: Array<FaultRule & { remaining: number }> = [];

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault for this request, if any rule matches; using it counts against the rule's `times`. */
  take(method: string, path: string): MatchedFault | undefined {
    const rule = this.rules.find((candidate) => candidate.remaining > 0 && matches(candidate, method, path));
    if (!rule) return undefined;
    rule.remaining -= 1;
    return { action: rule.action, afterHandling: rule.afterHandling ?? false };
  }
}

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (rule.method !== undefined && rule.method !== method) return false;
  if (rule.path === undefined) return true;
  return typeof rule.path === 'string' ? rule.path === path : rule.path.test(path);
}
