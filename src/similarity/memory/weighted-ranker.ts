/**
 * TVERSKY / SYMMETRIC ranking on the index: accumulate each candidate's reach and absent
 * agreements from the posting lists, bucket the candidates by the query-side bound, and
 * walk the buckets best first; a candidate still above the k-th score is checked against
 * the tighter case-side bound (its own unit weights) before the exact kernel scores it.
 */
import type { SimilarityOptions } from '../core/measure.types';
import { BOUND_MARGIN, boundSlope, caseBound, scoreBound } from './bound';
import { Candidates, Gains, WITH_ASSERTION, type CandidateFilter } from './candidates';
import { ABSENT, UNCERTAIN, type CorpusIndex } from './corpus-index';
import { withScratch } from './scratch';
import type { TopK } from './top-k';
import { weightedScore } from './weighted-kernel';
import type { WeightedPlan } from './weighted-plan';

const BUCKETS = 1024;
const [PRESENT_BITS, UNCERTAIN_BITS, ABSENT_BITS] = WITH_ASSERTION;

/**
 * Per class and case assertion: the most a case unit there can earn (reach: max over query
 * units q reaching it of credit(d)·min(wq, wc)), and the absent agreement it brings.
 */
function boundGains(plan: WeightedPlan, opts: SimilarityOptions): { reach: Gains; absent: Gains } {
  const reach = new Gains();
  const credit = (qi: number, cls: number, d: number): void => {
    const q = plan.units[qi];
    if (!q.positive) return;
    const w = plan.classWeight(cls);
    reach.raise(cls, PRESENT_BITS, plan.credit[d] * Math.min(q.weight, w));
    reach.raise(cls, UNCERTAIN_BITS, plan.credit[d] * Math.min(q.weight, w * opts.uncertainFactor));
  };
  for (const [cls, qi] of plan.unitOfClass) credit(qi, cls, 0);
  for (const [cls, list] of plan.reach) for (let x = 0; x < list.length; x += 2) credit(list[x], cls, list[x + 1]);
  const absent = new Gains();
  for (const u of plan.units) if (!u.positive && u.cls >= 0) absent.raise(u.cls, ABSENT_BITS, opts.absentBonus * u.classWeight);
  return { reach, absent };
}

/** Wc: the case's positive unit weights, as weightedScore weighs them. */
function caseWeightOf(corpus: CorpusIndex, plan: WeightedPlan, opts: SimilarityOptions, r: number): number {
  const d = corpus.pool.data;
  const at = corpus.start(r);
  let weight = 0;
  for (let j = 0; j < d[at]; j += 1) {
    const a = d[at + 4 + 2 * j] & 3;
    if (a !== ABSENT) weight += plan.classWeight(d[at + 3 + 2 * j]) * (a === UNCERTAIN ? opts.uncertainFactor : 1);
  }
  return weight;
}

/** Both bounds of one stored report, straight from its units (what the postings add up). */
export function reportBounds(corpus: CorpusIndex, plan: WeightedPlan, opts: SimilarityOptions, r: number): { query: number; case: number } {
  const candidate = withScratch(corpus, (scratch) => {
    const candidates = new Candidates(scratch, { excluded: [], only: [r], test: null });
    const gains = boundGains(plan, opts);
    candidates.collect(corpus, [gains.reach, gains.absent], () => {});
    return candidates.count === 0 ? { reach: 0, absent: 0 } : { reach: scratch.reach[0], absent: scratch.absent[0] };
  });
  return {
    query: scoreBound(candidate.reach, candidate.absent, plan.positiveWeight, boundSlope(opts)),
    case: caseBound(candidate.reach, candidate.absent, plan.positiveWeight, caseWeightOf(corpus, plan, opts, r), opts),
  };
}

export function rankWeighted(corpus: CorpusIndex, plan: WeightedPlan, opts: SimilarityOptions, filter: CandidateFilter, top: TopK): void {
  const gains = boundGains(plan, opts);
  withScratch(corpus, (scratch) => {
    const { reach, absent, bound, order, sorted } = scratch;
    const [slope, Wp] = [boundSlope(opts), plan.positiveWeight];
    // Bucket by the query-side bound (a counting sort of candidate positions), best first;
    // each block's bounds are taken as soon as its sums are final.
    const start = new Int32Array(BUCKETS + 1);
    const candidates = new Candidates(scratch, filter);
    candidates.collect(corpus, [gains.reach, opts.absentBonus > 0 ? gains.absent : null], (from, to) => {
      for (let i = from; i < to; i += 1) {
        const b = scoreBound(reach[i], absent[i], Wp, slope);
        bound[i] = b;
        if (b > 0) start[Math.min(BUCKETS - 1, Math.floor(b * BUCKETS)) + 1] += 1;
      }
    });
    for (let b = 0; b < BUCKETS; b += 1) start[b + 1] += start[b];
    const fill = start.slice(0, BUCKETS);
    for (let i = 0; i < candidates.count; i += 1) {
      if (bound[i] > 0) sorted[fill[Math.min(BUCKETS - 1, Math.floor(bound[i] * BUCKETS))]++] = i;
    }
    // A score must reach the k-th score and minScore; stop once a bucket's upper edge cannot.
    const floor = (): number => Math.max(top.threshold, opts.minScore);
    for (let b = BUCKETS - 1; b >= 0 && (b + 1) / BUCKETS + BOUND_MARGIN >= floor(); b -= 1) {
      for (let x = start[b]; x < start[b + 1]; x += 1) {
        const i = sorted[x];
        if (bound[i] + BOUND_MARGIN < floor()) continue;
        const r = order[i];
        const tighter = caseBound(reach[i], absent[i], Wp, caseWeightOf(corpus, plan, opts, r), opts);
        if (tighter + BOUND_MARGIN < floor()) continue;
        const score = weightedScore(corpus, plan, opts, r);
        if (score > 0 && score >= opts.minScore) top.offer(r, corpus.ids[r], score);
      }
    }
  });
}
