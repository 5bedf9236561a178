/**
 * Structural limits on a GraphQL document, checked before Apollo parses, validates or
 * costs it: size, tokens (graphql-js stops parsing at the limit), operations, and the
 * fields, aliases and depth of the operations with every fragment expanded. Fragments are
 * measured once each (memoised), so the whole check is linear in the document; without
 * that, a 1 KB document of doubling fragments took seconds, and 20,000 sibling fields kept
 * validation busy for 80 s. Pure.
 */
import {
  DefinitionNode,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  parse,
  SelectionSetNode,
} from 'graphql';

export interface DocumentLimits {
  maxChars: number;
  maxTokens: number;
  maxOperations: number;
  /** Field selections with fragments expanded, across the document's operations. */
  maxFields: number;
  maxAliases: number;
  /** The same response name in one selection set; validation compares such fields pairwise. */
  maxRepeats: number;
  maxDepth: number;
}

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = {
  maxChars: 100_000,
  maxTokens: 5_000,
  maxOperations: 10,
  maxFields: 500,
  maxAliases: 50,
  maxRepeats: 10,
  maxDepth: 12,
};

export interface Refusal {
  code: 'QUERY_TOO_COMPLEX' | 'BAD_REQUEST' | 'GRAPHQL_PARSE_FAILED';
  message: string;
  /** The operation's name, once the document says which operation runs (for the audit). */
  operation?: string;
}

interface Shape {
  fields: number;
  aliases: number;
  depth: number;
  repeats: number;
}

const NONE: Shape = { fields: 0, aliases: 0, depth: 0, repeats: 0 };

const merge = (a: Shape, b: Shape): Shape => ({
  fields: a.fields + b.fields,
  aliases: a.aliases + b.aliases,
  depth: Math.max(a.depth, b.depth),
  repeats: Math.max(a.repeats, b.repeats),
});

class ShapeMeter {
  private readonly memo = new Map<string, Shape>();
  private readonly inProgress = new Set<string>();

  constructor(private readonly fragments: Map<string, FragmentDefinitionNode>) {}

  selectionSet(set: SelectionSetNode | undefined): Shape {
    if (!set) return NONE;
    let shape = NONE;
    const names = new Map<string, number>();
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const child = this.selectionSet(selection.selectionSet);
        const name = (selection.alias ?? selection.name).value;
        const repeats = (names.get(name) ?? 0) + 1;
        names.set(name, repeats);
        shape = merge(shape, {
          ...child,
          fields: child.fields + 1,
          aliases: child.aliases + (selection.alias ? 1 : 0),
          depth: child.depth + 1,
        });
        shape = merge(shape, { ...NONE, repeats });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) shape = merge(shape, this.selectionSet(selection.selectionSet));
      else shape = merge(shape, this.fragment(selection.name.value));
    }
    return shape;
  }

  reached(name: string): boolean {
    return this.memo.has(name) || this.inProgress.has(name);
  }

  /** An unknown or cyclic fragment counts as nothing here; validation refuses it afterwards. */
  private fragment(name: string): Shape {
    const known = this.memo.get(name);
    if (known) return known;
    const definition = this.fragments.get(name);
    if (!definition || this.inProgress.has(name)) return NONE;
    this.inProgress.add(name);
    const shape = this.selectionSet(definition.selectionSet);
    this.inProgress.delete(name);
    this.memo.set(name, shape);
    return shape;
  }
}

const isOperation = (d: DefinitionNode): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION;
const isFragment = (d: DefinitionNode): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION;

function parseWithin(query: string, limits: DocumentLimits): DocumentNode | Refusal {
  try {
    return parse(query, { maxTokens: limits.maxTokens, noLocation: true });
  } catch (error) {
    const tooLong = error instanceof GraphQLError && /contains more tha[nt] \d+ tokens/.test(error.message);
    return tooLong
      ? { code: 'QUERY_TOO_COMPLEX', message: `The document has more than ${limits.maxTokens} tokens.` }
      : { code: 'GRAPHQL_PARSE_FAILED', message: error instanceof GraphQLError ? error.message : 'The document does not parse.' };
  }
}

