import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type DocumentNode,
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  Lexer,
  Source,
  TokenKind,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
  visit,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { Limits } from '../../config';
import type { Context } from '../context';
import { QueryTooComplexError } from '../../domain/errors';
import { NEIGHBOURHOOD_SIZE } from '../../domain/limits';
import { formatError, requestError } from '../errors';

/** Lists a client does not size itself are assumed to hold this many items. */
const ASSUMED_LIST_SIZE = 5;
/** Lists whose size the parent field already paid for (a connection's page, a path's nodes). */
const SIZED_BY_PARENT = new Set(['edges', 'nodes']);

/**
 * Cost of a field: its children's cost plus one, times how many items it can return: `first` or
 * `limit` when the field takes one (with its default, at most what the server serves), else an
 * assumed size for lists. So actors(first: 100) { partOf(first: 100) { ... } } costs 100 x 100 x ..., not 3.
 */
export function listAwareEstimator(largestList: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    const sizeArg = (args.first ?? args.limit) as number | undefined;
    const list = isListType(getNullableType(field.type));
    const multiplier =
      sizeArg !== undefined ? Math.min(sizeArg, largestList) : list && !SIZED_BY_PARENT.has(field.name) ? ASSUMED_LIST_SIZE : 1;
    const leaf = getNamedType(field.type).name.startsWith('__') ? 0 : 1;
    return Math.max(1, multiplier) * (leaf + childComplexity);
  };
}

/** A refusal: 400, code QUERY_TOO_COMPLEX (armor's messages start with a misleading "Syntax Error: "). */
function tooComplex(message: string): GraphQLError {
  return requestError(new QueryTooComplexError(message.replace(/^Syntax Error: /, '')));
}

/**
 * Whether a parse failed because of graphql-js's token limit (parseOptions.maxTokens): the parser stops
 * at the start of token max + 1, before looking at it, so the error sits exactly there and that token lexes.
 */
export function stoppedAtTokenLimit(source: string, error: Error, max: number): boolean {
  const position = error instanceof GraphQLError ? error.positions?.[0] : undefined;
  // Every token takes at least one character: a shorter document cannot reach the limit.
  if (position === undefined || source.length <= max) return false;
  const lexer = new Lexer(new Source(source));
  try {
    for (let count = 0; count < max; count++) if (lexer.advance().kind === TokenKind.EOF) return false;
    const next = lexer.advance();
    return next.kind !== TokenKind.EOF && next.start === position;
  } catch {
    return false; // a lexical error within the first max + 1 tokens: that is what the parser reported
  }
}

/**
 * graphql-js stops parsing at `maxTokens` (see parseOptions), so a huge document never becomes an AST,
 * but Apollo answers that as any syntax error; this answers it as the QUERY_TOO_COMPLEX refusal it is.
 */
function tokenLimitPlugin(maxTokens: number): ApolloServerPlugin<Context> {
  const refusal = () => {
    const error = tooComplex(`The query has more than ${maxTokens} tokens; send a smaller document.`);
    return formatError(error.toJSON(), error);
  };
  return {
    async requestDidStart() {
      let overLimit = false;
      return {
        async parsingDidStart({ source }) {
          return async (error) => {
            overLimit = error !== undefined && source !== undefined && stoppedAtTokenLimit(source, error, maxTokens);
          };
        },
        async willSendResponse({ response }) {
          if (overLimit && response.body.kind === 'single') response.body.singleResult = { errors: [refusal()] };
        },
      };
    },
  };
}

/** Arguments the cost estimator reads (see listAwareEstimator). */
const SIZE_ARGUMENTS = new Set(['first', 'limit']);
/** Costs kept per document, at most this many (one per operation and value of its size variables). */
const COSTS_PER_DOCUMENT = 64;

/**
 * The variables an operation's cost depends on: those passed to `first`/`limit` or to a directive
 * (@include/@skip). Other variables (ids, text) leave the cost as it is.
 */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (value: ValueNode) => visit(value, { Variable: (variable) => void names.add(variable.name.value) });
  visit(document, {
    Field: (field) => field.arguments?.forEach((argument) => SIZE_ARGUMENTS.has(argument.name.value) && collect(argument.value)),
    Directive: (directive) => directive.arguments?.forEach((argument) => collect(argument.value)),
  });
  return [...names];
}

/**
 * Costs already computed, per parsed document (Apollo hands the same document object for the same
 * query text), keyed by operation and the values of the variables the cost depends on: a front-end
 * sending one query with other ids pays the cost walk once.
 */
class CostCache {
  private readonly documents = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();

  cost(document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>, compute: () => number): number {
    let entry = this.documents.get(document);
    if (!entry) {
      entry = { variables: costVariables(document), costs: new Map() };
      this.documents.set(document, entry);
    }
    const key = JSON.stringify([operationName ?? null, ...entry.variables.map((name) => variables[name] ?? null)]);
    let cost = entry.costs.get(key);
    if (cost === undefined) {
      cost = compute();
      if (entry.costs.size >= COSTS_PER_DOCUMENT) entry.costs.clear();
      entry.costs.set(key, cost);
    }
    return cost;
  }
}

/** Refuses a costly operation before any resolver runs, with its cost and the limit in the message. */
function costLimitPlugin(maxCost: number, largestPage: number): ApolloServerPlugin<Context> {
  const costs = new CostCache();
  const estimators = [listAwareEstimator(Math.max(largestPage, NEIGHBOURHOOD_SIZE.max))];
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const variables = request.variables ?? {};
          const operationName = request.operationName ?? undefined;
          let cost: number;
          try {
            cost = costs.cost(document, operationName, variables, () =>
              getComplexity({ schema, query: document, variables, operationName, estimators }),
            );
          } catch {
            return; // variables of the wrong type: execution refuses them (BAD_USER_INPUT) before any resolver runs
          }
          if (cost > maxCost) {
            throw tooComplex(
              `This query would cost ${cost}, above the limit of ${maxCost}: ask for smaller pages (first/limit) or fewer nested lists.`,
            );
          }
        },
      };
    },
  };
}

/**
 * A token limit, depth, alias and directive limits (graphql-armor) and a list-aware cost limit
 * (graphql-query-complexity). Every refusal is a QUERY_TOO_COMPLEX error naming the limit.
 */
export function queryLimits(limits: Limits): {
  plugins: ApolloServerPlugin<Context>[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
} {
  const reject = [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(tooComplex(error.message))];
  const rejection = { propagateOnRejection: false, onReject: reject };
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxQueryDepth, ignoreIntrospection: true, flattenFragments: true, ...rejection },
    maxAliases: { n: limits.maxAliases, ...rejection },
    maxDirectives: { n: 20, ...rejection },
    maxTokens: { enabled: false }, // armor's parses every document twice: graphql-js counts tokens as it parses (tokenLimitPlugin)
    costLimit: { enabled: false },
    // The schema is public and documented: keep "Did you mean" hints for people in the playground.
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  return {
    plugins: [
      tokenLimitPlugin(limits.maxTokens),
      ...(protection.plugins as ApolloServerPlugin<Context>[]),
      costLimitPlugin(limits.maxQueryCost, limits.maxPageSize),
    ],
    validationRules: protection.validationRules as ValidationRule[],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}
