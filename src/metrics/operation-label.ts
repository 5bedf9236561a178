/**
 * The `operation` label of the request metrics: the operation type and its root fields as
 * the schema names them (`query:concept,searchConcepts`). Never the client's operation name
 * or arguments, so no report text or id reaches a label, and the label set stays bounded.
 * Pure.
 */
import { Kind, OperationTypeNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

/** Requests that failed before an operation was resolved (parse or validation errors). */
export const UNRESOLVED = 'unresolved';

export function operationLabel(schema: GraphQLSchema, operation: OperationDefinitionNode | undefined): string {
  if (!operation) return UNRESOLVED;
  const root =
    operation.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : operation.operation === OperationTypeNode.QUERY
        ? schema.getQueryType()
        : null;
  const known = root?.getFields() ?? {};
  const fields = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) fields.add('fragment');
    else if (selection.name.value in known || selection.name.value.startsWith('__')) fields.add(selection.name.value);
    else fields.add('unknown');
  }
  return `${operation.operation}:${[...fields].sort().join(',')}`;
}

/** `ok`, or the first error's code (codes are the server's own, a small fixed set). */
export function outcomeLabel(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): string {
  if (!errors || errors.length === 0) return 'ok';
  const code = errors[0].extensions?.code;
  return typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR';
}
