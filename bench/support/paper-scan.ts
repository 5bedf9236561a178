/**
 * The yardstick of bench:similar: the paper's flat measure (method note §1.5, PAPER
 * variant) as a brute-force scan over every stored report, written the plain way (sets of
 * concept ids, one pass per report, no index), as the Python scan of issue 12 was.
 */
import type { ReportConcepts } from '../../src/similarity/core';
import type { OntologyView } from '../../src/similarity/core/ontology-view';
import { ownTypeWeight } from '../../src/similarity/core/weights';

export interface ScanHit {
  id: string;
  score: number;
}

/** The top k (score > 0, desc, then id asc) of the paper's S over `reports`, skipping `excludeId`. */
export function paperScan(
  query: ReportConcepts,
  reports: readonly ReportConcepts[],
  view: OntologyView,
  typeWeights: Readonly<Record<string, number>>,
  k: number,
  excludeId?: string,
): ScanHit[] {
  const weights = new Map<string, number>();
  const w = (id: string): number => {
    let x = weights.get(id);
    if (x === undefined) weights.set(id, (x = ownTypeWeight(id, view, typeWeights)));
    return x;
  };
  const T = new Set(query.present);
  const N = new Set(query.absent);
  let C = 0;
  for (const t of T) if (N.has(t)) C += w(t);
  const top: ScanHit[] = [];
  for (const report of reports) {
    if (report.id === excludeId) continue;
    const R = new Set(report.present);
    let I = 0;
    let caseSide = 0; // w(R \ T')
    for (const r of R) {
      if (T.has(r)) I += w(r);
      else if (!view.synonymsOf(r).some((s) => T.has(s))) caseSide += w(r);
    }
    let querySide = 0; // w(T' \ R) = w(T \ R)
    for (const t of T) if (!R.has(t)) querySide += w(t);
    const denominator = I + 0.5 * Math.min(caseSide, querySide) + 0.5 * Math.max(caseSide, querySide) + C;
    const score = I / (denominator === 0 ? 1 : denominator);
    if (score > 0) offer(top, k, { id: report.id, score });
  }
  return top;
}

function offer(top: ScanHit[], k: number, hit: ScanHit): void {
  const before = (x: ScanHit): boolean => hit.score > x.score || (hit.score === x.score && hit.id < x.id);
  if (top.length >= k && !before(top[k - 1])) return;
  let at = top.length;
  while (at > 0 && before(top[at - 1])) at -= 1;
  top.splice(at, 0, hit);
  if (top.length > k) top.pop();
}
