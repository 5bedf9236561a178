/**
 * From an explanation to a score. The measure itself scores through these functions, so
 * an explanation always adds up to its score exactly: the terms are sums over the lists.
 */
import type { Explanation, LexicalEvidence, ScoreTerms, Variant } from './measure.types';

export interface TermSums {
  I: number;
  a: number;
  b: number;
  C: number;
}

/**
 * I = Σ credit·weight over matched pairs + Σ absent agreements;
 * a = Σ query-only weights + Σ (queryWeight − credit·weight) over matched pairs;
 * b likewise for the case; C = Σ contradiction weights.
 */
export function sumTerms(expl: Omit<Explanation, 'terms'>): TermSums {
  let I = 0;
  let a = 0;
  let b = 0;
  let C = 0;
  for (const m of expl.matched) {
    const earned = m.credit * m.weight;
    I += earned;
    a += m.queryWeight - earned;
    b += m.caseWeight - earned;
  }
  for (const agreement of expl.absentAgreements) I += agreement.weight;
  for (const u of expl.queryOnly) a += u.weight;
  for (const u of expl.caseOnly) b += u.weight;
  for (const c of expl.contradictions) C += c.weight;
  return { I, a, b, C };
}

/** A zero denominator counts as 1 (method note §1.5), which makes the score I = 0. */
const ratio = (I: number, denominator: number): number => I / (denominator === 0 ? 1 : denominator);

/** The Tversky form, used by TVERSKY, JACCARD (α = β = 1) and DICE (α = β = 0.5). */
function tversky(t: ScoreTerms): number {
  return ratio(t.I, t.I + t.alpha * t.a + t.beta * t.b + t.kappa * t.C);
}

/** The paper's symmetric form: the smaller side weighted α, the larger 1 − α, all times β. */
function symmetricTversky(t: ScoreTerms): number {
  const small = Math.min(t.a, t.b);
  const large = Math.max(t.a, t.b);
  return ratio(t.I, t.I + t.beta * (t.alpha * small + (1 - t.alpha) * large) + t.kappa * t.C);
}

function scoreFromTerms(terms: ScoreTerms, variant: Variant): number {
  return variant === 'SYMMETRIC' || variant === 'PAPER' ? symmetricTversky(terms) : tversky(terms);
}

/** The concept part of a score, from the lists alone (the coefficients come from `terms`). */
function conceptScoreFromExplanation(expl: Explanation, variant: Variant): number {
  const sums = sumTerms(expl);
  return scoreFromTerms({ ...expl.terms, ...sums }, variant);
}

/** (1 − w) · concept + w · BM25 / best BM25; a zero best counts as no lexical evidence. */
export function hybridScore(concept: number, lexical: LexicalEvidence): number {
  const normalised = lexical.topBm25 > 0 ? lexical.bm25 / lexical.topBm25 : 0;
  return (1 - lexical.weight) * concept + lexical.weight * normalised;
}

/** Recomputes the score from the explanation: the concept lists, then the lexical part if any. */
export function scoreFromExplanation(expl: Explanation, variant: Variant): number {
  const concept = conceptScoreFromExplanation(expl, variant);
  return expl.lexical ? hybridScore(concept, expl.lexical) : concept;
}
