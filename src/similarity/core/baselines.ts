/**
 * Baseline variants, flat (no hierarchy): PAPER, the paper's measure exactly as written
 * in method note §1.5, and unweighted JACCARD / DICE over synonym-merged concept sets.
 * They produce the same Explanation shape so that scoreFromExplanation covers them too.
 */
import type { OntologyView } from './ontology-view';
import { sumTerms } from './score';
import type { Assertion } from '../../shared/core/assertion';
import type { Explanation, MatchedPair, ReportConcepts, SimilarityOptions, UnmatchedConcept } from './measure.types';
import { ownTypeWeight } from './weights';

const sorted = (ids: Iterable<string>): string[] => [...new Set(ids)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));

function pair(q: string, c: string, relation: MatchedPair['relation'], credit: number, weight: number): MatchedPair {
  return {
    queryConcept: q,
    caseConcept: c,
    relation,
    distance: 0,
    credit,
    weight,
    queryWeight: weight,
    caseWeight: weight,
    queryAssertion: 'PRESENT',
    caseAssertion: 'PRESENT',
  };
}

/**
 * T = query present, N = query absent, R = case present (uncertain ignored);
 * T' = T ∪ {r ∈ R synonymous with some t ∈ T}; I = w(R ∩ T); query side w(T' \ R);
 * case side w(R \ T'); C = w(T ∩ N); α = 0.5, β = 1, κ = 1. A synonym-absorbed r earns
 * no overlap (I uses R ∩ T): it is listed as a SYNONYM pair with credit 0 and weight 0,
 * and its query partner stays in queryOnly, exactly as the formula has it.
 */
export function explainPaper(
  query: ReportConcepts,
  candidate: ReportConcepts,
  view: OntologyView,
  options: SimilarityOptions,
): Explanation {
  const w = (id: string): number => ownTypeWeight(id, view, options.semanticTypeWeights);
  const T = new Set(query.present);
  const N = new Set(query.absent);
  const R = sorted(candidate.present);
  const matched: MatchedPair[] = [];
  const caseOnly: UnmatchedConcept[] = [];
  for (const r of R) {
    if (T.has(r)) {
      matched.push(pair(r, r, 'EXACT', 1, w(r)));
      continue;
    }
    const partner = view.synonymsOf(r).find((s) => T.has(s));
    if (partner !== undefined) matched.push({ ...pair(partner, r, 'SYNONYM', 0, 0) });
    else caseOnly.push({ concept: r, weight: w(r), assertion: 'PRESENT' });
  }
  const inR = new Set(R);
  const lists = {
    matched,
    queryOnly: sorted(T)
      .filter((t) => !inR.has(t))
      .map((t) => ({ concept: t, weight: w(t), assertion: 'PRESENT' as const })),
    caseOnly,
    contradictions: sorted(T)
      .filter((t) => N.has(t))
      .map((t) => ({
        queryConcept: t,
        caseConcept: t,
        queryAssertion: 'PRESENT' as const,
        caseAssertion: 'ABSENT' as const,
        weight: w(t),
        scope: 'WITHIN_QUERY' as const,
      })),
    absentAgreements: [],
  };
  return { ...lists, terms: { ...sumTerms(lists), alpha: 0.5, beta: 1, kappa: 1 } };
}

/** Synonym class → smallest id used, and PRESENT unless the class was only uncertain. */
function flatSet(report: ReportConcepts, view: OntologyView): Map<string, { concept: string; assertion: Assertion }> {
  const classes = new Map<string, { concept: string; assertion: Assertion }>();
  const add = (id: string, assertion: Assertion): void => {
    const key = view.canonicalOf(id);
    const seen = classes.get(key);
    if (!seen) classes.set(key, { concept: id, assertion });
    else {
      if (id < seen.concept) seen.concept = id;
      if (assertion === 'PRESENT') seen.assertion = 'PRESENT';
    }
  };
  for (const id of report.present) add(id, 'PRESENT');
  for (const id of report.uncertain) add(id, 'UNCERTAIN');
  return classes;
}

/** JACCARD: |Q∩R| / |Q∪R| (α = β = 1); DICE: 2|Q∩R| / (|Q|+|R|) (α = β = 0.5). */
export function explainFlat(
  query: ReportConcepts,
  candidate: ReportConcepts,
  view: OntologyView,
  variant: 'JACCARD' | 'DICE',
): Explanation {
  const Q = flatSet(query, view);
  const R = flatSet(candidate, view);
  const matched: MatchedPair[] = [];
  const queryOnly: UnmatchedConcept[] = [];
  for (const key of sorted(Q.keys())) {
    const q = Q.get(key)!;
    const c = R.get(key);
    if (!c) queryOnly.push({ concept: q.concept, weight: 1, assertion: q.assertion });
    else
      matched.push({
        ...pair(q.concept, c.concept, q.concept === c.concept ? 'EXACT' : 'SYNONYM', 1, 1),
        queryAssertion: q.assertion,
        caseAssertion: c.assertion,
      });
  }
  const caseOnly = sorted(R.keys())
    .filter((key) => !Q.has(key))
    .map((key) => ({ concept: R.get(key)!.concept, weight: 1, assertion: R.get(key)!.assertion }));
  const lists = { matched, queryOnly, caseOnly, contradictions: [], absentAgreements: [] };
  const coefficient = variant === 'JACCARD' ? 1 : 0.5;
  return { ...lists, terms: { ...sumTerms(lists), alpha: coefficient, beta: coefficient, kappa: 0 } };
}
