/**
 * `npm run bench:losses [-- --train FILE --test FILE --out DIR --seeds 1,2,3 --epochs N --patience N --hidden N --embedding N
 * --context R --ngram-max N --affix N --dropout P --feature-dropout P --lr R --lr-schedule constant|linear|cosine --no-refit --loss-warmup W
 * --lexicon FILE|none --abbreviations none|propagate|consistent --lanes N --losses a,b --baseline FILE --skip-demo --skip-ncbi]`:
 * every loss × seeds on the NCBI disease corpus (PubTator; default ../shared, test = a fixed
 * 20 % split of the training file unless --test is given): exact-span mention F1 on the test
 * part, recall per mention class, train time. Then the same grid on the demo corpus, with
 * extraction and API latency while a run trains (BENCH_SKIP_DB=1 skips those). Tables are
 * printed as Markdown and, with --out, written as JSON. Trainings run --lanes (2) at a time in the
 * service's worker threads. The NCBI model adds feature dropout, a refit on train + dev and a
 * MeSH disease lexicon (../shared; without it, none); the demo model is the product's. Env: BENCH_CORPUS, BENCH_MAX_POOL (demo, 1200).
 */
import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DEMO_CORPUS_FILE } from '../src/seed/demo-corpus';
import { DEFAULT_LABELS } from '../src/extraction/tagger/core/bio';
import { DEFAULT_HASHING } from '../src/extraction/tagger/core/features';
import type { AbbreviationRule } from '../src/extraction/tagger/core/abbreviation-spans';
import type { TrainConfig } from '../src/training';
import type { LearningRateSchedule } from '../src/training/core/lr-schedule';
import { demoDatabaseSections, demoGrid, demoTable } from './support/demo-losses';
import { loadBenchData } from './support/loss-data';
import { mean, ms, runGrid, sd, type Configuration } from './support/loss-grid';
import { MESH_TREE, meshDiseaseLexicon } from './support/mesh-lexicon';
import { loadNcbi, NCBI_LABEL, NCBI_TRAIN } from './support/ncbi-data';
import { scoreMentions } from './support/ncbi-score';
import { comparisonTable, compareWithCe, type PairedTrial } from './support/paired-comparison';

const LOSSES: Configuration[] = [
  ['CE', { kind: 'ce' }],
  ['weighted CE (inverse freq.)', { kind: 'weighted-ce' }],
  ['focal (γ=2)', { kind: 'focal' }],
  ['soft Dice (set-level)', { kind: 'soft-dice' }],
  ['per-token DSC', { kind: 'dsc' }],
  ['Tversky (α=0.3, β=0.7)', { kind: 'tversky', alpha: 0.3, beta: 0.7 }],
  ['self-adjusting DSC (α=0.1)', { kind: 'self-adjusting-dsc' }],
  ['self-adjusting DSC + 0.1·CE', { kind: 'self-adjusting-dsc', ceWeight: 0.1 }],
  ['self-adjusting DSC + 1·CE', { kind: 'self-adjusting-dsc', ceWeight: 1 }],
  ['batch self-adjusting Dice (γ=1, α=0.01, squared)', { kind: 'batch-self-adjusting-dsc' }],
  ['per-token DSC after 2 CE epochs', { kind: 'dsc' }, { lossWarmupEpochs: 2 }],
  // Joint CRF training (docs/tagger.md): λ 1 puts the CRF NLL per token on the token loss's scale.
  ['CE + joint CRF (λ=1)', { kind: 'ce' }, { crfWeight: 1 }],
  ['self-adjusting DSC + 0.1·CE + joint CRF (λ=1)', { kind: 'self-adjusting-dsc', ceWeight: 0.1 }, { crfWeight: 1 }],
  ['per-token DSC after 2 CE epochs + joint CRF (λ=1)', { kind: 'dsc' }, { lossWarmupEpochs: 2, crfWeight: 1 }],
];
const NOT_DICE = new Set(['ce', 'weighted-ce', 'focal']);
const DICE_FAMILY = new Set(LOSSES.filter(([, loss]) => !NOT_DICE.has(loss.kind)).map(([name]) => name));

