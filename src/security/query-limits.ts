import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  Lexer,
  parse,
  Source,
  TokenKind,
  type DocumentNode,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  type ValidationContext,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { QueryLimits } from '../config.js';
import { operationCost } from './query-cost.js';

/** The stable codes a client sees when a query is refused before it runs. */
export type LimitCode = 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_TOKENS' | 'QUERY_TOO_COSTLY';

/**
 * Refuses queries over the limits before any resolver runs, so none of them costs an upstream call:
 * tokens while parsing, depth and aliases while validating, cost once the variables are known (page
 * sizes often come from variables). The body size and page size limits live in `useRequestBodyLimit`
 * (request-body-limit.ts) and the connection arguments (`pageWindow`).
 */
export function useQueryLimits(limits: QueryLimits): Plugin {
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
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        rejectOverTokenLimit(typeof source === 'string' ? source : source.body, limits.maxTokens);
        return parse(source, options);
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(depthRule);
      addValidationRule(aliasesRule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      let cost = costs.get(args);
      if (cost === undefined) {
        const operation = getOperationAST(args.document, args.operationName);
        if (!operation) return;
        const variables = getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {});
        if (!variables.coerced) {
          setResultAndStopExecution({ errors: variables.errors.map(asRequestError) });
          return;
        }
        cost = operationCost(args.schema, operation, fragmentsOf(args.document), variables.coerced);
        costs.set(args, cost);
      }
      if (cost > limits.maxCost) {
        const message = `Query cost ${cost} exceeds the limit of ${limits.maxCost}: ask for smaller pages or fewer fields that call the upstream API.`;
        setResultAndStopExecution({ errors: [limitError('QUERY_TOO_COSTLY', message, { cost, maxCost: limits.maxCost })] });
      }
    },
  };
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

/**
 * Costs already worked out, by document (Yoga's parser cache hands every request with the same text the
 * same DocumentNode) and by operation name and variables as sent: the same request costs the same, and
 * variables that coerced once coerce again. Entries go with their document.
 */
class CostCache {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, number>>();

  get(args: ExecutionArgs): number | undefined {
    return this.byDocument.get(args.document)?.get(CostCache.keyOf(args));
  }

  set(args: ExecutionArgs, cost: number): void {
    let costs = this.byDocument.get(args.document);
    if (!costs) this.byDocument.set(args.document, (costs = new Map()));
    if (costs.size >= MAX_COSTS_PER_DOCUMENT) costs.clear();
    costs.set(CostCache.keyOf(args), cost);
  }

  private static keyOf(args: ExecutionArgs): string {
    return `${args.operationName ?? ''}\0${JSON.stringify(args.variableValues ?? {})}`;
  }
}

/** Counts tokens before parsing, so a huge document is refused before an AST is built for it. */
function rejectOverTokenLimit(body: string, maxTokens: number): void {
  const lexer = new Lexer(new Source(body));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++count > maxTokens) {
        throw limitError('TOO_MANY_TOKENS', `Token limit of ${maxTokens} exceeded.`, { maxTokens });
      }
    }
  } catch (error) {
    // Syntax errors are the parser's to report, with their location.
    if (error instanceof GraphQLError && error.extensions['code'] === 'TOO_MANY_TOKENS') throw error;
  }
}

/**
 * A variable that does not coerce makes the whole request invalid: HTTP 400, as graphql-js's executor
 * answers it. Checked here, once, because the compiled executor (execution/compiled-execution.ts) would
 * answer it with a 200.
 */
function asRequestError(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    originalError: error.originalError,
    extensions: { ...error.extensions, http: { status: 400 } },
  });
}

function limitError(code: LimitCode, message: string, details: Record<string, number> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}
