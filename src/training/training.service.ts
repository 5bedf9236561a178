/**
 * Training runs: validate the request and its data before any work, record the run,
 * queue it, and train one run at a time in a worker thread. Progress lives in memory while
 * a run trains (every step) and is persisted after each epoch; the outcome — a stored
 * model or a failure — is written when the worker ends. Runs never touch the active
 * tagger: only TaggerService.activate does.
 */
import { randomBytes } from 'node:crypto';
import type { Neo4jExecutor } from '../db/executor';
import type { Extractor } from '../extraction/extractor';
import { SpanSchemeRepository } from '../spans/span-scheme.repository';
import { logger } from '../shared/logger';
import { ConfigError } from './errors';
import { buildExamples, spanCount } from './examples';
import { BadInputError, ConflictError, NotFoundError } from '../shared/core/errors';
import type { TrainingExample } from './core/dataset';
import { splitReports } from './core/split';
import { TaggerService, type LogLine } from '../extraction/tagger/tagger.service';
import { planTraining, type TrainingPlan, type TrainTaggerRequest } from './training-input';
import { runConfigOf, storedModelOf } from './training-outcome';
import { DEFAULT_WORKER_FILE, startTrainingJob, type TrainingJob } from './worker-launcher';
import type { ResolvedConfig, TrainConfig } from './config';
import type { RunConfig, RunProgress, RunRecord } from './training.record';
import { TrainingRepository } from './training.repository';

export const INTERRUPTED = 'interrupted by a server restart';
/** The terms travel in the model's metadata (about 25 bytes each): a bound on model size. */
const MAX_LEXICON_TERMS = 50_000;

export interface TrainingOptions {
  /** compiled worker module; tests substitute one that fails on purpose */
  workerFile?: string;
  /** trainer defaults under the request's values */
  defaults?: TrainConfig;
}

interface Queued {
  runId: string;
  examples: TrainingExample[];
  config: ResolvedConfig;
  runConfig: RunConfig;
}

const sortableId = (prefix: string): string => `${prefix}-${Date.now().toString(36).padStart(9, '0')}-${randomBytes(4).toString('hex')}`;

/** A refused trainTagger input; `field` is the path inside `input` (e.g. `lossParams.alpha`). */
const inputError = (field: string, message: string): BadInputError => new BadInputError('input', `input.${field}: ${message}`, { field });

export class TrainingService {
  readonly repository: TrainingRepository;
  readonly taggers: TaggerService;
  private readonly schemes: SpanSchemeRepository;
  private readonly queue: Queued[] = [];
  private current: { runId: string; job: TrainingJob; progress: RunProgress | null } | null = null;
  private readonly waiters = new Map<string, (() => void)[]>();

  constructor(
    executor: Neo4jExecutor,
    extractor: Extractor,
    private readonly knownLabels: readonly string[],
    private readonly options: TrainingOptions = {},
  ) {
    this.repository = new TrainingRepository(executor);
    this.taggers = new TaggerService(this.repository, extractor);
    this.schemes = new SpanSchemeRepository(executor);
  }

  async start(request: TrainTaggerRequest): Promise<RunRecord> {
    let plan;
    // Any scheme's labels may be trained (span label schemes are data); the default stays this service's labels.
    const schemes = await this.schemes.all();
    const known = [...new Set([...this.knownLabels, ...schemes.flatMap((s) => s.labels)])];
    try {
      plan = planTraining(request, known, { labels: this.knownLabels, ...this.options.defaults });
    } catch (error) {
      if (error instanceof ConfigError) throw inputError(error.field, error.message.replace(/^[^:]*: /, ''));
      throw error;
    }
    const labels = plan.config.labels;
    const schemeLabels = schemes.filter((s) => s.labels.some((l) => labels.includes(l))).flatMap((s) => s.labels);
    const rows = await this.repository.exampleRows(plan.spanSources);
    const examples = buildExamples(rows, plan.spanSources, labels, [...labels, ...schemeLabels]);
    const spans = spanCount(examples);
    if (spans === 0)
      throw inputError(
        'spanSources',
        `no stored spans with labels ${plan.config.labels.join(', ')} from ${plan.spanSources.join(' + ')}; nothing to train on`,
      );
    const split = splitReports(
      examples.map((e) => e.reportId),
      plan.config.seed,
      plan.config.devFraction,
    );
    if (split.train.length === 0)
      throw inputError('spanSources', 'at least two annotated reports are needed (one to train, one to evaluate)');
    const config = await this.withLexicon(plan);
    const runConfig = runConfigOf({ ...plan, config });
    const run = await this.repository.createRun(sortableId('run'), runConfig, split, examples.length, spans);
    this.queue.push({ runId: run.id, examples, config, runConfig });
    void this.pump();
    return run;
  }