const { values: args } = parseArgs({
  options: {
    train: { type: 'string', default: NCBI_TRAIN },
    test: { type: 'string' },
    out: { type: 'string' },
    baseline: { type: 'string' },
    seeds: { type: 'string', default: '1,2,3' },
    epochs: { type: 'string', default: '8' },
    patience: { type: 'string', default: '3' },
    hidden: { type: 'string', default: '64' },
    embedding: { type: 'string', default: '32' },
    dropout: { type: 'string', default: '0.25' },
    'feature-dropout': { type: 'string', default: '0.2' },
    'lr-schedule': { type: 'string', default: 'constant' },
    lr: { type: 'string', default: '0.01' },
    'no-refit': { type: 'boolean', default: false },
    'loss-warmup': { type: 'string', default: '0' },
    lexicon: { type: 'string', default: MESH_TREE },
    abbreviations: { type: 'string', default: 'propagate' },
    lanes: { type: 'string', default: '2' },
    context: { type: 'string', default: '1' },
    'ngram-max': { type: 'string', default: String(DEFAULT_HASHING.ngramMax) },
    affix: { type: 'string', default: String(DEFAULT_HASHING.affixLength) },
    'skip-demo': { type: 'boolean', default: false },
    'skip-ncbi': { type: 'boolean', default: false },
    losses: { type: 'string' },
  },
});
/** --losses a,b: only the losses named a or b, or whose name contains a or b where none is named so (e.g. to finish a grid in parts). */
const pick = (part: string): string[] =>
  LOSSES.some(([name]) => name === part) ? [part] : LOSSES.map(([name]) => name).filter((name) => name.includes(part));
const SELECTED =
  args.losses === undefined ? LOSSES : LOSSES.filter(([name]) => args.losses!.split(',').some((part) => pick(part).includes(name)));
const SEEDS = args.seeds.split(',').map(Number);
const EPOCHS = Number(args.epochs);
const MODEL: TrainConfig = {
  embeddingDim: Number(args.embedding),
  hiddenDim: Number(args.hidden),
  contextWidth: Number(args.context),
  dropout: Number(args.dropout),
  featureDropout: Number(args['feature-dropout']),
  learningRate: Number(args.lr),
  learningRateSchedule: args['lr-schedule'] as LearningRateSchedule,
  refit: !args['no-refit'],
  lossWarmupEpochs: Number(args['loss-warmup']),
  abbreviationRule: args.abbreviations as AbbreviationRule,
  hashing: { buckets: 1 << 17, ngramMax: Number(args['ngram-max']), affixLength: Number(args.affix) },
  batchSize: 16,
  maxEpochs: EPOCHS,
  patience: Number(args.patience),
};
const MODEL_TEXT = `embedding ${MODEL.embeddingDim}, hidden ${MODEL.hiddenDim}, context ±${MODEL.contextWidth}, dropout ${MODEL.dropout}, feature dropout ${MODEL.featureDropout}, Adam lr ${MODEL.learningRate} ${MODEL.learningRateSchedule}${MODEL.refit ? ', refit on train + dev' : ''}${MODEL.lossWarmupEpochs ? `, CE for the first ${MODEL.lossWarmupEpochs} epochs of every other loss` : ''}${MODEL.abbreviationRule === 'none' ? '' : `, abbreviation rule ${MODEL.abbreviationRule}`}, 2^17 buckets, char n-grams 3–${MODEL.hashing!.ngramMax}, affixes 1–${MODEL.hashing!.affixLength}, ≤ ${EPOCHS} epochs, patience ${MODEL.patience}`;

interface Row {
  loss: string;
  f1: number[];
}

