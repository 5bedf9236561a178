/**
 * The TVERSKY / SYMMETRIC score of one stored report against a planned query, on integer
 * ids and without building an explanation. It mirrors weighted-measure.ts step by step:
 * contradictions and absent agreements in class order, candidate pairs sorted by the five
 * keys of docs/similarity.md step 4, the greedy walk, and the sums in sumTerms' order, so
 * the score is bit-equal to the reference's.
 */
import type { SimilarityOptions } from '../core/measure.types';
import { ABSENT, UNCERTAIN, type CorpusIndex } from './corpus-index';
import type { WeightedPlan } from './weighted-plan';

interface Pair {
  q: number;
  c: number;
  d: number;
  pw: number;
  lo: number;
  hi: number;
  qcls: number;
}

const comparePairs = (x: Pair, y: Pair): number =>
  x.d - y.d || (x.pw !== y.pw ? (y.pw > x.pw ? 1 : -1) : 0) || x.lo - y.lo || x.hi - y.hi || x.qcls - y.qcls;

export function weightedScore(corpus: CorpusIndex, plan: WeightedPlan, options: SimilarityOptions, r: number): number {
  const d = corpus.pool.data;
  const at = corpus.start(r);
  const n = d[at];
  const base = at + 3;
  const { units } = plan;
  const contradictedQ = new Uint8Array(units.length);
  const takenQ = new Uint8Array(units.length);
  const caseWeight = new Float64Array(n);
  const caseMatchable = new Uint8Array(n);
  const takenC = new Uint8Array(n);
  const agreements: number[] = [];
  let C = 0;
  for (let j = 0; j < n; j += 1) {
    const cls = d[base + 2 * j];
    const a = d[base + 2 * j + 1] & 3;
    const w = plan.classWeight(cls);
    caseWeight[j] = w * (a === UNCERTAIN ? options.uncertainFactor : 1);
    caseMatchable[j] = a === ABSENT ? 0 : 1;
    const qi = plan.unitOfClass.get(cls);
    if (qi === undefined) continue;
    const q = units[qi];
    if (q.positive !== (a !== ABSENT)) {
      C += q.positive ? q.weight : caseWeight[j];
      contradictedQ[qi] = 1;
      caseMatchable[j] = 0;
    } else if (!q.positive && options.absentBonus > 0) {
      agreements.push(options.absentBonus * q.classWeight);
    }
  }
  const pairs: Pair[] = [];
  const add = (qi: number, j: number, dist: number, ccls: number): void => {
    const q = units[qi];
    if (!q.positive || contradictedQ[qi]) return;
    const pw = Math.min(q.weight, caseWeight[j]);
    pairs.push({ q: qi, c: j, d: dist, pw, lo: Math.min(q.cls, ccls), hi: Math.max(q.cls, ccls), qcls: q.cls });
  };
  for (let j = 0; j < n; j += 1) {
    if (!caseMatchable[j]) continue;
    const cls = d[base + 2 * j];
    const same = plan.unitOfClass.get(cls);
    if (same !== undefined) add(same, j, 0, cls);
    const reached = plan.reach.get(cls);
    if (reached) for (let x = 0; x < reached.length; x += 2) add(reached[x], j, reached[x + 1], cls);
  }
  if (pairs.length > 1) pairs.sort(comparePairs);
  let I = 0;
  let a = 0;
  let b = 0;
  for (const p of pairs) {
    if (takenQ[p.q] || takenC[p.c]) continue;
    takenQ[p.q] = 1;
    takenC[p.c] = 1;
    const earned = plan.credit[p.d] * p.pw;
    I += earned;
    a += units[p.q].weight - earned;
    b += caseWeight[p.c] - earned;
  }
  for (const w of agreements) I += w;
  units.forEach((u, qi) => {
    if (u.positive && !contradictedQ[qi] && !takenQ[qi]) a += u.weight;
  });
  for (let j = 0; j < n; j += 1) if (caseMatchable[j] && !takenC[j]) b += caseWeight[j];
  const denominator =
    options.variant === 'SYMMETRIC'
      ? I + options.beta * (options.alpha * Math.min(a, b) + (1 - options.alpha) * Math.max(a, b)) + options.kappa * C
      : I + options.alpha * a + options.beta * b + options.kappa * C;
  return I / (denominator === 0 ? 1 : denominator);
}
