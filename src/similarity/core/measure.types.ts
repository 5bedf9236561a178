/**
 * Plain-data shapes of the similarity measure. Everything here is serialisable so the
 * GraphQL layer can pass it through and the Cypher implementation can mirror it.
 */

import type { Assertion } from '../../shared/core/assertion';

/** A report as concept ids per assertion (ids as linked; duplicates are harmless). */
export interface ReportConcepts {
  id: string;
  present: readonly string[];
  absent: readonly string[];
  uncertain: readonly string[];
}

export type Variant = 'TVERSKY' | 'SYMMETRIC' | 'PAPER' | 'JACCARD' | 'DICE';
export const VARIANTS: readonly Variant[] = ['TVERSKY', 'SYMMETRIC', 'PAPER', 'JACCARD', 'DICE'];

interface FocusConcept {
  id: string;
  weight: number;
}

export interface SimilarityOptions {
  variant: Variant;
  alpha: number;
  beta: number;
  kappa: number;
  maxDepth: number;
  decay: number;
  uncertainFactor: number;
  /** TUI → weight; types not listed weigh 0. */
  semanticTypeWeights: Readonly<Record<string, number>>;
  focusConcepts: readonly FocusConcept[];
  useIdf: boolean;
  absentBonus: number;
  minScore: number;
  /**
   * Share of the hybrid score given to BM25 over the report text (docs/similarity.md):
   * score = (1 − lexicalWeight) · concept score + lexicalWeight · BM25 / best BM25. 0 = concepts only.
   */
  lexicalWeight: number;
}

/** Document frequencies for the IDF factor, keyed by canonical (synonym-class) id. */
export interface CorpusStats {
  documentCount: number;
  documentFrequency: Readonly<Record<string, number>>;
}

/** How the case concept relates to the query concept it was matched with. */
export type MatchRelation = 'EXACT' | 'SYNONYM' | 'ANCESTOR' | 'DESCENDANT';

export interface MatchedPair {
  queryConcept: string;
  caseConcept: string;
  relation: MatchRelation;
  distance: number;
  credit: number;
  /** Weight of the pair: min(queryWeight, caseWeight). Overlap earned = credit × weight. */
  weight: number;
  queryWeight: number;
  caseWeight: number;
  queryAssertion: Assertion;
  caseAssertion: Assertion;
}

export interface UnmatchedConcept {
  concept: string;
  weight: number;
  assertion: Assertion;
}

export interface Contradiction {
  queryConcept: string;
  caseConcept: string;
  queryAssertion: Assertion;
  caseAssertion: Assertion;
  weight: number;
  /** ACROSS: between the two reports; WITHIN_QUERY: the PAPER variant's T ∩ N. */
  scope: 'ACROSS' | 'WITHIN_QUERY';
}

export interface AbsentAgreement {
  queryConcept: string;
  caseConcept: string;
  /** absentBonus × concept weight; added to I. */
  weight: number;
}

export interface ScoreTerms {
  I: number;
  /** Query side: unmatched query weight plus the query's residual of partial matches. */
  a: number;
  /** Case side: unmatched case weight plus the case's residual of partial matches. */
  b: number;
  C: number;
  alpha: number;
  beta: number;
  kappa: number;
}

/** The lexical part of a hybrid score: the case's BM25 for the query's text, normalised by the best. */
export interface LexicalEvidence {
  /** lexicalWeight: the share of the score that is lexical. */
  weight: number;
  /** The case's BM25 score; 0 when it is not among the query's LEXICAL_DEPTH best. */
  bm25: number;
  /** The best BM25 score any other report reached for this query (the normaliser). */
  topBm25: number;
  /** 1-based rank among the query's lexical neighbours; null when not among them. */
  rank: number | null;
}

export interface Explanation {
  matched: MatchedPair[];
  queryOnly: UnmatchedConcept[];
  caseOnly: UnmatchedConcept[];
  contradictions: Contradiction[];
  absentAgreements: AbsentAgreement[];
  terms: ScoreTerms;
  /** Present on hybrid scores (lexicalWeight > 0): the lists above make the concept part. */
  lexical?: LexicalEvidence | null;
}

export interface ScoredCase {
  reportId: string;
  score: number;
  explanation: Explanation;
}
