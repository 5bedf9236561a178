/**
 * Ranking on the in-process index: the same top k as the Cypher statements and
 * `rankCandidates` (score > 0 and ≥ minScore, score desc then id asc, IDF over the whole
 * stored corpus), each explained by the reference measure itself.
 */
import type { CaseFilter } from '../graph-similarity';
import { requireOptions } from '../core/options';
import { makeScorer } from '../core/similarity';
import type { CorpusStats, Explanation, ReportConcepts, ScoredCase, SimilarityOptions } from '../core/measure.types';
import type { OntologyView } from '../core/ontology-view';
import { Candidates, filterOf, Gains, WITH_POSITIVE_EDGE } from './candidates';
import type { CorpusIndex } from './corpus-index';
import { withScratch } from './scratch';
import { TopK } from './top-k';
import { planWeighted } from './weighted-plan';
import { rankWeighted } from './weighted-ranker';

export interface IndexRankRequest {
  query: ReportConcepts;
  options?: Partial<SimilarityOptions>;
  k: number;
  filter?: CaseFilter;
}

/**
 * Document frequencies of the classes of `reports` as they are now, so an explanation built
 * later (after further ingests) weighs exactly as the ranking did.
 */
function statsNow(corpus: CorpusIndex, reports: readonly ReportConcepts[]): CorpusStats {
  const o = corpus.ontology;
  const documentFrequency: Record<string, number> = {};
  for (const report of reports) {
    for (const id of [...report.present, ...report.absent, ...report.uncertain]) {
      const at = o.conceptIndex(id);
      if (at !== undefined) documentFrequency[o.canonicalOf(id)] = corpus.documentFrequency[o.classOf[at]];
    }
  }
  return { documentCount: corpus.size, documentFrequency };
}

/** The query's classes (known to the ontology) as gains of 1 per case unit with a positive edge; all canonical ids. */
function queryClasses(corpus: CorpusIndex, ids: readonly string[]): { known: Gains; all: Set<string> } {
  const known = new Gains();
  const all = new Set<string>();
  for (const id of ids) {
    const at = corpus.ontology.conceptIndex(id);
    all.add(corpus.ontology.canonicalOf(id));
    if (at !== undefined) known.raise(corpus.ontology.classOf[at], WITH_POSITIVE_EDGE, 1);
  }
  return { known, all };
}

/** Runs `visit` on every report with a positive edge into one of `classes`, with the count of such classes. */
function withCommonClasses(
  corpus: CorpusIndex,
  request: IndexRankRequest,
  classes: Gains,
  visit: (r: number, common: number) => void,
): void {
  withScratch(corpus, (scratch) => {
    const candidates = new Candidates(scratch, filterOf(corpus, request.filter));
    candidates.collect(corpus, [classes], (from, to) => {
      for (let i = from; i < to; i += 1) visit(scratch.order[i], scratch.reach[i]);
    });
  });
}

/** JACCARD / DICE from counts: I = common classes, a = |Q| − I, b = |R| − I (explainFlat's sums). */
function rankFlat(corpus: CorpusIndex, request: IndexRankRequest, opts: SimilarityOptions, top: TopK): void {
  const { query } = request;
  const { known, all } = queryClasses(corpus, [...query.present, ...query.uncertain]);
  const c = opts.variant === 'JACCARD' ? 1 : 0.5;
  withCommonClasses(corpus, request, known, (r, I) => {
    const a = all.size - I;
    const b = corpus.pool.data[corpus.start(r) + 2] - I;
    const denominator = I + c * a + c * b + 0 * 0;
    const score = I / (denominator === 0 ? 1 : denominator);
    if (score > 0 && score >= opts.minScore) top.offer(r, corpus.ids[r], score);
  });
}

/** PAPER: candidates from the postings, each scored by the reference (explainPaper). */
function rankPaper(corpus: CorpusIndex, request: IndexRankRequest, opts: SimilarityOptions, top: TopK): void {
  const score = makeScorer(request.query, corpus.ontology, opts);
  withCommonClasses(corpus, request, queryClasses(corpus, request.query.present).known, (r) => {
    const scored = score(corpus.reportConcepts(r));
    if (scored.score > 0 && scored.score >= opts.minScore) top.offer(r, scored.reportId, scored.score);
  });
}

function topInIndex(corpus: CorpusIndex, request: IndexRankRequest, opts: SimilarityOptions): TopK {
  if (!Number.isInteger(request.k) || request.k < 0) throw new Error('k must be an integer >= 0');
  const top = new TopK(request.k);
  if (opts.variant === 'TVERSKY' || opts.variant === 'SYMMETRIC')
    rankWeighted(corpus, planWeighted(request.query, corpus, opts), opts, filterOf(corpus, request.filter), top);
  else if (opts.variant === 'PAPER') rankPaper(corpus, request, opts, top);
  else rankFlat(corpus, request, opts, top);
  return top;
}

/** The top k's ids and scores without explanations (the hybrid scores many candidates, explains k). */
export function scoreInIndex(corpus: CorpusIndex, request: IndexRankRequest): { reportId: string; score: number }[] {
  return topInIndex(corpus, request, requireOptions(request.options)).items.map(({ id, score }) => ({ reportId: id, score }));
}

/** A case of the index's top k as plain data (it may cross to or from a scoring worker): what its explanation needs, copied at ranking time. */
export interface RankedCase {
  reportId: string;
  /** The kernel's score (the reference's, bit for bit). */
  score: number;
  report: ReportConcepts;
  /** Document frequencies as the ranking saw them (useIdf), so a later explanation weighs alike. */
  stats?: CorpusStats;
}

/** The top k with the kernel's scores and, per case, what the reference needs to explain it. */
export function rankCases(corpus: CorpusIndex, request: IndexRankRequest): RankedCase[] {
  const opts = requireOptions(request.options);
  const top = topInIndex(corpus, request, opts);
  const cases = top.items.map(({ r }) => corpus.reportConcepts(r));
  const stats = opts.useIdf ? statsNow(corpus, [request.query, ...cases]) : undefined;
  return top.items.map(({ id, score }, i) => ({ reportId: id, score, report: cases[i], ...(stats && { stats }) }));
}

/**
 * Explains ranked cases by the reference measure, each on first read: most requests ask for
 * ids and scores only, and the explanation is the costliest part of a small ranking. One
 * scorer per ranking (per stats object).
 */
export function caseExplainer(
  query: ReportConcepts,
  ontology: OntologyView,
  options: Partial<SimilarityOptions>,
): (ranked: RankedCase) => ScoredCase {
  const opts = requireOptions(options);
  const scorers = new Map<CorpusStats | undefined, (candidate: ReportConcepts) => ScoredCase>();
  return ({ reportId, score, report, stats }) => {
    let explanation: Explanation | undefined;
    return {
      reportId,
      score,
      get explanation(): Explanation {
        let scorer = scorers.get(stats);
        if (!scorer) scorers.set(stats, (scorer = makeScorer(query, ontology, opts, stats)));
        return (explanation ??= scorer(report).explanation);
      },
    };
  };
}

/** The top k with the kernel's scores and the reference's explanations (built on first read). */
export function rankInIndex(corpus: CorpusIndex, request: IndexRankRequest): ScoredCase[] {
  return rankCases(corpus, request).map(caseExplainer(request.query, corpus.ontology, request.options ?? {}));
}
