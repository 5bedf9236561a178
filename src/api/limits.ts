/**
 * The cost limit, checked before execution so an expensive query is refused with a clear
 * message instead of loading the database. Structure (size, depth, aliases) is checked
 * earlier and in linear time by the document gate; cost counts the work: page and list
 * sizes times their children, and the text to extract. The cost of a repeated document is
 * remembered (see costCache): costing walked the whole document against the schema on
 * every request, the largest single share of a cheap request's time.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema, Kind, visit } from 'graphql';
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

/** The arguments the estimator reads; no other argument changes a cost. */
const PAGE_ARGS = ['first', 'limit', 'k'] as const;
const LIST_ARGS = ['ids', 'reports', 'spans'] as const;
const TEXT_ARGS = ['text', 'reports', 'jsonl'];
const COSTED_ARGS = new Set<string>([...PAGE_ARGS, ...LIST_ARGS, ...TEXT_ARGS]);

/** Lists cost their page size times their children; text arguments cost their length. */
function workEstimator({ args, childComplexity }: ComplexityEstimatorArgs): number {
  const page = PAGE_ARGS.map((name): unknown => args[name]).find((value): value is number => typeof value === 'number');
  const list = LIST_ARGS.map((name): unknown => args[name]).find((value): value is unknown[] => Array.isArray(value));
  const listSize = page ?? list?.length ?? 1;
  const text = textLength(args.text, MAX_TEXT_CHARS) + textLength(args.reports, MAX_TEXT_CHARS) + textLength(args.jsonl);
  return 1 + Math.max(1, listSize) * childComplexity + Math.ceil(text / CHARS_PER_UNIT);
}

const tooComplex = (message: string, extensions: Record<string, unknown> = {}): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...extensions, http: { status: 400 } } });

/**
 * The operation's cost; null when its variables do not coerce — execution then refuses the
 * request as BAD_USER_INPUT (400) before any resolver runs, so there is nothing to limit.
 * (Thrown from here, the coercion error would surface as an internal error, HTTP 500.)
 */
export function queryCost(
  schema: GraphQLSchema,
  query: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number | null {
  try {
    return getComplexity({ schema, query, operationName, variables, estimators: [workEstimator] });
  } catch (error) {
    if (error instanceof GraphQLError && error.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION) return null;
    // The library's own refusals (e.g. its node limit) come without a code.
    throw tooComplex('The query is too complex to cost; ask for fewer items.');
  }
}

/** The variables a document's cost can depend on: those inside a costed argument or a @skip/@include condition. */
function costVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  const collect = (node: Parameters<typeof visit>[0]): void =>
    void visit(node, { Variable: (variable) => void names.add(variable.name.value) });
  visit(document, {
    Argument: (argument) => (COSTED_ARGS.has(argument.name.value) ? collect(argument.value) : undefined),
    Directive: (directive) => (directive.name.value === 'skip' || directive.name.value === 'include' ? collect(directive) : undefined),
  });
  return [...names].sort();
}

/** Longer keys (a long text in a variable) are costed afresh each time rather than kept. */
const MAX_KEY_CHARS = 512;
const MAX_COSTS_PER_DOCUMENT = 256;

/**
 * Costs by document, then by operation name and the values of the variables the cost can
 * depend on. Apollo hands a repeated document over as the same parsed object (its document
 * cache), so a WeakMap forgets a document when Apollo does. A request whose variables do not
 * coerce is never cached (its cost is not known), so a cached figure is always a real cost.
 */
export class CostCache {
  private readonly documents = new WeakMap<DocumentNode, { variables: string[]; costs: Map<string, number> }>();

  cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
  ): number | null {
    let entry = this.documents.get(document);
    if (!entry) {
      entry = { variables: costVariables(document), costs: new Map() };
      this.documents.set(document, entry);
    }
    // An absent variable (its default applies) and an explicit null cost differently: [] vs [null].
    const values = entry.variables.map((name) => (Object.hasOwn(variables, name) ? [variables[name]] : []));
    const key = JSON.stringify([operationName ?? null, ...values]);
    const known = entry.costs.get(key);
    if (known !== undefined) return known;
    const cost = queryCost(schema, document, operationName, variables);
    if (cost === null || key.length > MAX_KEY_CHARS) return cost;
    if (entry.costs.size >= MAX_COSTS_PER_DOCUMENT) entry.costs.clear();
    entry.costs.set(key, cost);
    return cost;
  }
}

export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin {
  const costs = new CostCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const cost = costs.cost(schema, document, request.operationName ?? undefined, request.variables ?? {}) ?? 0;
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
