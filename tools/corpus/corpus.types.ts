/** Plain-data shapes of the synthetic report corpus (serialisable; no behaviour). */
import type { Assertion } from '../../src/shared/core/assertion';
import type { LabelSet } from '../../src/labels';

/** RadGraph-style entity labels: anatomy is always definitely present; observations carry the assertion. */
export type SpanLabel = 'ANAT-DP' | 'OBS-DP' | 'OBS-U' | 'OBS-DA';

export interface GoldSpan {
  start: number;
  end: number;
  label: SpanLabel;
  conceptId: string;
  assertion: Assertion;
  /** The text as it stands in the report (typos and capitals included); equals text.slice(start, end). */
  text: string;
}

export type SectionName =
  | 'EXAMINATION'
  | 'INDICATION'
  | 'TECHNIQUE'
  | 'COMPARISON'
  | 'FINDINGS'
  | 'IMPRESSION'
  /** The whole report when it has no headers. */
  | 'BODY';

/** Sections whose mentions are annotated; the others (indication, comparison, ...) never are. */
export const ANNOTATED_SECTIONS: ReadonlySet<SectionName> = new Set(['FINDINGS', 'IMPRESSION', 'BODY']);

export interface SectionSpan {
  name: SectionName;
  /** Offsets of the section body (after its header) in the report text. */
  start: number;
  end: number;
}

interface CorpusMetadata {
  patientId: string;
  studyId: string;
  studyDate: string;
  modality: 'CR' | 'DX';
}

/** Language patterns a report exercises, counted so tests can check coverage (not exported to files). */
export type PatternFamily =
  | 'normal'
  | 'negatedList'
  | 'longNegatedList'
  | 'postNegation'
  | 'hedge'
  | 'resolved'
  | 'comparison'
  | 'pseudoNegation'
  | 'typo'
  | 'numberedImpression'
  | 'noHeader'
  | 'allCaps'
  | 'deidXXXX'
  | 'deidUnderscore'
  | 'device'
  | 'size'
  | 'multiFinding'
  | 'predicate';

export interface GeneratedReport {
  id: string;
  text: string;
  /** The FINDINGS body ('' when absent); for a header-less report, the whole text. */
  findings: string;
  impression: string;
  sections: SectionSpan[];
  metadata: CorpusMetadata;
  /** Concept-level gold, observations only: PRESENT > UNCERTAIN > ABSENT when a concept recurs. */
  labels: Record<string, Assertion>;
  /** POSITIVE label names over all label sets (see docs/corpus.md for "No Finding"). */
  goldLabelNames: string[];
  /** POSITIVE label names per label set, by set name. */
  goldLabelsBySet: Record<string, string[]>;
  spans: GoldSpan[];
  /** How often each pattern family occurs in this report. */
  patterns: Partial<Record<PatternFamily, number>>;
}

/** What the generator needs from the ontology: strings, is-a parents, label sets. Parsed by the CLI. */
export interface CorpusVocabulary {
  /** Concept id → its strings (MRCONSO STR, as written). */
  strings: ReadonlyMap<string, readonly string[]>;
  /** Concept id → is-a parents (MRREL PAR rows). */
  parents: ReadonlyMap<string, readonly string[]>;
  /** Concept id → semantic type ids (MRSTY). */
  semanticTypes: ReadonlyMap<string, readonly string[]>;
  labelSets: readonly LabelSet[];
}

export interface GenerateOptions {
  count: number;
  seed: number;
  /** First report index (default 0): report i is the same whatever the count. */
  offset?: number;
}
