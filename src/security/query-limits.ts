import { createHash } from 'node:crypto';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  parse,
  type DocumentNode,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type ValidationContext,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { stringify } from 'safe-stable-stringify';
import type { CallExpectation } from '../upstream/resilience/admission.js';
import { operationCost, UPSTREAM_CALL_WEIGHT } from './query-cost.js';

/** What one query may ask for; each limit rejects a query before any upstream call. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  /** See query-cost.ts for the formula. */
  maxCost: number;
  maxBodyBytes: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2_000,
  // 120 upstream calls' worth (120 × 201): the store's B2B quota of a minute (docs/upstream-contract.md §5.1)
  // above the default pacing threshold (150 - 30), which a fresh window lets go at once. A larger query
  // could never be admitted whole (docs/decisions/0600-admission-by-query-cost.md). A 50-payment page with
  // everything (51 calls) passes.
  maxCost: 24_120,
  maxBodyBytes: 100_000,
};

/** The stable codes a client sees when a query is refused before it runs. */
export type LimitCode =
  | 'QUERY_TOO_DEEP'
  | 'TOO_MANY_ALIASES'
  | 'TOO_MANY_TOKENS'
  | 'QUERY_TOO_COSTLY'
  | 'VARIABLES_TOO_DEEP';

/**
 * How deeply variables may nest: the deepest input of the schema is a few levels, and serialising or
 * walking a value thousands of levels deep overflows the stack.
 */
export const MAX_VARIABLES_DEPTH = 32;

/** The part of a request's context the limits use: where they tell it how many upstream calls it may make. */
export interface LimitsContext {
  callExpectation?: CallExpectation;
}

/**
 * Refuses queries over the limits before any resolver runs, so none of them costs an upstream call:
 * variables nested too deeply before parsing, tokens while parsing, depth and aliases while validating,
 * cost once the variables are known (page sizes often come from variables). The body size and page size
 * limits live in `useRequestBodyLimit` (request-body-limit.ts) and the connection arguments (`pageWindow`).
 * A query within the limits tells its request's deadline the most upstream calls it may make, for the
 * store quota's admission (src/upstream/resilience/admission.ts).
 */
export function useQueryLimits(limits: QueryLimits): Plugin<LimitsContext> {
  const armorReject = (code: LimitCode) => ({
    exposeLimits: true,
    propagateOnRejection: false,
    // graphql-armor's own error has no code and a misleading "Syntax Error" prefix: report ours.
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(limitError(code, error.message.replace(/^Syntax Error: /, ''))),
    ],
  });
  const depthRule = maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...armorReject('QUERY_TOO_DEEP') });
  const aliasesRule = maxAliasesRule({ n: limits.maxAliases, ...armorReject('TOO_MANY_ALIASES') });
  const costs = new CostCache();

  return {
    onParams({ params }) {
      // Yoga would go on to look for an operation named by an object, and answer that it found none.
      if (params.operationName != null && typeof params.operationName !== 'string') {
        throw createGraphQLError('operationName must be a string.', {
          extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
        });
      }
      if (nestsDeeperThan(params.variables, MAX_VARIABLES_DEPTH)) {
        throw createGraphQLError(`Variables may nest at most ${MAX_VARIABLES_DEPTH} levels deep.`, {
          extensions: { code: 'VARIABLES_TOO_DEEP', http: { status: 400 } },
        });
      }
    },
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxLexicalTokens: limits.maxTokens });
        } catch (error) {
          if (!isOverTokenLimit(error)) throw error;
          const { maxTokens } = limits;
          throw limitError('TOO_MANY_TOKENS', `Token limit of ${maxTokens} exceeded.`, { maxTokens });
        }
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(depthRule);
      addValidationRule(aliasesRule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      let cost = costs.get(args, operation);
      if (cost === undefined) {
        const variables = getVariableValues(
          args.schema,
          operation.variableDefinitions ?? [],
          args.variableValues ?? {},
        );
        if (!variables.coerced) {
          setResultAndStopExecution({ errors: variables.errors.map(asRequestError) });
          return;
        }
        cost = operationCost(args.schema, operation, fragmentsOf(args.document), variables.coerced);
        costs.set(args, operation, cost);
      }
      if (cost > limits.maxCost) {
        const message = `Query cost ${cost} exceeds the limit of ${limits.maxCost}: ask for smaller pages or fewer fields that call the upstream API.`;
        setResultAndStopExecution({
          errors: [limitError('QUERY_TOO_COSTLY', message, { cost, maxCost: limits.maxCost })],
        });
        return;
      }
      args.contextValue.callExpectation?.expectCalls(upstreamCallsAtMost(cost));
    },
  };
}

/**
 * Each upstream call a query may make adds UPSTREAM_CALL_WEIGHT to its cost, and everything else at least
 * nothing (query-cost.ts): the cost over the weight bounds the calls from above (a few over, for the plain
 * fields of a large page).
 */
export function upstreamCallsAtMost(cost: number): number {
  return Math.floor(cost / UPSTREAM_CALL_WEIGHT);
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** Past this many variable sets per document, its costs are forgotten and worked out again. */
const MAX_COSTS_PER_DOCUMENT = 100;
/** A longer key is kept as its digest, so a large variable costs a cache entry no more than a small one. */
const MAX_PLAIN_KEY_LENGTH = 256;

/**
 * Costs already worked out, by document (Yoga's parser cache hands every request with the same text the
 * same DocumentNode) and by operation name and the variables it declares: the same request costs the same,
 * and variables that coerced once coerce again. Entries go with their document; each is at most a few
 * hundred bytes, whatever a caller sends (variables the operation does not declare are not part of the key).
 */
class CostCache {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, number>>();

  get(args: ExecutionArgs, operation: OperationDefinitionNode): number | undefined {
    return this.byDocument.get(args.document)?.get(CostCache.keyOf(args, operation));
  }

  set(args: ExecutionArgs, operation: OperationDefinitionNode, cost: number): void {
    let costs = this.byDocument.get(args.document);
    if (!costs) this.byDocument.set(args.document, (costs = new Map()));
    if (costs.size >= MAX_COSTS_PER_DOCUMENT) costs.clear();
    costs.set(CostCache.keyOf(args, operation), cost);
  }

  /** Canonical JSON of the declared variables: the same variables in another key order are the same request. */
  private static keyOf(args: ExecutionArgs, operation: OperationDefinitionNode): string {
    const sent = args.variableValues ?? {};
    const declared: Record<string, unknown> = {};
    for (const { variable } of operation.variableDefinitions ?? [])
      declared[variable.name.value] = sent[variable.name.value];
    const key = `${operation.name?.value ?? ''}\0${stringify(declared)}`;
    return key.length <= MAX_PLAIN_KEY_LENGTH ? key : createHash('sha256').update(key).digest('base64url');
  }
}

/** graphql-js stops parsing at `maxLexicalTokens`, with a syntax error of its own wording. */
function isOverTokenLimit(error: unknown): boolean {
  return error instanceof GraphQLError && error.message.includes('tokens. Parsing aborted.');
}

/** Walks the value without recursion: a value nested thousands of levels deep is what it looks for. */
function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.depth > maxDepth) return true;
    for (const child of Object.values(next.value)) pending.push({ value: child, depth: next.depth + 1 });
  }
  return false;
}

/**
 * A variable that does not coerce makes the whole request invalid: HTTP 400, as graphql-js's executor
 * answers it, with the code of every bad input. Checked here, once, because the compiled executor
 * (execution/compiled-execution.ts) would answer it with a 200.
 */
function asRequestError(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

function limitError(code: LimitCode, message: string, details: Record<string, number> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}
