import { Kind, type GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/context';
import type { ReportView } from '../reports/report.service';
import { Report } from '../reports/report.type';
import { CompareReportsArgs, SimilarCasesArgs } from './similarity.args';
import { optionsFromInput } from './similarity.input';
import { ReportComparison, SimilarCase } from './similarity.type';
import type { Explanation, ScoredCase } from './core/measure.types';

export interface SimilarCaseRecord {
  report: { id: string };
  score: number;
  explanation: Explanation;
}

// The explanation is read only if the request selects it (the index builds it on first read).
const toRecord = (scored: ScoredCase): SimilarCaseRecord => ({
  report: { id: scored.reportId },
  score: scored.score,
  get explanation(): Explanation {
    return scored.explanation;
  },
});

/** A selection of nothing but `id` (and `__typename`), which needs no report read. */
const onlyId = (info: GraphQLResolveInfo): boolean =>
  info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every((s) => s.kind === Kind.FIELD && (s.name.value === 'id' || s.name.value === '__typename')),
  );

@Authorized('reader')
@Resolver(() => SimilarCase)
export class SimilarityResolver {
  @Query(() => [SimilarCase], {
    description:
      'Stored reports most similar to a stored report (reportId) or to a text; score desc, then id. ' +
      'Only scores > 0 (and >= options.minScore) are returned; the query report is never its own case.',
  })
  async similarCases(@Args() args: SimilarCasesArgs, @Ctx() ctx: RequestContext): Promise<SimilarCaseRecord[]> {
    const options = optionsFromInput(args.options);
    const ranked = await ctx.similarity.similarCases(
      {
        reportId: args.reportId,
        text: args.text,
        k: args.k,
        options,
        filter: args.filter,
      },
      ctx.queryExtractor,
    );
    return ranked.map(toRecord);
  }

  @Query(() => ReportComparison, { description: 'Similarity of report b (the case) to report a (the query), explained.' })
  async compareReports(@Args() { a, b, options }: CompareReportsArgs, @Ctx() ctx: RequestContext): Promise<SimilarCaseRecord> {
    return toRecord(await ctx.similarity.compare(a, b, optionsFromInput(options)));
  }

  /** Every case was just ranked from a stored report, so asking for its id alone costs no round trip. */
  @FieldResolver(() => Report, { nullable: true })
  report(
    @Root() similar: SimilarCaseRecord,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReportView | null> | { id: string } {
    return onlyId(info) ? similar.report : ctx.reports.byId.load(similar.report.id);
  }
}
