/**
 * Entry points: score one candidate, or rank many. Every score is computed from its own
 * explanation, so the explanation is the evidence, not an after-the-fact story.
 */
import { explainFlat, explainPaper } from './baselines';
import type { OntologyView } from './ontology-view';
import { requireOptions } from './options';
import { scoreFromExplanation } from './score';
import type { CorpusStats, ReportConcepts, ScoredCase, SimilarityOptions } from './measure.types';
import { explainWeighted } from './weighted-measure';
import { buildCorpusStats, makeConceptWeight } from './weights';

/** A scorer bound to one query's options; reuses weights across candidates. */
export function makeScorer(
  query: ReportConcepts,
  view: OntologyView,
  options: Partial<SimilarityOptions> = {},
  corpus?: CorpusStats,
): (candidate: ReportConcepts) => ScoredCase {
  const opts = requireOptions(options);
  const weightOf = opts.variant === 'TVERSKY' || opts.variant === 'SYMMETRIC' ? makeConceptWeight(view, opts, corpus) : null;
  return (candidate) => {
    const explanation =
      weightOf !== null
        ? explainWeighted(query, candidate, view, opts, weightOf)
        : opts.variant === 'PAPER'
          ? explainPaper(query, candidate, view, opts)
          : explainFlat(query, candidate, view, opts.variant as 'JACCARD' | 'DICE');
    return { reportId: candidate.id, score: scoreFromExplanation(explanation, opts.variant), explanation };
  };
}

export function similarity(
  query: ReportConcepts,
  candidate: ReportConcepts,
  view: OntologyView,
  options: Partial<SimilarityOptions> = {},
  corpus?: CorpusStats,
): ScoredCase {
  return makeScorer(query, view, options, corpus)(candidate);
}

/**
 * Top-k candidates with score ≥ minScore, by score desc then report id asc (code-unit
 * order). With useIdf and no corpus given, the candidates themselves are the corpus.
 */
export function rankCandidates(
  query: ReportConcepts,
  candidates: readonly ReportConcepts[],
  view: OntologyView,
  options: Partial<SimilarityOptions> = {},
  k = 10,
  corpus?: CorpusStats,
): ScoredCase[] {
  if (!Number.isInteger(k) || k < 0) throw new Error('k must be an integer >= 0');
  const opts = requireOptions(options);
  const stats = opts.useIdf ? (corpus ?? buildCorpusStats(candidates, view)) : corpus;
  const score = makeScorer(query, view, opts, stats);
  return candidates
    .map(score)
    .filter((scored) => scored.score >= opts.minScore)
    .sort((x, y) => y.score - x.score || (x.reportId < y.reportId ? -1 : x.reportId > y.reportId ? 1 : 0))
    .slice(0, k);
}
