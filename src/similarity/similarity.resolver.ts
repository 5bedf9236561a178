import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../api/context';
import { CompareReportsArgs, SimilarCasesArgs } from './similarity.args';
import { optionsFromInput } from './similarity.input';
import { ReportComparison, SimilarCase } from './similarity.type';
import type { Explanation, ScoredCase } from './similarity.types';

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

@Resolver()
export class SimilarityResolver {
  @Query(() => [SimilarCase], {
    description:
      'Stored reports most similar to a stored report (reportId) or to a text; score desc, then id. ' +
      'Only scores > 0 (and >= options.minScore) are returned; the query report is never its own case.',
  })
  async similarCases(@Args() args: SimilarCasesArgs, @Ctx() ctx: RequestContext): Promise<SimilarCaseRecord[]> {
    const options = optionsFromInput(args.options);
    const ranked = await ctx.similarity.similarCases({
      reportId: args.reportId,
      text: args.text,
      k: args.k,
      options,
      filter: args.filter,
    }, ctx.queryExtractor);
    return ranked.map(toRecord);
  }

  @Query(() => ReportComparison, { description: 'Similarity of report b (the case) to report a (the query), explained.' })
  async compareReports(@Args() { a, b, options }: CompareReportsArgs, @Ctx() ctx: RequestContext): Promise<SimilarCaseRecord> {
    return toRecord(await ctx.similarity.compare(a, b, optionsFromInput(options)));
  }
}
