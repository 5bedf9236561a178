/**
 * Concept-level assertions for a whole report. One concept mentioned several times gets
 * one assertion by precedence. Default PRESENT > UNCERTAIN > ABSENT: a finding affirmed
 * anywhere in the report is present ("small left effusion" in FINDINGS beats "no new
 * effusion" in IMPRESSION, which is what "no new" means), and a hedge says more than a
 * denial. The paper's label rule (absent > present > uncertain, method.md §7) is exported
 * as PAPER_LABEL_PRECEDENCE for callers reproducing it. Mentions that do not count as
 * findings (non-asserting sections) are ignored.
 */
import type { Assertion } from '../../shared/core/assertion';
import type { Category, Mention } from './extraction.types';

const DEFAULT_PRECEDENCE: readonly Assertion[] = ['PRESENT', 'UNCERTAIN', 'ABSENT'];
export const PAPER_LABEL_PRECEDENCE: readonly Assertion[] = ['ABSENT', 'PRESENT', 'UNCERTAIN'];

export interface ConceptAssertion {
  conceptId: string;
  conceptName?: string;
  category: Category;
  assertion: Assertion;
  /** Highest confidence among the mentions carrying the winning assertion. */
  confidence: number;
  mentionCount: number;
  /** Every mention of the concept is a normal statement or anatomy named only in one (normals.ts). */
  normal: boolean;
}

export function reportConceptAssertions(
  mentions: readonly Mention[],
  precedence: readonly Assertion[] = DEFAULT_PRECEDENCE,
): ConceptAssertion[] {
  const rank = (a: Assertion): number => precedence.indexOf(a);
  const out = new Map<string, ConceptAssertion>();
  for (const m of mentions) {
    if (!m.countsAsFinding) continue;
    const cur = out.get(m.conceptId);
    if (!cur) {
      out.set(m.conceptId, {
        conceptId: m.conceptId,
        category: m.category,
        assertion: m.assertion,
        confidence: m.confidence,
        mentionCount: 1,
        normal: m.normal === true,
        ...(m.conceptName ? { conceptName: m.conceptName } : {}),
      });
      continue;
    }
    cur.mentionCount++;
    cur.normal = cur.normal && m.normal === true;
    if (rank(m.assertion) < rank(cur.assertion)) {
      cur.assertion = m.assertion;
      cur.confidence = m.confidence;
    } else if (m.assertion === cur.assertion) cur.confidence = Math.max(cur.confidence, m.confidence);
  }
  return [...out.values()];
}
