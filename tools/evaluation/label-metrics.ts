/**
 * Multi-label scores: per label precision / recall / F1 over cases, micro and macro
 * summaries, and the long-tail labels (gold prevalence under a threshold). Pure.
 */
import { Prf, prf, macroF1 } from './prf';

export interface LabelledCase {
  gold: ReadonlySet<string>;
  predicted: ReadonlySet<string>;
}

export interface LabelScores {
  /** Per label, in the order given. */
  perLabel: { label: string; support: number; prf: Prf }[];
  micro: Prf;
  macroF1: number;
}

const LONG_TAIL_PREVALENCE = 0.02;

/** Scores over `labels`; a prediction of a label outside `labels` is not counted. */
export function scoreLabels(cases: readonly LabelledCase[], labels: readonly string[]): LabelScores {
  const perLabel = labels.map((label) => {
    let [tp, fp, fn] = [0, 0, 0];
    for (const c of cases) {
      const g = c.gold.has(label);
      const p = c.predicted.has(label);
      if (g && p) tp += 1;
      else if (p) fp += 1;
      else if (g) fn += 1;
    }
    return { label, support: tp + fn, prf: prf(tp, fp, fn) };
  });
  const sum = (key: 'tp' | 'fp' | 'fn'): number => perLabel.reduce((s, l) => s + l.prf[key], 0);
  return { perLabel, micro: prf(sum('tp'), sum('fp'), sum('fn')), macroF1: macroF1(perLabel.map((l) => l.prf)) };
}

/** Gold count per label over the cases. */
function goldCounts(golds: readonly ReadonlySet<string>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const gold of golds) for (const label of gold) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

/** Labels with at least one gold case and prevalence (count / cases) strictly under `threshold`, sorted. */
export function longTailLabels(golds: readonly ReadonlySet<string>[], threshold = LONG_TAIL_PREVALENCE): string[] {
  if (golds.length === 0) return [];
  return [...goldCounts(golds)]
    .filter(([, count]) => count / golds.length < threshold)
    .map(([label]) => label)
    .sort();
}
