/** Records audit events: every mutation, and every query that returned report ids. */
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context';

export const auditPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    const started = Date.now();
    return {
      async willSendResponse({ contextValue, operation, operationName, errors }) {
        const { principal, readReportIds, audit } = contextValue;
        const kind = operation?.operation === 'mutation' ? 'MUTATION' : 'QUERY';
        if (!principal || !operation || (kind === 'QUERY' && readReportIds.size === 0)) return;
        const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));
        audit.record(principal, {
          operation: operationName ?? fields.join(','),
          kind,
          reportIds: [...readReportIds],
          durationMs: Date.now() - started,
          outcome: errors && errors.length > 0 ? 'ERROR' : 'OK',
          errorCodes: [...new Set((errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))],
        });
      },
    };
  },
};
