/**
 * Scripted failures, so tests and the soak can make the sandbox answer what a real API sometimes does: an
 * error status with any body, a dropped connection, a slow answer, a body that stops halfway, one that does
 * not parse, or one far too large. Rules are tried in the order added; a rule applies to the requests it
 * matches (by method, path and one request header: per endpoint or per caller, or every request when all
 * are absent), at most `times` of them, each with `probability`. A rule skipped by its probability lets the
 * next rule try.
 */
import { Random } from './prng.js';

export type FaultAction =
  /** Answer with this status; `body` is sent as JSON, `rawBody` as it is (for malformed or empty bodies). */
  | { kind: 'respond'; status: number; body?: unknown; rawBody?: string; headers?: Record<string, string> }
  /** Drop the connection without answering. */
  | { kind: 'reset' }
  /** Answer normally, `ms` later plus a uniform jitter of up to `jitterMs`. */
  | { kind: 'delay'; ms: number; jitterMs?: number }
  /** Send the status, the headers and half the body, then nothing more; the connection stays open. */
  | { kind: 'stall' }
  /** Answer with the real status and headers but the body cut in half: JSON that does not parse. */
  | { kind: 'malformed' }
  /** Answer with the real body padded (still valid JSON) to at least `bytes`. */
  | { kind: 'oversize'; bytes: number };

export type FaultKind = FaultAction['kind'];
/** The faults that answer in place of the handler; the others change how its answer travels. */
export type AnswerFault = Extract<FaultAction, { kind: 'respond' | 'reset' }>;

export interface FaultRule {
  /** Matches any method when absent. */
  method?: string;
  /** The path below the base path, e.g. `/payments/117`, or a pattern; any path when absent. */
  path?: string | RegExp;
  /**
   * A request header (name in any case) and its value, or a pattern of it, e.g. `{ name: 'x-auth-token',
   * value: 'bad' }`: fails one caller's calls and no other's. A request without the header does not match.
   */
  header?: HeaderMatch;
  /** How many requests the rule applies to; unlimited when absent. */
  times?: number;
  /** The chance, from 0 to 1, that the rule applies to a request it matches; 1 when absent. */
  probability?: number;
  /**
   * Run the request's handler first (a write takes effect) and then fail: the "sent, but the answer was
   * lost" case that makes a write's outcome unknown. `delay`, `stall`, `malformed` and `oversize` always
   * run the handler first: they change how its answer travels.
   */
  afterHandling?: boolean;
  action: FaultAction;
}

export interface HeaderMatch {
  name: string;
  value: string | RegExp;
}

/** What a rule is matched against: the request's method, its path below the base path, its headers. */
export interface FaultTarget {
  method: string;
  path: string;
  /** Lower-case names, as node:http gives them. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

export interface MatchedFault {
  action: FaultAction;
  afterHandling: boolean;
}

/** Actions that deliver the handler's own answer differently, so the handler always runs. */
const DELIVERY_FAULTS: ReadonlySet<FaultKind> = new Set(['delay', 'stall', 'malformed', 'oversize']);

/**
 * The fault rules of one sandbox; they live until cleared or the sandbox closes. `random` decides
 * probabilities (seeded by default, so a faulty run can be replayed).
 */
export class FaultInjector {
  private rules: Array<FaultRule & { remaining: number }> = [];

  constructor(private readonly random: () => number = seededRandom(1)) {}

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
  }

  clear(): void {
    this.rules = [];
  }

  /** The fault for this request, if any rule applies; using it counts against the rule's `times`. */
  take(target: FaultTarget): MatchedFault | undefined {
    const rule = this.rules.find(
      (candidate) =>
        candidate.remaining > 0 &&
        matches(candidate, target) &&
        (candidate.probability === undefined || this.random() < candidate.probability),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    return {
      action: rule.action,
      afterHandling: DELIVERY_FAULTS.has(rule.action.kind) || (rule.afterHandling ?? false),
    };
  }
}

export function seededRandom(seed: number): () => number {
  const random = new Random(seed);
  return () => random.next();
}

function matches(rule: FaultRule, target: FaultTarget): boolean {
  if (rule.method !== undefined && rule.method !== target.method) return false;
  if (rule.path !== undefined && !fits(rule.path, target.path)) return false;
  if (rule.header === undefined) return true;
  const value = target.headers[rule.header.name.toLowerCase()];
  // node:http joins repeated headers with ", " except a few (set-cookie) it keeps as a list.
  const text = Array.isArray(value) ? value.join(', ') : value;
  return text !== undefined && fits(rule.header.value, text);
}

function fits(expected: string | RegExp, actual: string): boolean {
  return typeof expected === 'string' ? expected === actual : expected.test(actual);
}
