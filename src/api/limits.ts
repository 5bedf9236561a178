/**
 * Query depth and cost limits, checked before execution so an expensive query is refused
 * with a clear message instead of loading the database.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxCost: 250_000 };

function selectionDepth(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + selectionDepth(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

/** Lists cost their page size times their children; arguments name the page size. */
function pageEstimator({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const page = [args.first, args.limit, args.k].find((value) => typeof value === 'number') as number | undefined;
  const listSize = page ?? (Array.isArray(args.ids) ? args.ids.length : 1);
  return 1 + Math.max(1, listSize) * childComplexity;
}

/**
 * The operation's cost; 0 when its variables do not coerce — execution then refuses the
 * request as BAD_USER_INPUT (400) before any resolver runs, so there is nothing to limit.
 * (Thrown from here, the coercion error would surface as an internal error, HTTP 500.)
 */
function complexityOf(schema: GraphQLSchema, query: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>): number {
  try {
    return getComplexity({ schema, query, operationName, variables, estimators: [pageEstimator] });
  } catch (error) {
    if (error instanceof GraphQLError && error.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION) return 0;
    throw error;
  }
}

export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          const fragments = new Map(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const depth = selectionDepth((operation as OperationDefinitionNode).selectionSet, fragments, new Set());
          if (depth > limits.maxDepth) {
            throw new GraphQLError(`Query depth ${depth} exceeds the limit of ${limits.maxDepth}.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', depth, maxDepth: limits.maxDepth, http: { status: 400 } },
            });
          }
          const cost = complexityOf(schema, document, request.operationName ?? undefined, request.variables ?? {});
          if (cost > limits.maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${limits.maxCost}; ask for fewer items.`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost: limits.maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
