import DataLoader from 'dataloader';
import { MaxLength } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/context';
import type { ReportView } from '../reports/report.service';
import { Report } from '../reports/report.type';
import type { LabelAssignment } from './core/assign-labels';
import { ReportLabel } from './label.type';

@ArgsType()
class ReportLabelsArgs {
  @Field(() => String, { defaultValue: 'chexpert' })
  @MaxLength(200)
  labelSet!: string;
}

const ASSERTION_OF_STATUS: Record<string, string> = { POSITIVE: 'PRESENT', NEGATIVE: 'ABSENT', UNCERTAIN: 'UNCERTAIN' };

/** One loader per label set per request: the labels of every report of a page in one round trip. */
const loaders = new WeakMap<RequestContext, Map<string, DataLoader<string, LabelAssignment[]>>>();

function loaderFor(ctx: RequestContext, labelSet: string): DataLoader<string, LabelAssignment[]> {
  let perSet = loaders.get(ctx);
  if (!perSet) loaders.set(ctx, (perSet = new Map<string, DataLoader<string, LabelAssignment[]>>()));
  let loader = perSet.get(labelSet);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const byReport = await ctx.labels.labelsOf(ids, labelSet);
      return ids.map((id) => byReport.get(id) ?? []);
    });
    perSet.set(labelSet, loader);
  }
  return loader;
}

@Authorized('reader')
@Resolver(() => Report)
export class ReportLabelsResolver {
  @FieldResolver(() => [ReportLabel], { description: 'Ontology-backed labels (hierarchy-aware); No Finding last.' })
  async labels(@Root() report: ReportView, @Args() { labelSet }: ReportLabelsArgs, @Ctx() ctx: RequestContext) {
    ctx.labels.labelSet(labelSet);
    // With the similarity index loaded, its ontology gives the hierarchy and the report read brought the concepts.
    const ontology = ctx.similarityIndex?.current?.ontology;
    const assignments = ontology
      ? ctx.labels.labelsFromConcepts(await ctx.reports.conceptsOf(report.id, null), labelSet, ontology)
      : await loaderFor(ctx, labelSet).load(report.id);
    return assignments.map((assignment) => {
      const deciding = new Set(assignment.evidence);
      const assertion = ASSERTION_OF_STATUS[assignment.status];
      return {
        label: assignment.label,
        status: assignment.status,
        evidenceConcepts: assignment.evidence,
        evidence: report.mentions.filter((m) => deciding.has(m.conceptId) && m.assertion === assertion),
      };
    });
  }
}
