/**
 * Ranking on the in-process index: the same top k as the Cypher statements and
 * `rankCandidates` (score > 0 and ≥ minScore, score desc then id asc, IDF over the whole
 * stored corpus), each explained by the reference measure itself.
 */
import type { CaseFilter } from '../graph-similarity';
import { requireOptions } from '../options';
import { makeScorer } from '../similarity';
import type { CorpusStats, ReportConcepts, ScoredCase, SimilarityOptions } from '../similarity.types';
import { BOUND_MARGIN, boundSlope, scoreBound } from './bound';
import { accumulate, filterOf, withAccumulator, withPositiveEdge, type Accumulator } from './candidates';
import type { CorpusIndex } from './corpus-index';
import { TopK } from './top-k';
import { weightedScore } from './weighted-kernel';
import { planWeighted, type WeightedPlan } from './weighted-plan';

type Gains = Map<number, (number | null)[]>;

export interface IndexRankRequest {
  query: ReportConcepts;
  options?: Partial<SimilarityOptions>;
  k: number;
  filter?: CaseFilter;
}

const BUCKETS = 1024;

/** Document frequencies keyed by canonical id, read from the index on demand. */
export function corpusStatsOf(corpus: CorpusIndex): CorpusStats {
  const o = corpus.ontology;
  const documentFrequency = new Proxy({} as Record<string, number>, {
    get: (_, key) => {
      const at = typeof key === 'string' ? o.conceptIndex(key) : undefined;
      return at === undefined ? undefined : corpus.documentFrequency[o.classOf[at]];
    },
  });
  return { documentCount: corpus.size, documentFrequency };
}

/**
 * Per class and case assertion [PRESENT, UNCERTAIN, ABSENT]: the most a case unit there can
 * earn (reach: max over query units q reaching it of credit(d)·min(wq, wc)), and the absent
 * agreement it brings (absent).
 */
export function boundGains(plan: WeightedPlan, opts: SimilarityOptions): { reach: Gains; absent: Gains } {
  const reach: Gains = new Map();
  const credit = (qi: number, cls: number, d: number): void => {
    const q = plan.units[qi]!;
    if (!q.positive) return;
    const w = plan.classWeight(cls);
    const g = reach.get(cls) ?? [0, 0, null];
    g[0] = Math.max(g[0] as number, plan.credit[d]! * Math.min(q.weight, w));
    g[1] = Math.max(g[1] as number, plan.credit[d]! * Math.min(q.weight, w * opts.uncertainFactor));
    reach.set(cls, g);
  };
  for (const [cls, qi] of plan.unitOfClass) credit(qi, cls, 0);
  for (const [cls, list] of plan.reach) for (let x = 0; x < list.length; x += 2) credit(list[x]!, cls, list[x + 1]!);
  const absent: Gains = new Map();
  for (const u of plan.units) if (!u.positive && u.cls >= 0) absent.set(u.cls, [null, null, opts.absentBonus * u.classWeight]);
  return { reach, absent };
}

/** The bound of one stored report, straight from its units (what the postings add up). */
export function reportBound(corpus: CorpusIndex, plan: WeightedPlan, opts: SimilarityOptions, r: number): number {
  const { reach, absent } = boundGains(plan, opts);
  const d = corpus.pool.data;
  const at = corpus.start(r);
  let [reachSum, absentSum] = [0, 0];
  for (let j = 0; j < d[at]!; j += 1) {
    const [cls, a] = [d[at + 3 + 2 * j]!, d[at + 4 + 2 * j]! & 3];
    reachSum += reach.get(cls)?.[a] ?? 0;
    absentSum += opts.absentBonus > 0 ? (absent.get(cls)?.[a] ?? 0) : 0;
  }
  return scoreBound(reachSum, absentSum, plan.positiveWeight, boundSlope(opts));
}

function rankWeighted(corpus: CorpusIndex, request: IndexRankRequest, opts: SimilarityOptions, top: TopK): void {
  const plan = planWeighted(request.query, corpus, opts);
  withAccumulator(corpus, filterOf(corpus, request.filter), (acc) => rankCandidatesWeighted(corpus, plan, opts, acc, top));
}