/** Which loss wins, by how much, and whether any collapses (< 0.9 × CE). */
function verdict(rows: Row[]): string[] {
  if (!rows.some((r) => r.loss === 'CE') || !rows.some((r) => DICE_FAMILY.has(r.loss))) return [];
  const ce = mean(rows.find((r) => r.loss === 'CE')!.f1);
  const best = [...rows].sort((a, b) => mean(b.f1) - mean(a.f1))[0];
  const dice = rows.filter((r) => DICE_FAMILY.has(r.loss)).sort((a, b) => mean(b.f1) - mean(a.f1))[0];
  const worst = [...rows].sort((a, b) => mean(a.f1) - mean(b.f1))[0];
  const diff = mean(dice.f1) - ce;
  return [
    `Best loss: ${best.loss} (${mean(best.f1).toFixed(3)}). Best Dice-family: ${dice.loss} ${mean(dice.f1).toFixed(3)} vs CE ${ce.toFixed(3)}: ${diff >= 0 ? '+' : ''}${diff.toFixed(3)} (${diff > 0 ? 'wins' : 'does not win'}; CE's seed sd ${sd(rows.find((r) => r.loss === 'CE')!.f1).toFixed(3)}).`,
    `Worst loss: ${worst.loss} ${mean(worst.f1).toFixed(3)} = ${(mean(worst.f1) / ce).toFixed(2)} × CE (collapse threshold 0.9 ×).`,
  ];
}

/** --baseline FILE: an earlier run's losses.json whose CE trials stand in for seeds this run has no CE for (training is deterministic per seed). */
function baselineCe(trials: readonly PairedTrial[]): PairedTrial[] {
  if (args.baseline === undefined) return [];
  const earlier = (JSON.parse(readFileSync(args.baseline, 'utf8')) as { ncbi?: { trials?: PairedTrial[] } }).ncbi?.trials ?? [];
  return earlier.filter((t) => t.loss === 'CE' && !trials.some((x) => x.loss === 'CE' && x.seed === t.seed));
}

async function ncbiSection(json: Record<string, unknown>): Promise<string[]> {
  const data = loadNcbi(args.train, args.test);
  if (typeof data === 'string')
    return ['', `### NCBI disease: skipped — ${data} (the corpus is read from ../shared and never copied into the repository).`];
  const examples = data.train.map((d) => ({ reportId: d.id, text: d.text, spans: d.spans }));
  const spans = (docs: typeof data.train): number => docs.reduce((n, d) => n + d.spans.length, 0);
  console.log(
    `NCBI disease (${data.source}): ${data.train.length} training abstracts (${spans(data.train)} mentions; the trainer keeps 20 % of them for early stopping), ${data.test.length} test abstracts (${spans(data.test)} mentions).`,
  );
  const read = args.lexicon === 'none' ? 'none asked for' : meshDiseaseLexicon(args.lexicon);
  const lexicon = typeof read === 'string' ? undefined : read;
  const lexiconText = lexicon === undefined ? `no lexicon (${String(read)})` : `lexicon of ${lexicon.length} MeSH disease terms`;
  console.log(`Lexicon: ${lexiconText}.`);
  const base = { ...MODEL, labels: [NCBI_LABEL], hashing: { ...MODEL.hashing, ...(lexicon === undefined ? {} : { lexicon }) } };
  const trials = await runGrid(
    examples,
    SELECTED,
    SEEDS,
    base,
    (t) => scoreMentions(t, data.test),
    (s) => `test mention F1 ${s.f1.toFixed(3)}`,
    Number(args.lanes),
  );
  const classes = Object.keys(trials[0].score.perClass);
  const out = [
    '',
    `### NCBI disease: exact-span mention F1 (${data.source}; ${SEEDS.length} seeds each; ${MODEL_TEXT}, ${lexiconText})`,
    '',
    `| loss | mention F1 | precision | recall | ${classes.map((c) => `${c} recall (n=${trials[0].score.perClass[c].support})`).join(' | ')} | best epoch | train s |`,
    `|---|---|---|---|${classes.map(() => '---').join('|')}|---|---|`,
  ];
  const rows: Row[] = [];
  for (const [loss] of SELECTED) {
    const t = trials.filter((x) => x.loss === loss);
    rows.push({ loss, f1: t.map((x) => x.score.f1) });
    out.push(
      `| ${loss} | ${ms(t.map((x) => x.score.f1))} | ${ms(t.map((x) => x.score.precision))} | ${ms(t.map((x) => x.score.recall))} | ${classes.map((c) => ms(t.map((x) => x.score.perClass[c].recall))).join(' | ')} | ${mean(t.map((x) => x.result.bestEpoch)).toFixed(1)} | ${mean(t.map((x) => x.seconds)).toFixed(0)} |`,
    );
  }
  const paired = trials.map((t) => ({ loss: t.loss, seed: t.seed, devF1: t.result.metrics?.micro.f1 ?? null, perDoc: t.score.perDoc }));
  const comparisons = compareWithCe(
    [...paired, ...baselineCe(paired)],
    SELECTED.map(([name]) => name),
  );
  out.push(...comparisonTable(comparisons), '', ...verdict(rows));
  json['ncbi'] = {
    source: data.source,
    model: { ...base, hashing: { ...base.hashing, lexicon: lexiconText } },
    trials: trials.map((t) => ({
      loss: t.loss,
      seed: t.seed,
      ...t.score,
      bestEpoch: t.result.bestEpoch,
      epochsRun: t.result.epochsRun,
      devF1: t.result.metrics?.micro.f1 ?? null,
      seconds: t.seconds,
      load: t.load,
    })),
    pairedWithCe: comparisons,
  };
  await Promise.all(trials.map((t) => t.tagger.dispose()));
  return out;
}

