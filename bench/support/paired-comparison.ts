/**
 * Every configuration against CE on the same seeds (same split, same early-stopping part):
 * dev F1 differences per seed (the choosing figure, paired so a seed's easy or hard dev part
 * cancels) and paired bootstrap intervals over test documents of the test F1 difference.
 */
import { pairedBootstrapF1, type BootstrapInterval, type MentionCounts } from '../../tools/evaluation/paired-bootstrap';
import { mean, sd } from './loss-grid';

export interface PairedComparison {
  readonly configuration: string;
  readonly seeds: number[];
  /** dev F1 − CE's dev F1, per seed */
  readonly devDifferences: number[];
  /** test F1 − CE's, per seed, with its 95 % interval */
  readonly testPerSeed: BootstrapInterval[];
  /** mean over seeds of test F1 − CE's, with its 95 % interval (documents resampled once per draw for all seeds) */
  readonly test: BootstrapInterval;
}

/** One run as the comparison needs it (a bench trial, or a trial read back from an earlier run's JSON). */
export interface PairedTrial {
  readonly loss: string;
  readonly seed: number;
  readonly devF1: number | null;
  readonly perDoc: readonly MentionCounts[];
}

export function compareWithCe(trials: readonly PairedTrial[], configurations: readonly string[]): PairedComparison[] {
  const ce = new Map(trials.filter((t) => t.loss === 'CE').map((t) => [t.seed, t]));
  return configurations
    .filter((name) => name !== 'CE')
    .flatMap((configuration) => {
      const paired = trials.filter((t) => t.loss === configuration && ce.has(t.seed)).map((t) => ({ t, ce: ce.get(t.seed)! }));
      if (paired.length === 0) return [];
      return [
        {
          configuration,
          seeds: paired.map((p) => p.t.seed),
          devDifferences: paired.map((p) => (p.t.devF1 ?? Number.NaN) - (p.ce.devF1 ?? Number.NaN)),
          testPerSeed: paired.map((p) => pairedBootstrapF1([{ a: p.ce.perDoc, b: p.t.perDoc }])),
          test: pairedBootstrapF1(paired.map((p) => ({ a: p.ce.perDoc, b: p.t.perDoc }))),
        },
      ];
    });
}

const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
const interval = (b: BootstrapInterval): string => `${signed(b.difference)} [${signed(b.low)}, ${signed(b.high)}]`;

/** Markdown table: one row per configuration, CE's figures being the zero they are compared with. */
export function comparisonTable(comparisons: readonly PairedComparison[]): string[] {
  if (comparisons.length === 0) return [];
  return [
    '',
    'Paired with CE on the same seeds (dev F1 chooses: the configuration with the highest mean dev difference; test intervals: 95 % paired bootstrap over test abstracts, 1,000 draws, fixed RNG seed):',
    '',
    '| configuration | seeds | dev F1 − CE per seed | dev F1 − CE, mean ± sd | test F1 − CE per seed [95 %] | test F1 − CE, seed mean [95 %] |',
    '|---|---|---|---|---|---|',
    ...comparisons.map(
      (c) =>
        `| ${c.configuration} | ${c.seeds.join(', ')} | ${c.devDifferences.map(signed).join(' / ')} | ${signed(mean(c.devDifferences))} ± ${sd(c.devDifferences).toFixed(3)} | ${c.testPerSeed.map(interval).join('; ')} | ${interval(c.test)} |`,
    ),
  ];
}