  /** The plan's config with the ontology lexicon of its semantic types (none asked for: unchanged). */
  private async withLexicon(plan: TrainingPlan): Promise<ResolvedConfig> {
    const tuis = plan.lexiconSemanticTypes;
    if (tuis.length === 0) return plan.config;
    const terms = await this.repository.lexiconTerms(tuis, MAX_LEXICON_TERMS + 1);
    if (terms.length === 0) throw inputError('lexiconSemanticTypes', `no concept of type ${tuis.join(', ')} in the ontology`);
    if (terms.length > MAX_LEXICON_TERMS)
      throw inputError('lexiconSemanticTypes', `more than ${MAX_LEXICON_TERMS} names and synonyms; choose narrower semantic types`);
    return { ...plan.config, hashing: { ...plan.config.hashing, lexicon: terms } };
  }

  /** The live progress of the training run, when it is this process's current run. */
  liveProgress(runId: string): RunProgress | null {
    return this.current?.runId === runId ? this.current.progress : null;
  }

  async cancel(runId: string): Promise<RunRecord> {
    const [run] = await this.repository.runsByIds([runId]);
    if (!run) throw new NotFoundError(`No training run with id "${runId}".`, 'id');
    const queued = this.queue.findIndex((q) => q.runId === runId);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      await this.repository.finish(runId, 'CANCELLED', 'cancelled before it started');
      this.notify(runId);
    } else if (this.current?.runId === runId) {
      const done = this.finished(runId);
      this.current.job.cancel();
      await done;
    } else if (run.status === 'QUEUED' || run.status === 'RUNNING') {
      throw new ConflictError(`Training run "${runId}" belongs to another server process; it cannot be cancelled here.`);
    } else {
      throw new ConflictError(`Training run "${runId}" has already ended (${run.status}).`);
    }
    return (await this.repository.runsByIds([runId]))[0]!;
  }

  /** Resolves once the run has ended (or immediately when this process is not running it). */
  finished(runId: string): Promise<void> {
    if (this.current?.runId !== runId && !this.queue.some((q) => q.runId === runId)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.set(runId, [...(this.waiters.get(runId) ?? []), resolve]));
  }

  /** At start: runs a previous process left unfinished are failed; the active tagger comes back. */
  async recover(log: LogLine): Promise<string | null> {
    const interrupted = await this.repository.interruptUnfinished(INTERRUPTED);
    if (interrupted.length > 0) log(`${interrupted.length} training run(s) left unfinished by a previous process marked FAILED.`);
    return this.taggers.restore(log);
  }

  /** Cancels queued and running work (server shutdown). */
  async close(): Promise<void> {
    for (const q of this.queue.splice(0)) await this.repository.finish(q.runId, 'CANCELLED', 'server shut down').catch(() => undefined);
    if (this.current !== null) {
      const done = this.finished(this.current.runId);
      this.current.job.cancel();
      await done;
    }
  }

  private notify(runId: string): void {
    for (const resolve of this.waiters.get(runId) ?? []) resolve();
    this.waiters.delete(runId);
  }

  private async pump(): Promise<void> {
    if (this.current !== null) return;
    const next = this.queue.shift();
    if (next === undefined) return;
    const { runId } = next;
    const current = { runId, progress: null as RunProgress | null, job: null as unknown as TrainingJob };
    this.current = current;
    try {
      await this.repository.markRunning(runId);
      current.job = startTrainingJob(
        { examples: next.examples, config: next.config },
        (p) => {
          current.progress = { epoch: p.epoch, step: p.step, loss: p.loss, devF1: p.devF1 ?? current.progress?.devF1 ?? null };
          if (p.phase === 'epoch') void this.repository.saveProgress(runId, current.progress).catch(() => undefined);
        },
        this.options.workerFile ?? DEFAULT_WORKER_FILE,
      );
      const outcome = await current.job.outcome;
      if (outcome.kind === 'succeeded') {
        await this.repository.succeed(runId, storedModelOf(sortableId('tagger'), next.runConfig, outcome.result), current.progress);
      } else {
        await this.repository.finish(
          runId,
          outcome.kind === 'cancelled' ? 'CANCELLED' : 'FAILED',
          outcome.kind === 'failed' ? outcome.error : 'cancelled',
        );
      }
      logger.info('training run ended', { runId, outcome: outcome.kind });
    } catch (error) {
      logger.error('training run could not be recorded', { runId, error: error instanceof Error ? error.name : 'error' });
    } finally {
      this.current = null;
      this.notify(runId);
      void this.pump();
    }
  }
}
