/**
 * The evaluation harness (docs/evaluation.md): reads a CSV of reports with gold label
 * names, ingests them into the given (throw-away, ontology-seeded) database, then scores
 * labelling and leave-one-out retrieval for each method. Report text is never logged.
 */
import { createAppServices } from '../../src/api/services';
import type { CypherRunner, Neo4jExecutor } from '../../src/db/executor';
import { createProgress } from '../../src/shared/progress';
import { nonFindingNames } from './gold-labels';
import { EvalColumns, EvalRecord, readEvalFile } from './input';
import { checkLabelNames, goldLabelSet, LabellingResult, mapGoldThroughOntology, scoreLabelling, systemPositives } from './labelling';
import { KEYWORD_BASELINE, KeywordLabeller } from './keyword-baseline';
import { labelErrors, LabelErrors, pickErrors } from './label-errors';
import { longTailLabels } from './label-metrics';
import { rankAll, RetrievalScores, scoreRankings } from './leave-one-out';
import { randomPrecision } from './retrieval-metrics';
import { createMethods, METHOD_NAMES, MethodName } from './retrievers';
import { SimilarityIndex, similarityEngine } from '../../src/similarity/memory/similarity-index';

export interface HarnessOptions {
  file: string;
  columns: EvalColumns;
  limit?: number;
  ks?: number[];
  methods?: readonly MethodName[];
  /** Score labelling on these gold names only (default: every mapped name and No Finding). */
  labelNames?: readonly string[];
  /** Queries in flight at once per method. */
  concurrency?: number;
  /** Per-label errors: the first n false positives / negatives with their deciding mentions (text only when withText). */
  errors?: { n: number; withText: boolean };
  quiet?: boolean;
  log?: (line: string) => void;
}

export interface EvalResult {
  file: string;
  reports: number;
  bad: { line: number; message: string }[];
  gold: { names: { name: string; reports: number; concepts: string[] | null }[]; unmapped: string[]; nonFinding: string[] };
  labelling: LabellingResult;
  labelErrors?: LabelErrors[];
  retrieval: { ks: number[]; randomPrecision: number; longTailLabels: string[]; methods: RetrievalScores[] };
  seconds: { ingest: number; labelling: number; total: number };
}

const seconds = (since: number): number => (Date.now() - since) / 1000;

async function ingestAll(executor: Neo4jExecutor, records: readonly EvalRecord[], quiet: boolean): Promise<void> {
  const { ingest } = createAppServices(executor);
  const progress = quiet ? null : createProgress('Ingesting', records.length, 'reports');
  for (let start = 0; start < records.length; start += 100) {
    const batch = records.slice(start, start + 100);
    const outcome = await ingest.ingest(batch.map(({ id, text }) => ({ id, text })));
    if (outcome.errors.length > 0) throw new Error(`Ingestion refused report ${outcome.errors[0].id ?? '?'}: ${outcome.errors[0].message}`);
    progress?.update(start + batch.length, start + batch.length);
  }
  progress?.finish(`${records.length} reports`);
}

async function labelling(
  runner: CypherRunner,
  records: readonly EvalRecord[],
  quiet: boolean,
  labelNames?: readonly string[],
  errors?: HarnessOptions['errors'],
): Promise<{ result: LabellingResult; gold: EvalResult['gold']; errors?: LabelErrors[] }> {
  const names = [...new Set(records.flatMap((r) => r.gold))].sort();
  const mapping = await mapGoldThroughOntology(runner, names);
  const only = labelNames ? checkLabelNames(labelNames, mapping, names) : undefined;
  const nonFinding = nonFindingNames(records.map((r) => r.gold));
  const set = goldLabelSet(mapping, nonFinding);
  const ids = records.map((r) => r.id);
  const progress = quiet ? null : createProgress('Labelling', ids.length, 'reports');
  const predicted = await systemPositives(runner, set, ids, (done) => progress?.update(done, done));
  progress?.finish();
  const golds = new Map(records.map((r) => [r.id, r.gold]));
  const counts = new Map<string, number>();
  for (const r of records) for (const name of r.gold) counts.set(name, (counts.get(name) ?? 0) + 1);
  const result = scoreLabelling(ids, golds, predicted, set, only);
  const keywords = new KeywordLabeller();
  const baseline = new Map(records.map((r) => [r.id, keywords.labels(r.text, result.labels)]));
  return {
    result: {
      ...result,
      baseline: {
        method: 'keywords',
        description: KEYWORD_BASELINE,
        all: scoreLabelling(ids, golds, baseline, set, result.labels).all,
        labelsWithKeywords: result.labels.filter((l) => keywords.names.includes(l)).length,
      },
    },
    gold: {
      names: names.map((name) => ({ name, reports: counts.get(name) ?? 0, concepts: mapping.mapped.get(name) ?? null })),
      unmapped: mapping.unmapped,
      nonFinding: [...nonFinding].sort(),
    },
    errors: errors
      ? await labelErrors(runner, set, pickErrors(ids, golds, predicted, result.labels), errors.n, errors.withText)
      : undefined,
  };
}

export async function runHarness(executor: Neo4jExecutor, options: HarnessOptions): Promise<EvalResult> {
  const started = Date.now();
  const quiet = options.quiet ?? false;
  const log = options.log ?? (() => undefined);
  const ks = options.ks ?? [1, 5, 10];
  const input = await readEvalFile(options.file, options.columns, options.limit);
  if (input.records.length < 2) throw new Error(`${options.file}: at least 2 usable reports are needed, found ${input.records.length}`);
  log(`${input.records.length} report(s) read, ${input.bad.length} bad row(s) skipped.`);

  const ingestStart = Date.now();
  await ingestAll(executor, input.records, quiet);
  const ingestSeconds = seconds(ingestStart);

  const labelStart = Date.now();
  const { result: labellingResult, gold, errors } = await labelling(executor, input.records, quiet, options.labelNames, options.errors);
  const labellingSeconds = seconds(labelStart);

  const ids = input.records.map((r) => r.id);
  const golds = new Map(input.records.map((r) => [r.id, new Set(r.gold)]));
  const texts = new Map(input.records.map((r) => [r.id, r.text]));
  const methods: RetrievalScores[] = [];
  const index = similarityEngine() === 'index' ? new SimilarityIndex(executor) : null;
  await index?.load();
  for (const method of createMethods(executor, texts, options.methods ?? METHOD_NAMES, index)) {
    const t = Date.now();
    const ranked = await rankAll(ids, method, Math.max(...ks), options.concurrency ?? 4, quiet);
    const elapsed = seconds(t);
    methods.push({
      method: method.name,
      description: method.description,
      seconds: elapsed,
      msPerQuery: (1000 * elapsed) / ids.length,
      ...scoreRankings(ids, ranked, golds, ks),
    });
    log(`${method.name}: leave-one-out over ${ids.length} reports in ${elapsed.toFixed(1)} s.`);
  }
  const goldSets = ids.map((id) => golds.get(id)!);
  return {
    file: options.file,
    reports: input.records.length,
    bad: input.bad,
    gold,
    labelling: labellingResult,
    ...(errors ? { labelErrors: errors } : {}),
    retrieval: { ks, randomPrecision: randomPrecision(goldSets), longTailLabels: longTailLabels(goldSets), methods },
    seconds: { ingest: ingestSeconds, labelling: labellingSeconds, total: seconds(started) },
  };
}
