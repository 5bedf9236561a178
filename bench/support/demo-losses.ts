/**
 * The demo-corpus part of the loss bench: the loss table on the generated radiology
 * reports, extraction with and without a tagger, and API latency while a run trains.
 */
import { createAppServices } from '../../src/api/services';
import { seedDemoCorpus } from '../../src/seed/demo-corpus';
import { seedDemoOntology } from '../../src/seed/demo-seed';
import { DEFAULT_LABELS } from '../../src/extraction/tagger/core/bio';
import { spanMetrics, type TrainConfig } from '../../src/training';
import { openBenchDatabase } from './bench-database';
import { runGrid, mean, ms, type Configuration, type Trial } from './loss-grid';
import type { BenchData } from './loss-data';
import { mentionSpans, overlapF1, scoreTagger, type TaggerScore } from './loss-eval';
import { trainingLatency } from './training-latency';

export type DemoTrial = Trial<TaggerScore>;

export function demoGrid(
  data: BenchData,
  losses: readonly Configuration[],
  seeds: readonly number[],
  base: TrainConfig,
  lanes: number,
): Promise<DemoTrial[]> {
  return runGrid(
    data.pool,
    losses,
    seeds,
    base,
    (t) => scoreTagger(t, data.test, data.misspelled, data.unseen, DEFAULT_LABELS),
    (s) => `test F1 ${s.test.micro.f1.toFixed(3)}`,
    lanes,
  );
}

export function demoTable(trials: DemoTrial[], losses: readonly Configuration[], rare: Set<string>): string[] {
  const labels = DEFAULT_LABELS.map((l) => (rare.has(l) ? `${l} (rare)` : l));
  const lines = [
    `| loss | test micro F1 | macro F1 | ${labels.join(' | ')} | misspelled F1 | unseen-form recall | best epoch | train s |`,
    `|---|---|---|${labels.map(() => '---').join('|')}|---|---|---|---|`,
  ];
  for (const [loss] of losses) {
    const t = trials.filter((x) => x.loss === loss);
    const perLabel = DEFAULT_LABELS.map((l) => ms(t.map((x) => x.score.test.perLabel.find((m) => m.label === l)!.f1)));
    lines.push(
      `| ${loss} | ${ms(t.map((x) => x.score.test.micro.f1))} | ${ms(t.map((x) => x.score.test.macroF1))} | ${perLabel.join(' | ')} | ${ms(t.map((x) => x.score.misspelled.micro.f1))} | ${ms(t.map((x) => x.score.unseenRecall))} | ${mean(t.map((x) => x.result.bestEpoch)).toFixed(1)} | ${mean(t.map((x) => x.seconds)).toFixed(1)} |`,
    );
  }
  return lines;
}

/** Extraction with/without the CE and the best other tagger; latency while training. */
export async function demoDatabaseSections(
  data: BenchData,
  trials: DemoTrial[],
  losses: readonly Configuration[],
  corpusFile: string,
): Promise<string[]> {
  const out: string[] = [];
  const db = await openBenchDatabase();
  try {
    await db.reset();
    await seedDemoOntology(db.executor, () => undefined);
    const services = createAppServices(db.executor);
    const byLoss = (name: string): DemoTrial => trials.find((t) => t.loss === name && t.seed === trials[0].seed)!;
    const best: DemoTrial | undefined = losses
      .slice(1)
      .map(([l]) => byLoss(l))
      .sort((a, b) => b.score.test.micro.f1 - a.score.test.micro.f1)[0];
    out.push(
      '',
      '### Extraction against gold spans on the held-out set (mentions → labels as for silver spans)',
      '',
      '| extraction | test exact F1 | test overlap F1 | misspelled exact F1 | misspelled overlap F1 |',
      '|---|---|---|---|---|',
    );
    // With one loss (--losses CE) there is no other loss to show.
    const rows: (readonly [string, DemoTrial | null])[] = [
      ['rules only', null],
      [`rules + tagger (${losses[0][0]})`, byLoss(losses[0][0])],
      ...(best === undefined ? [] : [[`rules + tagger (best other loss: ${best.loss})`, best] as const]),
    ];
    for (const [name, trial] of rows) {
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
    await seedDemoCorpus(services, () => undefined, corpusFile);
    const latency = await trainingLatency(services, 8);
    out.push(
      '',
      '### A cheap query (concept by id, 2 clients) while a tagger trains in the worker',
      '',
      '| state | requests | p50 ms | p99 ms |',
      '|---|---|---|---|',
    );
    out.push(`| idle | ${latency.idle.requests} | ${latency.idle.p50.toFixed(2)} | ${latency.idle.p99.toFixed(2)} |`);
    out.push(
      `| training (${latency.epochsDuring} epochs meanwhile) | ${latency.training.requests} | ${latency.training.p50.toFixed(2)} | ${latency.training.p99.toFixed(2)} |`,
    );
    out.push(
      `| idle again, after the run | ${latency.idleAfter.requests} | ${latency.idleAfter.p50.toFixed(2)} | ${latency.idleAfter.p99.toFixed(2)} |`,
    );
    const idleP99 = (latency.idle.p99 + latency.idleAfter.p99) / 2;
    out.push('', `p99 while training / mean idle p99: ${(latency.training.p99 / idleP99).toFixed(2)}× (target ≤ 2×).`);
    await services.training.close();
  } finally {
    await db.close();
  }
  return out;
}
