/**
 * Fault rules from text, for `npm run sandbox` (SANDBOX_FAULTS, SANDBOX_FAULT_RATE) and the soak: a JSON
 * list of rules, or one rate spread evenly over every kind of failure.
 */
import type { FaultAction, FaultKind, FaultRule, HeaderMatch } from './faults.js';

/**
 * One rule as JSON: `FaultRule` with `pathPattern` (a regular expression source) standing in for a RegExp
 * path, e.g. `{"method":"GET","pathPattern":"^/payments/\\d+$","probability":0.1,"action":{"kind":"reset"}}`,
 * and `header.valuePattern` for a RegExp header value: `{"header":{"name":"x-auth-token","value":"bad"},...}`.
 */
export interface FaultRuleJson extends Omit<FaultRule, 'path' | 'header'> {
  path?: string;
  pathPattern?: string;
  header?: { name: string; value?: string; valuePattern?: string };
}

export class FaultSpecError extends Error {
  override name = 'FaultSpecError';
}

/** Parses SANDBOX_FAULTS: a JSON array of `FaultRuleJson`. Throws `FaultSpecError` naming the bad rule. */
export function parseFaultRules(text: string): FaultRule[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new FaultSpecError('fault rules must be a JSON array of rules');
  }
  if (!Array.isArray(value)) throw new FaultSpecError('fault rules must be a JSON array of rules');
  return value.map((item, index) => toRule(item, `rule ${index}`));
}

/** What each failure of a mix looks like; `oversizeBytes` should exceed the client's body cap. */
export interface FaultMixOptions {
  /** Default 10 MiB. */
  oversizeBytes?: number;
  /** How late a slow answer comes; default 2 000 ms. */
  slowMs?: number;
}

/** Every kind of failure a mix spreads its rate over, in the order the rules are tried. */
export const MIXED_FAULT_KINDS: readonly FaultKind[] = ['respond', 'reset', 'delay', 'stall', 'malformed', 'oversize'];

/**
 * Global rules under which a request fails with probability `rate`, each kind of failure equally likely.
 * Rules are tried in turn, so rule i's own probability is q / (1 - i·q) with q = rate / kinds: the
 * product of the misses before it telescopes to (1 - i·q), which leaves exactly q for each.
 */
export function faultMix(rate: number, options: FaultMixOptions = {}): FaultRule[] {
  if (!(rate >= 0 && rate <= 1)) throw new FaultSpecError(`fault rate must be from 0 to 1 (got ${rate})`);
  const actions: FaultAction[] = [
    { kind: 'respond', status: 503, body: { code: 503, data: {}, meta: { message: 'Service Unavailable' } } },
    { kind: 'reset' },
    { kind: 'delay', ms: options.slowMs ?? 2_000, jitterMs: 500 },
    { kind: 'stall' },
    { kind: 'malformed' },
    { kind: 'oversize', bytes: options.oversizeBytes ?? 10 * 1024 * 1024 },
  ];
  const share = rate / actions.length;
  return actions.map((action, index) => ({ probability: share / (1 - index * share), action }));
}

function toRule(value: unknown, where: string): FaultRule {
  if (!isObject(value)) throw new FaultSpecError(`${where}: must be an object`);
  const { path, pathPattern, method, header, times, probability, afterHandling, action } = value;
  if (path !== undefined && pathPattern !== undefined)
    throw new FaultSpecError(`${where}: give path or pathPattern, not both`);
  const rule: FaultRule = { action: toAction(action, where) };
  if (path !== undefined) rule.path = text(path, `${where}.path`);
  if (pathPattern !== undefined) rule.path = pattern(pathPattern, `${where}.pathPattern`);
  if (method !== undefined) rule.method = text(method, `${where}.method`).toUpperCase();
  if (header !== undefined) rule.header = toHeaderMatch(header, `${where}.header`);
  if (times !== undefined) rule.times = count(times, `${where}.times`);
  if (probability !== undefined) rule.probability = fraction(probability, `${where}.probability`);
  if (afterHandling !== undefined) rule.afterHandling = flag(afterHandling, `${where}.afterHandling`);
  return rule;
}

function toHeaderMatch(value: unknown, where: string): HeaderMatch {
  if (!isObject(value)) throw new FaultSpecError(`${where}: must be an object with a name and a value`);
  const name = text(value['name'], `${where}.name`);
  const { value: exact, valuePattern } = value;
  if ((exact === undefined) === (valuePattern === undefined)) {
    throw new FaultSpecError(`${where}: give value or valuePattern, one of them`);
  }
  return {
    name,
    value: exact !== undefined ? text(exact, `${where}.value`) : pattern(valuePattern, `${where}.valuePattern`),
  };
}

function toAction(value: unknown, where: string): FaultAction {
  if (!isObject(value)) throw new FaultSpecError(`${where}.action: must be an object with a kind`);
  const at = `${where}.action`;
  switch (value['kind']) {
    case 'respond': {
      const status = count(value['status'], `${at}.status`);
      if (status < 100 || status > 599) throw new FaultSpecError(`${at}.status: must be an HTTP status`);
      const headers = value['headers'];
      if (headers !== undefined && !isStringRecord(headers))
        throw new FaultSpecError(`${at}.headers: must map names to strings`);
      return {
        kind: 'respond',
        status,
        ...(value['body'] !== undefined && { body: value['body'] }),
        ...(value['rawBody'] !== undefined && { rawBody: text(value['rawBody'], `${at}.rawBody`) }),
        ...(headers !== undefined && { headers }),
      };
    }
    case 'delay':
      return {
        kind: 'delay',
        ms: count(value['ms'], `${at}.ms`),
        ...(value['jitterMs'] !== undefined && { jitterMs: count(value['jitterMs'], `${at}.jitterMs`) }),
      };
    case 'oversize':
      return { kind: 'oversize', bytes: count(value['bytes'], `${at}.bytes`) };
    case 'reset':
    case 'stall':
    case 'malformed':
      return { kind: value['kind'] };
    default:
      throw new FaultSpecError(`${at}.kind: must be one of ${MIXED_FAULT_KINDS.join(', ')}`);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isObject(value) && Object.values(value).every((item) => typeof item === 'string');
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new FaultSpecError(`${where}: must be a string`);
  return value;
}

function pattern(value: unknown, where: string): RegExp {
  try {
    return new RegExp(text(value, where));
  } catch (error) {
    if (error instanceof FaultSpecError) throw error;
    throw new FaultSpecError(`${where}: not a valid regular expression`);
  }
}

function count(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new FaultSpecError(`${where}: must be a whole number, 0 or more`);
  }
  return value;
}

function fraction(value: unknown, where: string): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1))
    throw new FaultSpecError(`${where}: must be from 0 to 1`);
  return value;
}

function flag(value: unknown, where: string): boolean {
  if (typeof value !== 'boolean') throw new FaultSpecError(`${where}: must be true or false`);
  return value;
}
