/** Feeds the request metrics: one observation per GraphQL response. */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { RequestContext } from '../api/context';
import type { Metrics } from './metrics';
import { operationLabel, outcomeLabel } from './operation-label';

export function metricsPlugin(metrics: Metrics, schema: GraphQLSchema): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ contextValue, operation, errors }) {
          const labels = { operation: operationLabel(schema, operation ?? undefined), outcome: outcomeLabel(errors) };
          metrics.requests.inc(labels);
          metrics.latency.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
          metrics.roundTrips.inc({ operation: labels.operation }, contextValue.roundTrips?.count ?? 0);
        },
      };
    },
  };
}
