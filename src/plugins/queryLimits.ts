import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, getNamedType, getNullableType, isListType, ValidationContext, ValidationRule } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { Limits } from '../config';
import type { Context } from '../context';
import { ErrorCode } from '../errors';

/** Lists a client does not size itself are assumed to hold this many items. */
const ASSUMED_LIST_SIZE = 5;
/** Lists whose size the parent field already paid for (a connection's page, a path's nodes). */
const SIZED_BY_PARENT = new Set(['edges', 'nodes']);

/** The largest list any argument can ask for (neighbourhood's `limit`); larger values are refused by the resolvers. */
const LARGEST_LIST = 300;

/**
 * Cost of a field: its children's cost plus one, times how many items it can return: `first` or
 * `limit` when the field takes one (with its default, at most what the server serves), else an
 * assumed size for lists. So actors(first: 100) { partOf(first: 100) { ... } } costs 100 x 100 x ..., not 3.
 */
export function listAwareEstimator(largestList: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    const sizeArg = (args.first ?? args.limit) as number | undefined;
    const list = isListType(getNullableType(field.type));
    const multiplier = sizeArg !== undefined ? Math.min(sizeArg, largestList) : list && !SIZED_BY_PARENT.has(field.name) ? ASSUMED_LIST_SIZE : 1;
    const leaf = getNamedType(field.type).name.startsWith('__') ? 0 : 1;
    return Math.max(1, multiplier) * (leaf + childComplexity);
  };
}

/** A refusal: 400, code QUERY_TOO_COMPLEX (armor's messages start with a misleading "Syntax Error: "). */
function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message.replace(/^Syntax Error: /, ''), { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 } } });
}

/** Refuses a costly operation before any resolver runs, with its cost and the limit in the message. */
function costLimitPlugin(maxCost: number, largestPage: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName ?? undefined,
              estimators: [listAwareEstimator(Math.max(largestPage, LARGEST_LIST))],
            });
          } catch {
            return; // variables of the wrong type: execution refuses them (BAD_USER_INPUT) before any resolver runs
          }
          if (cost > maxCost) {
            throw tooComplex(`This query would cost ${cost}, above the limit of ${maxCost}: ask for smaller pages (first/limit) or fewer nested lists.`);
          }
        },
      };
    },
  };
}

/**
 * Depth, alias, directive and token limits (graphql-armor) and a list-aware cost limit
 * (graphql-query-complexity). Every refusal is a QUERY_TOO_COMPLEX error naming the limit.
 */
export function queryLimits(limits: Limits): { plugins: ApolloServerPlugin<Context>[]; validationRules: ValidationRule[] } {
  const reject = [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(tooComplex(error.message))];
  const rejection = { propagateOnRejection: false, onReject: reject };
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxQueryDepth, ignoreIntrospection: true, flattenFragments: true, ...rejection },
    maxAliases: { n: limits.maxAliases, ...rejection },
    maxDirectives: { n: 20, ...rejection },
    maxTokens: { enabled: false }, // graphql-js counts tokens while parsing: see parseOptions in server.ts
    costLimit: { enabled: false },
    // The schema is public and documented: keep "Did you mean" hints for people in the playground.
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  return {
    plugins: [...(protection.plugins as ApolloServerPlugin<Context>[]), costLimitPlugin(limits.maxQueryCost, limits.maxPageSize)],
    validationRules: protection.validationRules as ValidationRule[],
  };
}
