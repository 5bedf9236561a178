/** Feeds the request metrics: one observation per GraphQL response. */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { RequestContext } from '../api/context';
import type { Metrics } from './metrics';
import { operationLabel, outcomeLabel } from './operation-label';

export function metricsPlugin(metrics: Metrics, schema: GraphQLSchema): ApolloServerPlugin<RequestContext> {
  // Apollo hands a repeated document's operation over as the same object: label it once.
  const labelled = new WeakMap<OperationDefinitionNode, string>();
  const labelOf = (operation: OperationDefinitionNode | null | undefined): string => {
    if (!operation) return operationLabel(schema, undefined);
    let label = labelled.get(operation);
    if (label === undefined) labelled.set(operation, (label = operationLabel(schema, operation)));
    return label;
  };
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ contextValue, operation, errors }) {
          const labels = { operation: labelOf(operation), outcome: outcomeLabel(errors) };
          metrics.requests.inc(labels);
          metrics.latency.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
          metrics.roundTrips.inc({ operation: labels.operation }, contextValue.roundTrips?.count ?? 0);
        },
      };
    },
  };
}
