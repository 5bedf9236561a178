/** The GraphQL schema, built from the type-graphql resolvers of every domain. */
import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { LabelDefinitionResolver, LabelResolver } from '../labels/label.resolver';
import { ReportLabelsResolver } from '../labels/report-labels.resolver';
import { ConceptResolver } from '../ontology/concept.resolver';
import { ConceptReportsResolver, MentionResolver, ReportResolver } from '../reports/report.resolver';
import { authChecker } from './auth-checker';
import { AuditResolver } from '../security/audit.resolver';
import { EXPLANATION_RESOLVERS } from '../similarity/explanation.resolver';
import { SimilarityResolver } from '../similarity/similarity.resolver';
import { TaggerResolver, TrainingResolver } from '../training/training.resolver';
import { withDomainErrors } from './errors';
import { validateArguments } from './validation';

export async function buildApiSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      ConceptResolver,
      ConceptReportsResolver,
      ReportResolver,
      MentionResolver,
      SimilarityResolver,
      ...EXPLANATION_RESOLVERS,
      LabelResolver,
      LabelDefinitionResolver,
      ReportLabelsResolver,
      TrainingResolver,
      TaggerResolver,
      AuditResolver,
    ],
    validateFn: validateArguments,
    authChecker,
    authMode: 'error',
  });
  return withDomainErrors(schema);
}

/** The SDL committed in schema/schema.graphql (sorted, so diffs stay readable). */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
