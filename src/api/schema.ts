/** The GraphQL schema, built from the type-graphql resolvers of every domain. */
import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ConceptResolver } from '../ontology/concept.resolver';
import { ConceptReportsResolver, MentionResolver, ReportResolver } from '../reports/report.resolver';
import { TaggerResolver, TrainingResolver } from '../training/training.resolver';
import { validateArguments } from './validation';

export async function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [ConceptResolver, ConceptReportsResolver, ReportResolver, MentionResolver, TrainingResolver, TaggerResolver],
    validateFn: validateArguments,
  });
}

/** The SDL committed in schema/schema.graphql (sorted, so diffs stay readable). */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
