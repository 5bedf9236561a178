/**
 * The product's measure (TVERSKY and SYMMETRIC variants): per-class units, contradictions
 * across the two reports, greedy hierarchy-aware matching, explanation with its terms.
 */
import { greedyMatch, type WeightedUnit } from './matching';
import type { OntologyView } from './ontology-view';
import { isPositive, toUnits } from './report-units';
import { sumTerms } from './score';
import type { AbsentAgreement, Contradiction, Explanation, ReportConcepts, SimilarityOptions, UnmatchedConcept } from './measure.types';

function weigh(report: ReportConcepts, view: OntologyView, options: SimilarityOptions, w: (id: string) => number): WeightedUnit[] {
  return toUnits(report, view).map((unit) => ({
    ...unit,
    weight: w(unit.canonical) * (unit.assertion === 'UNCERTAIN' ? options.uncertainFactor : 1),
  }));
}

export function explainWeighted(
  query: ReportConcepts,
  candidate: ReportConcepts,
  view: OntologyView,
  options: SimilarityOptions,
  conceptWeight: (id: string) => number,
): Explanation {
  const queryUnits = weigh(query, view, options, conceptWeight);
  const caseUnits = weigh(candidate, view, options, conceptWeight);
  const caseByClass = new Map(caseUnits.map((u) => [u.canonical, u]));

  // Same synonym class, opposite polarity: a contradiction, weighed by the class weight
  // times the positive side's assertion factor. Hierarchy is deliberately not used here:
  // "no lung disease" contradicts "pneumonia" but "no pneumonia" does not contradict
  // "lung disease", and a one-directional rule would break symmetry.
  const contradictions: Contradiction[] = [];
  const absentAgreements: AbsentAgreement[] = [];
  const contradicted = new Set<string>();
  for (const q of queryUnits) {
    const c = caseByClass.get(q.canonical);
    if (!c) continue;
    if (isPositive(q) !== isPositive(c)) {
      contradicted.add(q.canonical);
      const positive = isPositive(q) ? q : c;
      contradictions.push({
        queryConcept: q.concept,
        caseConcept: c.concept,
        queryAssertion: q.assertion,
        caseAssertion: c.assertion,
        weight: positive.weight,
        scope: 'ACROSS',
      });
    } else if (!isPositive(q) && options.absentBonus > 0) {
      absentAgreements.push({
        queryConcept: q.concept,
        caseConcept: c.concept,
        weight: options.absentBonus * conceptWeight(q.canonical),
      });
    }
  }

  // Contradicted classes are accounted for by C alone, not again as unmatched weight.
  const matchable = (u: WeightedUnit): boolean => isPositive(u) && !contradicted.has(u.canonical);
  const queryPositive = queryUnits.filter(matchable);
  const casePositive = caseUnits.filter(matchable);
  const pairs = greedyMatch(queryPositive, casePositive, view, options.maxDepth);
  const usedQuery = new Set(pairs.map((p) => p.query.canonical));
  const usedCase = new Set(pairs.map((p) => p.case.canonical));
  const unmatched = (units: WeightedUnit[], used: Set<string>): UnmatchedConcept[] =>
    units.filter((u) => !used.has(u.canonical)).map((u) => ({ concept: u.concept, weight: u.weight, assertion: u.assertion }));

  const lists = {
    matched: pairs.map((p) => ({
      queryConcept: p.query.concept,
      caseConcept: p.case.concept,
      relation: p.relation,
      distance: p.distance,
      credit: Math.exp(-options.decay * p.distance),
      weight: p.pairWeight,
      queryWeight: p.query.weight,
      caseWeight: p.case.weight,
      queryAssertion: p.query.assertion,
      caseAssertion: p.case.assertion,
    })),
    queryOnly: unmatched(queryPositive, usedQuery),
    caseOnly: unmatched(casePositive, usedCase),
    contradictions,
    absentAgreements,
  };
  return {
    ...lists,
    terms: { ...sumTerms(lists), alpha: options.alpha, beta: options.beta, kappa: options.kappa },
  };
}
