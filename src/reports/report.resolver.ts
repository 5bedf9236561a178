import { Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/context';
import type { ConceptRecord } from '../ontology/concept.record';
import { Concept } from '../ontology/concept.type';
import { decodeCursor, encodeCursor } from './cursor';
import {
  AddSpansArgs,
  ConceptReportCountArgs,
  ConceptReportsArgs,
  ExtractArgs,
  ImportSpansArgs,
  IngestReportsArgs,
  ReportArgs,
  ReportConceptsArgs,
  ReportsArgs,
} from './report.args';
import type { ReportView } from './report.service';
import { Extraction, IngestResult, Mention, Report, ReportConcept, ReportConnection, SpanImportResult } from './report.type';
import { importSpans } from './span-import';

async function connection(ctx: RequestContext, ids: string[], hasNextPage: boolean): Promise<ReportConnection> {
  const reports = await ctx.reports.byId.loadMany(ids);
  const edges = ids.flatMap((id, i) => {
    const node = reports[i];
    return node && !(node instanceof Error) ? [{ cursor: encodeCursor(id), node: node as unknown as Report }] : [];
  });
  return { edges, pageInfo: { hasNextPage, endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null } };
}

@Authorized('reader')
@Resolver(() => Report)
export class ReportResolver {
  @Query(() => Extraction, { description: 'Mentions in a text, with assertions and concepts; nothing is stored.' })
  async extract(@Args() { text, options }: ExtractArgs, @Ctx() ctx: RequestContext): Promise<Extraction> {
    const [result] = await ctx.extractor.extractBatch([text], { sections: options?.sections, useTagger: options?.useTagger });
    return {
      mentions: result.mentions as unknown as Mention[],
      executionProvider: result.taggerId ? ctx.extractor.executionProvider : null,
      taggerId: result.taggerId,
    };
  }

  @Query(() => Report, { nullable: true })
  report(@Args() { id }: ReportArgs, @Ctx() ctx: RequestContext): Promise<ReportView | null> {
    return ctx.reports.byId.load(id);
  }

  @Query(() => ReportConnection, { description: 'Reports in id order, optionally those mentioning a concept.' })
  async reports(@Args() { filter, first, after }: ReportsArgs, @Ctx() ctx: RequestContext): Promise<ReportConnection> {
    const page = await ctx.reports.page(filter ?? {}, first, decodeCursor(after));
    return connection(ctx, page.ids, page.hasNextPage);
  }

  @Mutation(() => IngestResult, { description: 'Extracts and stores reports; idempotent by id, at most 1,000 per call.' })
  @Authorized('annotator')
  async ingestReports(@Args() { reports }: IngestReportsArgs, @Ctx() ctx: RequestContext): Promise<IngestResult> {
    const outcome = await ctx.ingest.ingest(reports);
    const refused = new Set(outcome.errors.map((error) => error.index));
    reports.forEach((report, index) => refused.has(index) || ctx.readReportIds.add(report.id));
    return outcome;
  }

  @Mutation(() => Report, { description: 'Adds gold spans to a report; all are checked first and none is stored on error.' })
  @Authorized('annotator')
  addSpans(@Args() { reportId, spans }: AddSpansArgs, @Ctx() ctx: RequestContext): Promise<ReportView> {
    return ctx.reports.addSpans(reportId, spans, ctx.spanLabels);
  }

  @Mutation(() => SpanImportResult, { description: 'Sets gold spans from JSONL; any bad line and nothing is stored.' })
  @Authorized('annotator')
  importSpans(@Args() { jsonl }: ImportSpansArgs, @Ctx() ctx: RequestContext): Promise<SpanImportResult> {
    return importSpans(jsonl, ctx.spanLabels, { reports: ctx.reports, repository: ctx.repository, ingest: ctx.ingest });
  }

  @FieldResolver(() => [ReportConcept])
  async concepts(@Root() report: ReportView, @Args() { assertion }: ReportConceptsArgs, @Ctx() ctx: RequestContext) {
    const records = await ctx.reports.conceptsOf(report.id, assertion ?? null);
    const concepts = await ctx.ontology.byIds(records.map((r) => r.conceptId));
    return records.flatMap((r, i) => (concepts[i] ? [{ concept: concepts[i], assertion: r.assertion, mentionCount: r.count }] : []));
  }
}

@Authorized('reader')
@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => Concept, { nullable: true })
  concept(@Root() mention: { conceptId: string }, @Ctx() ctx: RequestContext): Promise<ConceptRecord | null> {
    return ctx.ontology.byId(mention.conceptId);
  }
}

@Authorized('reader')
@Resolver(() => Concept)
export class ConceptReportsResolver {
  @FieldResolver(() => ReportConnection, { description: 'Reports mentioning this concept (or its subtree).' })
  async reports(@Root() concept: ConceptRecord, @Args() args: ConceptReportsArgs, @Ctx() ctx: RequestContext): Promise<ReportConnection> {
    const filter = { concept: concept.id, assertion: args.assertion ?? null, includeDescendants: args.includeDescendants };
    const page = await ctx.reports.page(filter, args.first, decodeCursor(args.after));
    return connection(ctx, page.ids, page.hasNextPage);
  }

  @FieldResolver(() => Int, { description: 'Number of reports mentioning this concept (or its subtree).' })
  reportCount(@Root() concept: ConceptRecord, @Args() args: ConceptReportCountArgs, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.reports.reportCount(concept.id, args.assertion ?? null, args.includeDescendants);
  }
}