/** Why the document is refused, or null when it is within the limits. */
export function checkDocument(
  query: string,
  operationName: string | null,
  limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS,
): Refusal | null {
  if (query.length > limits.maxChars) {
    return { code: 'QUERY_TOO_COMPLEX', message: `The document is longer than ${limits.maxChars} characters.` };
  }
  const document = parseWithin(query, limits);
  if (!('kind' in document)) return document;
  const operations = document.definitions.filter(isOperation);
  if (operations.length === 0) return { code: 'BAD_REQUEST', message: 'The document holds no operation.' };
  if (operations.length > limits.maxOperations) {
    return { code: 'QUERY_TOO_COMPLEX', message: `The document holds more than ${limits.maxOperations} operations.` };
  }
  const chosen = operationName === null ? operations : operations.filter((o) => o.name?.value === operationName);
  if (chosen.length !== 1) {
    const message =
      operationName === null
        ? 'operationName is required: the document holds several operations.'
        : 'operationName names no operation of the document.';
    return { code: 'BAD_REQUEST', message };
  }
  const refusal = measure(document, operations, limits, chosen[0].operation === OperationTypeNode.SUBSCRIPTION);
  return refusal && { ...refusal, operation: chosen[0].name?.value };
}

/** Structure of all operations, fragments expanded (validation checks every operation, not only the chosen one). */
function measure(
  document: DocumentNode,
  operations: OperationDefinitionNode[],
  limits: DocumentLimits,
  subscription: boolean,
): Refusal | null {
  if (subscription) return { code: 'BAD_REQUEST', message: 'Subscriptions are not supported.' };
  const meter = new ShapeMeter(new Map(document.definitions.filter(isFragment).map((f) => [f.name.value, f])));
  const total = operations.map((o) => meter.selectionSet(o.selectionSet)).reduce(merge, NONE);
  // Validation walks unused fragments too; they are invalid anyway, so refuse them unmeasured.
  if (document.definitions.some((d) => isFragment(d) && !meter.reached(d.name.value))) {
    return { code: 'BAD_REQUEST', message: 'The document defines a fragment no operation uses.' };
  }
  if (total.depth > limits.maxDepth)
    return { code: 'QUERY_TOO_COMPLEX', message: `Query depth ${total.depth} exceeds the limit of ${limits.maxDepth}.` };
  if (total.fields > limits.maxFields) {
    return { code: 'QUERY_TOO_COMPLEX', message: `The document selects more than ${limits.maxFields} fields (fragments expanded).` };
  }
  if (total.aliases > limits.maxAliases)
    return { code: 'QUERY_TOO_COMPLEX', message: `The document uses more than ${limits.maxAliases} aliases.` };
  if (total.repeats > limits.maxRepeats) {
    return { code: 'QUERY_TOO_COMPLEX', message: `A selection set repeats one field more than ${limits.maxRepeats} times.` };
  }
  return null;
}

/** Documents up to this size have their verdict remembered; larger ones are rare and checked each time. */
const MAX_CACHED_CHARS = 4_096;
const MAX_CACHED_DOCUMENTS = 2_000;

/**
 * checkDocument with its verdicts remembered by document text and operation name: clients
 * send the same few documents over and over, and the check parsed each one again (Apollo
 * parses and validates it once for its own cache). The verdict depends on nothing else,
 * so a remembered one is exact. At most MAX_CACHED_DOCUMENTS × MAX_CACHED_CHARS held.
 */
export type DocumentCheck = (query: string, operationName: string | null) => Refusal | null;

export function cachedDocumentCheck(limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS): DocumentCheck {
  const verdicts = new Map<string, Refusal | null>();
  return (query, operationName) => {
    if (query.length > MAX_CACHED_CHARS) return checkDocument(query, operationName, limits);
    const key = `${operationName ?? ''}\u0000${query}`;
    const known = verdicts.get(key);
    if (known !== undefined) return known;
    const verdict = checkDocument(query, operationName, limits);
    if (verdicts.size >= MAX_CACHED_DOCUMENTS) verdicts.clear();
    verdicts.set(key, verdict);
    return verdict;
  };
}
