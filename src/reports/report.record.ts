/**
 * Reports as stored. The graph keeps one MENTIONS edge per (report, concept) carrying the
 * concept-level assertion — what similarity, labels and counts query — while the mentions
 * themselves (spans, modifiers, sources) and the gold spans are JSON on the report node:
 * read whole with the report, never queried piecemeal.
 */
import type { Assertion } from '../shared/core/assertion';
import type { Mention } from '../extraction/core/extraction.types';

/** A mention as stored: the extraction output without its working detail. */
export type StoredMention = Pick<
  Mention,
  'start' | 'end' | 'text' | 'conceptId' | 'category' | 'assertion' | 'section' | 'source' | 'confidence' | 'modifiers' | 'normal'
>;

export interface ReportSection {
  name: string;
  start: number;
  end: number;
}

export interface ReportMetadata {
  patientId?: string | null;
  studyId?: string | null;
  studyDate?: string | null;
  modality?: string | null;
}

interface ConceptAssertion {
  conceptId: string;
  assertion: Assertion;
  count: number;
  /** Only named in normal statements ("the heart is normal in size"): stored on the MENTIONS edge when true. */
  normal?: boolean;
}

export interface StoredReport extends ReportMetadata {
  id: string;
  text: string;
  sections: ReportSection[];
  mentions: StoredMention[];
  /** One per concept: the report-level assertion (see docs/extraction.md for the precedence). */
  concepts: ConceptAssertion[];
}

export interface GoldSpan {
  start: number;
  end: number;
  label: string;
}
