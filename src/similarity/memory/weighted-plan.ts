/**
 * One query's precomputation for TVERSKY / SYMMETRIC: its units with weights, each
 * positive unit's within-maxDepth neighbourhood, and the per-class weight function, all
 * computed in the reference's order of multiplications (weights.ts) so scores are bit-equal.
 */
import { toUnits } from '../core/report-units';
import type { ReportConcepts, SimilarityOptions } from '../core/measure.types';
import type { CorpusIndex } from './corpus-index';

interface QueryUnit {
  /** Class index, or -1 for an id outside the ontology (weight 0, matches nothing). */
  cls: number;
  positive: boolean;
  /** Unit weight: w(class) × uncertainFactor when UNCERTAIN. */
  weight: number;
  /** w(class), for absent agreements. */
  classWeight: number;
}

export interface WeightedPlan {
  units: QueryUnit[];
  /** Query unit of each class the query mentions. */
  unitOfClass: Map<number, number>;
  /** Class → [query unit, distance ≥ 1] pairs reaching it (positive query units only). */
  reach: Map<number, number[]>;
  classWeight(cls: number): number;
  /** credit[d] = exp(−decay·d). */
  credit: Float64Array;
  /** Σ positive query unit weights. */
  positiveWeight: number;
}

function focusFactors(corpus: CorpusIndex, options: SimilarityOptions): Map<number, number> {
  const o = corpus.ontology;
  const factor = new Map<number, number>();
  for (const focus of options.focusConcepts) {
    const at = o.conceptIndex(focus.id);
    if (at === undefined) continue;
    const cls = o.classOf[at];
    for (const under of [cls, ...o.walk(cls, 'down', Infinity).keys()]) {
      factor.set(under, Math.max(factor.get(under) ?? 0, focus.weight));
    }
  }
  return factor;
}

function makeClassWeight(corpus: CorpusIndex, options: SimilarityOptions): (cls: number) => number {
  const focus = options.focusConcepts.length > 0 ? focusFactors(corpus, options) : null;
  const cache = new Map<number, number>();
  const n = corpus.size;
  return (cls) => {
    let weight = cache.get(cls);
    if (weight !== undefined) return weight;
    weight = 0;
    for (const tui of corpus.ontology.classTuis[cls] as string[]) weight = Math.max(weight, options.semanticTypeWeights[tui] ?? 0);
    if (options.useIdf) weight *= Math.log((1 + n) / (1 + corpus.documentFrequency[cls])) + 1;
    weight *= focus?.get(cls) ?? 1;
    cache.set(cls, weight);
    return weight;
  };
}

export function planWeighted(query: ReportConcepts, corpus: CorpusIndex, options: SimilarityOptions): WeightedPlan {
  const o = corpus.ontology;
  const classWeight = makeClassWeight(corpus, options);
  const units: QueryUnit[] = toUnits(query, o).map((u) => {
    const at = o.conceptIndex(u.canonical);
    const cls = at === undefined ? -1 : o.classOf[at];
    const w = cls < 0 ? 0 : classWeight(cls);
    return {
      cls,
      positive: u.assertion !== 'ABSENT',
      weight: w * (u.assertion === 'UNCERTAIN' ? options.uncertainFactor : 1),
      classWeight: w,
    };
  });
  const unitOfClass = new Map<number, number>();
  const reach = new Map<number, number[]>();
  let positiveWeight = 0;
  units.forEach((u, qi) => {
    if (u.cls < 0) return;
    unitOfClass.set(u.cls, qi);
    if (!u.positive) return;
    positiveWeight += u.weight;
    for (const [cls, step] of o.reach(u.cls, options.maxDepth)) {
      const list = reach.get(cls) ?? [];
      list.push(qi, step.distance);
      reach.set(cls, list);
    }
  });
  const credit = Float64Array.from({ length: options.maxDepth + 1 }, (_, d) => Math.exp(-options.decay * d));
  return { units, unitOfClass, reach, classWeight, credit, positiveWeight };
}
