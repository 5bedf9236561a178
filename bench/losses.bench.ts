/**
 * `npm run bench:losses`: every loss × 3 seeds on the demo corpus's gold spans — span F1 on
 * a held-out test set (mean ± sd, overall and per label, rare labels marked), on a
 * misspelled copy and on unseen surface forms; epochs to the best dev F1; training time.
 * Then extraction with and without a tagger, and API latency while a run trains.
 * Trainings run two at a time in worker threads (the service's worker), sized for 2 cores.
 * Env: BENCH_CORPUS (default seed/corpus/reports.jsonl), BENCH_MAX_POOL (1200),
 * BENCH_EPOCHS (10), BENCH_SKIP_DB=1 (losses only).
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { createAppServices } from '../src/api/services';
import { DEMO_CORPUS_FILE, seedDemoCorpus } from '../src/seed/demo-corpus';
import { seedDemoOntology } from '../src/seed/demo-seed';
import { loadTagger, type OnnxTagger } from '../src/tagger';
import { DEFAULT_LABELS } from '../src/tagger/bio';
import { spanMetrics, type LossConfig, type TrainResult } from '../src/training';
import { startTrainingJob } from '../src/training/training-worker';
import { resolveConfig } from '../src/training/config';
import { openBenchDatabase } from './support/bench-database';
import { loadBenchData } from './support/loss-data';
import { mentionSpans, overlapF1, scoreTagger, type TaggerScore } from './support/loss-eval';
import { trainingLatency } from './support/training-latency';

const LOSSES: [string, LossConfig][] = [
  ['CE', { kind: 'ce' }],
  ['weighted CE (inverse freq.)', { kind: 'weighted-ce' }],
  ['focal (γ=2)', { kind: 'focal' }],
  ['soft Dice', { kind: 'soft-dice' }],
  ['per-token DSC', { kind: 'dsc' }],
  ['Tversky (α=0.3, β=0.7)', { kind: 'tversky', alpha: 0.3, beta: 0.7 }],
  ['self-adjusting DSC (α=0.1)', { kind: 'self-adjusting-dsc' }],
  ['self-adjusting DSC + 0.1·CE', { kind: 'self-adjusting-dsc', ceWeight: 0.1 }],
];
const SEEDS = [1, 2, 3];
const CONCURRENCY = 2;
const EPOCHS = Number(process.env.BENCH_EPOCHS ?? 10);
const BASE = { embeddingDim: 16, hiddenDim: 32, hashing: { buckets: 1 << 15 }, batchSize: 16, maxEpochs: EPOCHS, patience: 3 };

interface Trial { loss: string; seed: number; result: TrainResult; seconds: number; score: TaggerScore; tagger: OnnxTagger }

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]): number => Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / Math.max(1, xs.length - 1));
const ms = (xs: number[]): string => (xs.some(Number.isNaN) ? 'n/a' : `${mean(xs).toFixed(3)} ± ${sd(xs).toFixed(3)}`);

async function runGrid(pool: ReturnType<typeof loadBenchData>): Promise<Trial[]> {
  const jobs = LOSSES.flatMap(([loss, config]) => SEEDS.map((seed) => ({ loss, config, seed })));
  const trials: Trial[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const t0 = performance.now();
      const outcome = await startTrainingJob({ examples: pool.pool, config: resolveConfig({ ...BASE, loss: job.config, seed: job.seed }) }, () => undefined).outcome;
      if (outcome.kind !== 'succeeded') throw new Error(`${job.loss} seed ${job.seed}: ${outcome.kind}`);
      const seconds = (performance.now() - t0) / 1000;
      const tagger = await loadTagger(outcome.result.modelBytes, ['cpu']);
      const score = await scoreTagger(tagger, pool.test, pool.misspelled, pool.unseen, DEFAULT_LABELS);
      trials.push({ loss: job.loss, seed: job.seed, result: outcome.result, seconds, score, tagger });
      console.log(`  ${job.loss}, seed ${job.seed}: test F1 ${score.test.micro.f1.toFixed(3)}, best epoch ${outcome.result.bestEpoch}/${outcome.result.epochsRun}, ${seconds.toFixed(1)} s`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  return trials;
}

function lossTable(trials: Trial[], rare: Set<string>): string[] {
  const labels = DEFAULT_LABELS.map((l) => (rare.has(l) ? `${l} (rare)` : l));
  const lines = [
    `| loss | test micro F1 | macro F1 | ${labels.join(' | ')} | misspelled F1 | unseen-form recall | best epoch | train s |`,
    `|---|---|---|${labels.map(() => '---').join('|')}|---|---|---|---|`,
  ];
  for (const [loss] of LOSSES) {
    const t = trials.filter((x) => x.loss === loss);
    const perLabel = DEFAULT_LABELS.map((l) => ms(t.map((x) => x.score.test.perLabel.find((m) => m.label === l)!.f1)));
    lines.push(`| ${loss} | ${ms(t.map((x) => x.score.test.micro.f1))} | ${ms(t.map((x) => x.score.test.macroF1))} | ${perLabel.join(' | ')} | ${ms(t.map((x) => x.score.misspelled.micro.f1))} | ${ms(t.map((x) => x.score.unseenRecall))} | ${mean(t.map((x) => x.result.bestEpoch)).toFixed(1)} | ${mean(t.map((x) => x.seconds)).toFixed(1)} |`);
  }
  return lines;
}

async function main(): Promise<void> {
  const file = process.env.BENCH_CORPUS ?? DEMO_CORPUS_FILE;
  const data = loadBenchData(file, Number(process.env.BENCH_MAX_POOL ?? 1200));
  const spans = data.pool.flatMap((e) => e.spans);
  const rare = new Set(DEFAULT_LABELS.filter((l) => spans.filter((s) => s.label === l).length < 0.1 * spans.length));
  console.log(`Corpus ${file}: pool ${data.pool.length} reports (${spans.length} spans), test ${data.test.length} reports, ${data.unseen.size} unseen test spans; rare labels (<10% of spans): ${[...rare].join(', ') || 'none'}.`);
  const started = performance.now();
  const trials = await runGrid(data);
  const out = ['', `### Losses (${SEEDS.length} seeds each; embedding 16, hidden 32, 2^15 buckets, ≤ ${EPOCHS} epochs, patience 3)`, '', ...lossTable(trials, rare)];

  if (process.env.BENCH_SKIP_DB !== '1') {
    const db = await openBenchDatabase();
    try {
      await db.reset();
      await seedDemoOntology(db.executor, () => undefined);
      const services = createAppServices(db.executor);
      const byLoss = (name: string): Trial => trials.find((t) => t.loss === name && t.seed === 1)!;
      const best = LOSSES.slice(1).map(([l]) => byLoss(l)).sort((a, b) => b.score.test.micro.f1 - a.score.test.micro.f1)[0]!;
      out.push('', '### Extraction against gold spans on the held-out set (mentions → labels as for silver spans)', '', '| extraction | test exact F1 | test overlap F1 | misspelled exact F1 | misspelled overlap F1 |', '|---|---|---|---|---|');
      for (const [name, trial] of [['rules only', null], [`rules + tagger (CE, seed 1)`, byLoss('CE')], [`rules + tagger (best other loss: ${best.loss}, seed 1)`, best]] as const) {
        services.extractor.setTagger(trial === null ? null : { id: 'bench', model: trial.tagger });
        const cells: string[] = [];
        for (const set of [data.test, data.misspelled]) {
          const predicted = (await services.extractor.extractBatch(set.map((e) => e.text))).map(mentionSpans);
          const gold = set.map((e) => e.spans);
          cells.push(spanMetrics(gold, predicted, DEFAULT_LABELS).micro.f1.toFixed(3), overlapF1(gold, predicted).toFixed(3));
        }
        out.push(`| ${name} | ${cells.join(' | ')} |`);
      }
      services.extractor.setTagger(null);
      await seedDemoCorpus(services, () => undefined, file);
      const latency = await trainingLatency(services, 8);
      out.push('', '### A cheap query (concept by id, 2 clients) while a tagger trains in the worker', '', '| state | requests | p50 ms | p99 ms |', '|---|---|---|---|');
      out.push(`| idle | ${latency.idle.requests} | ${latency.idle.p50.toFixed(2)} | ${latency.idle.p99.toFixed(2)} |`);
      out.push(`| training (${latency.epochsDuring} epochs meanwhile) | ${latency.training.requests} | ${latency.training.p50.toFixed(2)} | ${latency.training.p99.toFixed(2)} |`);
      out.push(`| idle again, after the run | ${latency.idleAfter.requests} | ${latency.idleAfter.p50.toFixed(2)} | ${latency.idleAfter.p99.toFixed(2)} |`);
      const idleP99 = (latency.idle.p99 + latency.idleAfter.p99) / 2;
      out.push('', `p99 while training / mean idle p99: ${(latency.training.p99 / idleP99).toFixed(2)}× (target ≤ 2×).`);
      await services.training.close();
    } finally {
      await db.close();
    }
  }
  out.push('', `Total ${((performance.now() - started) / 1000).toFixed(0)} s on ${require('node:os').cpus().length} cores.`);
  console.log(out.join('\n'));
  await Promise.all(trials.map((t) => t.tagger.dispose()));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
