/**
 * One-to-one greedy matching of query units to case units. A global optimum (Hungarian)
 * cannot be written in Cypher; this greedy rule can, as a sort followed by a
 * `reduce` over the sorted pairs, so the Cypher port can mirror it exactly:
 *
 *   candidate pairs: every positive query unit × positive case unit of the same synonym
 *     class (distance 0) or related purely up / purely down within maxDepth;
 *   order: distance asc, pair weight min(wq, wc) desc, then the smaller of the two
 *     canonical ids asc, the larger asc, the query canonical id asc;
 *   walk: accept a pair when neither unit is taken yet.
 *
 * Distance first means identical concepts always pair with each other; the id keys are
 * symmetric in the two reports, so swapping query and case gives the same pairs.
 */
import type { IsaRelation, OntologyView } from './ontology-view';
import type { ReportUnit } from './report-units';
import type { MatchRelation } from './measure.types';

export interface WeightedUnit extends ReportUnit {
  /** Concept weight × assertion factor (uncertainFactor for UNCERTAIN). */
  weight: number;
}

export interface CandidatePair {
  query: WeightedUnit;
  case: WeightedUnit;
  relation: MatchRelation;
  distance: number;
  pairWeight: number;
}

const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

function relate(
  q: WeightedUnit,
  c: WeightedUnit,
  view: OntologyView,
  maxDepth: number,
): { relation: MatchRelation; distance: number } | null {
  if (q.canonical === c.canonical) return { relation: q.concept === c.concept ? 'EXACT' : 'SYNONYM', distance: 0 };
  if (maxDepth === 0) return null;
  const step = view.isaDistance(q.concept, c.concept, maxDepth);
  if (!step || step.distance < 1) return null;
  const relation: IsaRelation = step.relation;
  return { relation, distance: step.distance };
}

function comparePairs(x: CandidatePair, y: CandidatePair): number {
  if (x.distance !== y.distance) return x.distance - y.distance;
  if (x.pairWeight !== y.pairWeight) return y.pairWeight - x.pairWeight;
  const [xlo, xhi] = [x.query.canonical, x.case.canonical].sort(cmp);
  const [ylo, yhi] = [y.query.canonical, y.case.canonical].sort(cmp);
  return cmp(xlo, ylo) || cmp(xhi, yhi) || cmp(x.query.canonical, y.query.canonical);
}

/** Accepted pairs in acceptance order. */
export function greedyMatch(
  query: readonly WeightedUnit[],
  cases: readonly WeightedUnit[],
  view: OntologyView,
  maxDepth: number,
): CandidatePair[] {
  const candidates: CandidatePair[] = [];
  for (const q of query) {
    for (const c of cases) {
      const related = relate(q, c, view, maxDepth);
      if (related) candidates.push({ query: q, case: c, ...related, pairWeight: Math.min(q.weight, c.weight) });
    }
  }
  candidates.sort(comparePairs);
  const takenQuery = new Set<string>();
  const takenCase = new Set<string>();
  const accepted: CandidatePair[] = [];
  for (const pair of candidates) {
    if (takenQuery.has(pair.query.canonical) || takenCase.has(pair.case.canonical)) continue;
    takenQuery.add(pair.query.canonical);
    takenCase.add(pair.case.canonical);
    accepted.push(pair);
  }
  return accepted;
}
