/**
 * The hybrid measure: the concept score fused with BM25 over the report text by a weighted
 * sum, score = (1 − w) · concept + w · BM25 / best BM25 (docs/similarity.md). Pure: the
 * caller brings the concept-scored cases and the query's lexical neighbours.
 */
import { hybridScore } from './score';
import type { Explanation, LexicalEvidence, ScoredCase } from './measure.types';

/** How many lexical neighbours of a query count; a report further down has lexical part 0. */
export const LEXICAL_DEPTH = 100;

export interface LexicalHit {
  reportId: string;
  score: number;
}

/** The lexical evidence of any case against the query's neighbours (best first). */
export function lexicalEvidenceOf(hits: readonly LexicalHit[], weight: number): (reportId: string) => LexicalEvidence {
  const topBm25 = hits[0]?.score ?? 0;
  const rankOf = new Map(hits.map((hit, i) => [hit.reportId, i]));
  return (reportId) => {
    const i = rankOf.get(reportId);
    return { weight, bm25: i === undefined ? 0 : hits[i].score, topBm25, rank: i === undefined ? null : i + 1 };
  };
}

/** The concept explanation of a case that shares nothing weighted with the query: score 0. */
export function emptyExplanation(terms: Explanation['terms']): Explanation {
  return {
    matched: [],
    queryOnly: [],
    caseOnly: [],
    contradictions: [],
    absentAgreements: [],
    terms: { ...terms, I: 0, a: 0, b: 0, C: 0 },
  };
}

export interface ConceptScore {
  reportId: string;
  /** The concept part (what the engine scored; 0 for a case sharing nothing weighted). */
  score: number;
}

const byScoreThenId = (x: ConceptScore, y: ConceptScore): number =>
  y.score - x.score || (x.reportId < y.reportId ? -1 : x.reportId > y.reportId ? 1 : 0);

/**
 * The hybrid top k from concept scores alone: (1 − w) · concept + w · lexical, > 0 and
 * ≥ minScore, score desc then id asc. Explanations are attached afterwards (`explainHybrid`).
 */
export function fuseScores(
  cases: readonly ConceptScore[],
  hits: readonly LexicalHit[],
  options: { lexicalWeight: number; minScore: number },
  k: number,
): { reportId: string; score: number; concept: number }[] {
  const evidence = lexicalEvidenceOf(hits, options.lexicalWeight);
  return cases
    .map((c) => ({ reportId: c.reportId, score: hybridScore(c.score, evidence(c.reportId)), concept: c.score }))
    .filter((c) => c.score > 0 && c.score >= options.minScore)
    .sort(byScoreThenId)
    .slice(0, k);
}

/**
 * A concept-scored case with its lexical part. The concept score adds up from the concept
 * explanation exactly (both engines score through score.ts), so the hybrid score is taken
 * from it and the explanation is only built when read: most requests ask for scores alone.
 */
export function explainHybrid(scored: ScoredCase, lexical: LexicalEvidence): ScoredCase {
  let explanation: Explanation | undefined;
  return {
    reportId: scored.reportId,
    score: hybridScore(scored.score, lexical),
    get explanation(): Explanation {
      return (explanation ??= { ...scored.explanation, lexical });
    },
  };
}

/** fuseScores then explainHybrid, for cases that already carry their concept explanations. */
export function fuseLexical(
  cases: readonly ScoredCase[],
  hits: readonly LexicalHit[],
  options: { lexicalWeight: number; minScore: number },
  k: number,
): ScoredCase[] {
  const evidence = lexicalEvidenceOf(hits, options.lexicalWeight);
  const byId = new Map(cases.map((c) => [c.reportId, c]));
  return fuseScores(cases, hits, options, k).map((c) => explainHybrid(byId.get(c.reportId)!, evidence(c.reportId)));
}