async function demoSection(json: Record<string, unknown>): Promise<string[]> {
  const file = process.env.BENCH_CORPUS ?? DEMO_CORPUS_FILE;
  const data = loadBenchData(file, Number(process.env.BENCH_MAX_POOL ?? 1200));
  const spans = data.pool.flatMap((e) => e.spans);
  const rare = new Set(DEFAULT_LABELS.filter((l) => spans.filter((s) => s.label === l).length < 0.1 * spans.length));
  console.log(
    `Demo corpus ${file}: pool ${data.pool.length} reports (${spans.length} spans), test ${data.test.length} reports; rare labels (<10% of spans): ${[...rare].join(', ') || 'none'}.`,
  );
  // The product's model, not the NCBI one: these regularisers were not measured on the demo corpus.
  const base: TrainConfig = {
    ...MODEL,
    hashing: { ...MODEL.hashing, buckets: 1 << 15 },
    embeddingDim: 16,
    hiddenDim: 32,
    dropout: 0.25,
    featureDropout: 0,
    learningRateSchedule: 'constant',
    refit: false,
  };
  const trials = await demoGrid(data, SELECTED, SEEDS, base, Number(args.lanes));
  const out = [
    '',
    `### Demo corpus: span F1 per loss (${SEEDS.length} seeds each; embedding 16, hidden 32, context ±${MODEL.contextWidth}, 2^15 buckets, ≤ ${EPOCHS} epochs${MODEL.lossWarmupEpochs ? `, CE for the first ${MODEL.lossWarmupEpochs} epochs of every other loss` : ''})`,
    '',
    ...demoTable(trials, SELECTED, rare),
  ];
  out.push(
    '',
    ...verdict(SELECTED.map(([loss]) => ({ loss, f1: trials.filter((t) => t.loss === loss).map((t) => t.score.test.micro.f1) }))),
  );
  json['demo'] = {
    corpus: file,
    trials: trials.map((t) => ({
      loss: t.loss,
      seed: t.seed,
      microF1: t.score.test.micro.f1,
      macroF1: t.score.test.macroF1,
      misspelledF1: t.score.misspelled.micro.f1,
      bestEpoch: t.result.bestEpoch,
      seconds: t.seconds,
    })),
  };
  if (process.env.BENCH_SKIP_DB !== '1') out.push(...(await demoDatabaseSections(data, trials, SELECTED, file)));
  await Promise.all(trials.map((t) => t.tagger.dispose()));
  return out;
}

async function main(): Promise<void> {
  const started = performance.now();
  const json: Record<string, unknown> = { seeds: SEEDS, epochs: EPOCHS };
  const out: string[] = [];
  if (!args['skip-ncbi']) out.push(...(await ncbiSection(json)));
  if (!args['skip-demo']) out.push(...(await demoSection(json)));
  out.push('', `Total ${((performance.now() - started) / 1000).toFixed(0)} s on ${cpus().length} cores.`);
  console.log(out.join('\n'));
  if (args.out !== undefined) {
    mkdirSync(args.out, { recursive: true });
    writeFileSync(join(args.out, 'losses.json'), `${JSON.stringify(json, null, 2)}\n`);
    writeFileSync(join(args.out, 'losses.md'), `${out.join('\n')}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
