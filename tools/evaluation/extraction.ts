/**
 * Extraction quality against gold annotations. Pure.
 * - mentions, strict: same span and same concept; relaxed: overlapping spans, same concept
 * - assertion accuracy: over relaxed matches, the share with the gold assertion
 * - report level: (concept, assertion) pairs per report against the gold concept labels
 */
import type { Assertion } from '../../src/shared/core/assertion';
import { Prf, prf } from './prf';

interface GoldMention {
  start: number;
  end: number;
  conceptId: string;
  assertion: Assertion;
}

interface PredictedMention extends GoldMention {
  category: string;
}

export interface EvaluatedReport {
  gold: GoldMention[];
  predicted: PredictedMention[];
  goldConcepts: Record<string, Assertion>;
  predictedConcepts: Record<string, Assertion>;
}

export interface ExtractionScores {
  reports: number;
  strict: Prf;
  relaxed: Prf;
  assertionAccuracy: number;
  reportConcepts: Prf;
  /** Report-level F1 per concept (concept + assertion must both agree). */
  perConcept: Map<string, Prf>;
}

const overlaps = (a: GoldMention, b: GoldMention): boolean => a.start < b.end && b.start < a.end;

/** Greedy one-to-one matching so a prediction is credited once. */
function match(
  gold: GoldMention[],
  predicted: GoldMention[],
  same: (g: GoldMention, p: GoldMention) => boolean,
): [GoldMention, GoldMention][] {
  const used = new Set<number>();
  const pairs: [GoldMention, GoldMention][] = [];
  for (const g of gold) {
    const index = predicted.findIndex((p, i) => !used.has(i) && same(g, p));
    if (index >= 0) {
      used.add(index);
      pairs.push([g, predicted[index]]);
    }
  }
  return pairs;
}

export function evaluateExtraction(reports: EvaluatedReport[]): ExtractionScores {
  let [strictTp, relaxedTp, goldCount, predictedCount, assertionsRight] = [0, 0, 0, 0, 0];
  let [conceptTp, conceptFp, conceptFn] = [0, 0, 0];
  const perConcept = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (id: string, key: 'tp' | 'fp' | 'fn'): void => {
    const entry = perConcept.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    entry[key] += 1;
    perConcept.set(id, entry);
  };
  for (const report of reports) {
    goldCount += report.gold.length;
    predictedCount += report.predicted.length;
    strictTp += match(
      report.gold,
      report.predicted,
      (g, p) => g.start === p.start && g.end === p.end && g.conceptId === p.conceptId,
    ).length;
    const relaxed = match(report.gold, report.predicted, (g, p) => overlaps(g, p) && g.conceptId === p.conceptId);
    relaxedTp += relaxed.length;
    assertionsRight += relaxed.filter(([g, p]) => g.assertion === p.assertion).length;
    for (const [id, assertion] of Object.entries(report.goldConcepts)) {
      if (report.predictedConcepts[id] === assertion) {
        conceptTp += 1;
        bump(id, 'tp');
      } else {
        conceptFn += 1;
        bump(id, 'fn');
      }
    }
    for (const [id, assertion] of Object.entries(report.predictedConcepts)) {
      if (report.goldConcepts[id] !== assertion) {
        conceptFp += 1;
        bump(id, 'fp');
      }
    }
  }
  return {
    reports: reports.length,
    strict: prf(strictTp, predictedCount - strictTp, goldCount - strictTp),
    relaxed: prf(relaxedTp, predictedCount - relaxedTp, goldCount - relaxedTp),
    assertionAccuracy: relaxedTp === 0 ? 0 : assertionsRight / relaxedTp,
    reportConcepts: prf(conceptTp, conceptFp, conceptFn),
    perConcept: new Map([...perConcept].map(([id, c]) => [id, prf(c.tp, c.fp, c.fn)])),
  };
}
