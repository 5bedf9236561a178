/**
 * Paired bootstrap over documents of a micro-F1 difference between two systems scored on the
 * same documents: resampling whole documents keeps each document's mentions together (they
 * are not independent), and drawing the same documents for both systems cancels the
 * document-difficulty variance that unpaired intervals would include.
 */
import { mulberry32 } from '../../src/shared/core/prng';
import { prf } from './prf';

/** One document's mention counts for one system. */
export interface MentionCounts {
  readonly tp: number;
  readonly predicted: number;
  readonly gold: number;
}

export interface BootstrapInterval {
  /** F1(b) − F1(a) on all documents */
  readonly difference: number;
  /** 2.5th and 97.5th percentiles of the resampled differences */
  readonly low: number;
  readonly high: number;
}

const f1Over = (docs: readonly MentionCounts[], pick: (i: number) => number): number => {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[pick(i)];
    tp += d.tp;
    predicted += d.predicted;
    gold += d.gold;
  }
  return prf(tp, predicted - tp, gold - tp).f1;
};

/** Nearest-rank percentile of sorted values (q in [0, 1]). */
function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** The two systems' counts on the same documents (a[i] and b[i] are document i), e.g. one seed. */
export interface PairedRun {
  readonly a: readonly MentionCounts[];
  readonly b: readonly MentionCounts[];
}

/**
 * 95 % paired bootstrap interval of the mean over runs (seeds) of F1(b) − F1(a): every draw
 * resamples the documents once and scores every run on that same resample, so the interval
 * is the document-sampling error of the multi-seed mean difference.
 */
export function pairedBootstrapF1(runs: readonly PairedRun[], draws = 1000, seed = 20261201): BootstrapInterval {
  const n = runs[0]?.a.length ?? 0;
  if (n === 0 || runs.some((r) => r.a.length !== n || r.b.length !== n))
    throw new RangeError(
      `every run must score the same non-empty documents for a and b, got ${runs.map((r) => `${r.a.length}/${r.b.length}`).join(', ') || 'no runs'}`,
    );
  const meanDiff = (pick: (i: number) => number): number =>
    runs.reduce((sum, r) => sum + f1Over(r.b, pick) - f1Over(r.a, pick), 0) / runs.length;
  const random = mulberry32(seed);
  const diffs: number[] = [];
  const picks = new Int32Array(n);
  for (let draw = 0; draw < draws; draw++) {
    for (let i = 0; i < n; i++) picks[i] = Math.floor(random() * n);
    diffs.push(meanDiff((i) => picks[i]));
  }
  diffs.sort((x, y) => x - y);
  return { difference: meanDiff((i) => i), low: percentile(diffs, 0.025), high: percentile(diffs, 0.975) };
}
