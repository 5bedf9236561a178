import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
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

const toRecord = (scored: ScoredCase): SimilarCaseRecord => ({
  report: { id: scored.reportId },
  score: scored.score,
  explanation: scored.explanation,
});

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

  @FieldResolver(() => Report, { nullable: true })
  report(@Root() similar: SimilarCaseRecord, @Ctx() ctx: RequestContext): Promise<ReportView | null> {
    return ctx.reports.byId.load(similar.report.id);
  }
}
