/** Thin resolvers: the training service does the work; records are shaped for GraphQL here. */
import { Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../api/context';
import { decodeCursor, encodeCursor } from '../reports/cursor';
import { ActivateTaggerArgs, TagSpansArgs, TrainTaggerArgs, TrainingIdArgs, TrainingRunsArgs } from './training.args';
import type { RunRecord } from './training.record';
import { TaggedSpanType, TaggerModel, TrainingProgress, TrainingRun, TrainingRunConnection } from './training.type';
import { modelView, runView, type RunView } from './training.view';

@Authorized('reader')
@Resolver(() => TrainingRun)
export class TrainingResolver {
  @Mutation(() => TrainingRun, {
    description: 'Queues a tagger training run on the stored spans; one run trains at a time, in a worker thread.',
  })
  @Authorized('admin')
  async trainTagger(@Args() { input }: TrainTaggerArgs, @Ctx() ctx: RequestContext): Promise<RunView> {
    return runView(await ctx.training.start(input));
  }

  @Mutation(() => TrainingRun, { description: 'Cancels a queued or running run; the active tagger is never changed.' })
  @Authorized('admin')
  async cancelTraining(@Args() { id }: TrainingIdArgs, @Ctx() ctx: RequestContext): Promise<RunView> {
    return runView(await ctx.training.cancel(id));
  }

  @Query(() => TrainingRun, { nullable: true })
  async trainingRun(@Args() { id }: TrainingIdArgs, @Ctx() ctx: RequestContext): Promise<RunView | null> {
    const [run] = await ctx.training.repository.runsByIds([id]);
    return run ? runView(run) : null;
  }

  @Query(() => TrainingRunConnection, { description: 'Training runs, newest first.' })
  async trainingRuns(@Args() { first, after }: TrainingRunsArgs, @Ctx() ctx: RequestContext): Promise<TrainingRunConnection> {
    const page = await ctx.training.repository.runsPage(first, decodeCursor(after));
    const edges = page.runs.map((run: RunRecord) => ({ cursor: encodeCursor(run.id), node: runView(run) as unknown as TrainingRun }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @FieldResolver(() => TrainingProgress, { nullable: true })
  progress(@Root() run: RunView, @Ctx() ctx: RequestContext): RunView['progress'] {
    return ctx.training.liveProgress(run.id) ?? run.progress;
  }

  @FieldResolver(() => TaggerModel, { nullable: true })
  async model(@Root() run: RunView, @Ctx() ctx: RequestContext): Promise<TaggerModel | null> {
    if (run.modelId === null) return null;
    const model = await ctx.training.taggers.byId(run.modelId);
    return model ? modelView(model) : null;
  }
}

@Authorized('reader')
@Resolver(() => TaggerModel)
export class TaggerResolver {
  @Query(() => [TaggerModel], { description: 'Stored taggers, newest first.' })
  async taggers(@Ctx() ctx: RequestContext): Promise<TaggerModel[]> {
    return (await ctx.training.taggers.list()).map(modelView);
  }

  @Query(() => [TaggedSpanType], {
    description: "A tagger's own spans on a text, without the rules (the active tagger unless taggerId is given).",
  })
  async tagSpans(@Args() { text, taggerId }: TagSpansArgs, @Ctx() ctx: RequestContext): Promise<TaggedSpanType[]> {
    const spans = await ctx.training.taggers.tagSpans(text, taggerId ?? null);
    return spans.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end), label: s.label, score: s.confidence }));
  }

  @Mutation(() => TaggerModel, {
    description:
      'Loads a stored tagger (ORT_EXECUTION_PROVIDERS, cpu fallback) and makes extraction use it; the choice survives restarts. Refuses a model whose dev micro-F1 is below 0.5 or more than 0.02 below the active one unless force is true.',
  })
  @Authorized('admin')
  async activateTagger(@Args() { id, force }: ActivateTaggerArgs, @Ctx() ctx: RequestContext): Promise<TaggerModel> {
    return modelView(await ctx.training.taggers.activate(id, force));
  }
}