function rankCandidatesWeighted(corpus: CorpusIndex, plan: WeightedPlan, opts: SimilarityOptions, acc: Accumulator, top: TopK): void {
  const gains = boundGains(plan, opts);
  accumulate(corpus, gains.reach, acc, 0);
  if (opts.absentBonus > 0) accumulate(corpus, gains.absent, acc, 1);
  // Bucket the candidates by bound, best first; stop once a bucket cannot beat the k-th score.
  const slope = boundSlope(opts);
  const bounds = new Float64Array(acc.order.length);
  const count = new Int32Array(BUCKETS + 1);
  acc.order.forEach((r, i) => {
    bounds[i] = scoreBound(acc.value[0][r]!, acc.value[1][r]!, plan.positiveWeight, slope);
    count[Math.min(BUCKETS - 1, Math.floor(bounds[i]! * BUCKETS)) + 1] += 1;
  });
  for (let b = 0; b < BUCKETS; b += 1) count[b + 1] += count[b]!;
  const sorted = new Int32Array(acc.order.length);
  const fill = count.slice(0, BUCKETS);
  bounds.forEach((bound, i) => {
    sorted[fill[Math.min(BUCKETS - 1, Math.floor(bound * BUCKETS))]!++] = i;
  });
  for (let b = BUCKETS - 1; b >= 0; b -= 1) {
    if ((b + 1) / BUCKETS + BOUND_MARGIN < top.threshold) break;
    for (let x = count[b]!; x < count[b + 1]!; x += 1) {
      const i = sorted[x]!;
      if (!(bounds[i]! > 0) || bounds[i]! + BOUND_MARGIN < top.threshold) continue;
      const r = acc.order[i]!;
      const score = weightedScore(corpus, plan, opts, r);
      if (score > 0 && score >= opts.minScore) top.offer(r, corpus.ids[r] as string, score);
    }
  }
}

function queryClasses(corpus: CorpusIndex, ids: readonly string[]): { known: Set<number>; all: Set<string> } {
  const known = new Set<number>();
  const all = new Set<string>();
  for (const id of ids) {
    const at = corpus.ontology.conceptIndex(id);
    all.add(corpus.ontology.canonicalOf(id));
    if (at !== undefined) known.add(corpus.ontology.classOf[at]);
  }
  return { known, all };
}

/** JACCARD / DICE from counts: I = common classes, a = |Q| − I, b = |R| − I (explainFlat's sums). */
function rankFlat(corpus: CorpusIndex, request: IndexRankRequest, opts: SimilarityOptions, top: TopK): void {
  const { query } = request;
  const { known, all } = queryClasses(corpus, [...query.present, ...query.uncertain]);
  const c = opts.variant === 'JACCARD' ? 1 : 0.5;
  withAccumulator(corpus, filterOf(corpus, request.filter), (acc) => {
    withPositiveEdge(corpus, known, acc);
    for (const r of acc.order) {
      const I = acc.value[0][r]!;
      const a = all.size - I;
      const b = corpus.pool.data[corpus.start(r) + 2]! - I;
      const denominator = I + c * a + c * b + 0 * 0;
      const score = I / (denominator === 0 ? 1 : denominator);
      if (score > 0 && score >= opts.minScore) top.offer(r, corpus.ids[r] as string, score);
    }
  });
}

/** PAPER: candidates from the postings, each scored by the reference (explainPaper). */
function rankPaper(corpus: CorpusIndex, request: IndexRankRequest, opts: SimilarityOptions, top: TopK): void {
  const score = makeScorer(request.query, corpus.ontology, opts);
  withAccumulator(corpus, filterOf(corpus, request.filter), (acc) => {
    withPositiveEdge(corpus, queryClasses(corpus, request.query.present).known, acc);
    for (const r of acc.order) {
      const scored = score(corpus.reportConcepts(r));
      if (scored.score > 0 && scored.score >= opts.minScore) top.offer(r, scored.reportId, scored.score);
    }
  });
}

function topInIndex(corpus: CorpusIndex, request: IndexRankRequest, opts: SimilarityOptions): TopK {
  if (!Number.isInteger(request.k) || request.k < 0) throw new Error('k must be an integer >= 0');
  const top = new TopK(request.k);
  if (opts.variant === 'TVERSKY' || opts.variant === 'SYMMETRIC') rankWeighted(corpus, request, opts, top);
  else if (opts.variant === 'PAPER') rankPaper(corpus, request, opts, top);
  else rankFlat(corpus, request, opts, top);
  return top;
}

/** The top k's ids and scores without explanations (the hybrid scores many candidates, explains k). */
export function scoreInIndex(corpus: CorpusIndex, request: IndexRankRequest): { reportId: string; score: number }[] {
  return topInIndex(corpus, request, requireOptions(request.options)).items.map(({ id, score }) => ({ reportId: id, score }));
}

export function rankInIndex(corpus: CorpusIndex, request: IndexRankRequest): ScoredCase[] {
  const opts = requireOptions(request.options);
  const top = topInIndex(corpus, request, opts);
  const explain = makeScorer(request.query, corpus.ontology, opts, opts.useIdf ? corpusStatsOf(corpus) : undefined);
  return top.items.map(({ r }) => explain(corpus.reportConcepts(r)));
}
