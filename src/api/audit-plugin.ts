/**
 * Records audit events: every mutation, every query that returned report ids, and every
 * request refused inside GraphQL (bad role, invalid document or input, too costly).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationTypeNode } from 'graphql';
import type { RequestContext } from './context';

const REFUSALS = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_COMPLEX',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export const auditPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    const started = Date.now();
    return {
      async willSendResponse({ contextValue, operation, operationName, errors }) {
        const { principal, readReportIds, audit } = contextValue;
        if (!principal) return;
        const errorCodes = [
          ...new Set((errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR'))),
        ];
        const fields = operation?.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])) ?? [];
        const name = operationName ?? (fields.length > 0 ? fields.join(',') : null);
        if (!operation) {
          if (errorCodes.length > 0) audit.refusal(principal, name, errorCodes[0]);
          return;
        }
        const kind = operation.operation === OperationTypeNode.MUTATION ? 'MUTATION' : 'QUERY';
        const refused = errorCodes.some((code) => REFUSALS.has(code));
        if (kind === 'QUERY' && readReportIds.size === 0 && !refused) return;
        audit.record(principal, {
          operation: name ?? '(unknown)',
          kind,
          reportIds: [...readReportIds],
          durationMs: Date.now() - started,
          outcome: errorCodes.length > 0 ? 'ERROR' : 'OK',
          errorCodes,
        });
      },
    };
  },
};
