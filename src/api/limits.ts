/**
 * The cost limit, checked before execution so an expensive query is refused with a clear
 * message instead of loading the database. Structure (size, depth, aliases) is checked
 * earlier and in linear time by the document gate; cost counts the work: page and list
 * sizes times their children, and the text to extract.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema, Kind } from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { MAX_TEXT_CHARS } from '../reports/report-input';

export interface QueryLimits {
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxCost: 250_000 };

/** About one unit per four characters of text: 250,000 units ≈ 1 M characters per request. */
const CHARS_PER_UNIT = 4;

/**
 * A report text over the maximum counts as the maximum: validation refuses it naming the
 * field, a clearer answer than a cost refusal. Other strings (jsonl) count in full.
 */
function textLength(value: unknown, cap = Infinity): number {
  if (typeof value === 'string') return Math.min(value.length, cap);
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + textLength(item, cap), 0);
  if (value && typeof value === 'object') return textLength((value as { text?: unknown }).text, cap);
  return 0;
}

/** Lists cost their page size times their children; text arguments cost their length. */
function workEstimator({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const page = [args.first, args.limit, args.k].find((value): value is number => typeof value === 'number');
  const list = [args.ids, args.reports, args.spans].find((value): value is unknown[] => Array.isArray(value));
  const listSize = page ?? list?.length ?? 1;
  const text = textLength(args.text, MAX_TEXT_CHARS) + textLength(args.reports, MAX_TEXT_CHARS) + textLength(args.jsonl);
  return 1 + Math.max(1, listSize) * childComplexity + Math.ceil(text / CHARS_PER_UNIT);
}

const tooComplex = (message: string, extensions: Record<string, unknown> = {}): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...extensions, http: { status: 400 } } });

/**
 * The operation's cost; 0 when its variables do not coerce — execution then refuses the
 * request as BAD_USER_INPUT (400) before any resolver runs, so there is nothing to limit.
 * (Thrown from here, the coercion error would surface as an internal error, HTTP 500.)
 */
function complexityOf(
  schema: GraphQLSchema,
  query: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  try {
    return getComplexity({ schema, query, operationName, variables, estimators: [workEstimator] });
  } catch (error) {
    if (error instanceof GraphQLError && error.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION) return 0;
    // The library's own refusals (e.g. its node limit) come without a code.
    throw tooComplex('The query is too complex to cost; ask for fewer items.');
  }
}

export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const cost = complexityOf(schema, document, request.operationName ?? undefined, request.variables ?? {});
          if (cost > limits.maxCost) {
            throw tooComplex(`Query cost ${cost} exceeds the limit of ${limits.maxCost}; ask for fewer items or less text.`, {
              cost,
              maxCost: limits.maxCost,
            });
          }
        },
      };
    },
  };
}
