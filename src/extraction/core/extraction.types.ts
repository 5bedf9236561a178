/**
 * Shapes shared by every extraction component. A `Doc` is threaded through the pipeline;
 * each component reads what earlier ones wrote and adds its own layer (medspaCy style).
 * All offsets are UTF-16 indices into the ORIGINAL report text, so callers can highlight.
 */
import type { Assertion } from '../../shared/core/assertion';

export type SectionName = 'FINDINGS' | 'IMPRESSION' | 'INDICATION' | 'COMPARISON' | 'TECHNIQUE' | 'OTHER' | 'NONE';

export type Category = 'OBS' | 'ANAT';
export type TokenKind = 'word' | 'number' | 'punct' | 'deid';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Lowercased surface form; what trigger rules are matched against. */
  lower: string;
}

export interface Section {
  name: SectionName;
  /** Body span (after the header), offsets into the original text. */
  start: number;
  end: number;
  header?: { start: number; end: number; text: string };
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [tokenStart, tokenEnd) into Doc.tokens. */
  tokenStart: number;
  tokenEnd: number;
  section: SectionName;
}

export interface Modifiers {
  laterality: string[];
  severity: string[];
  location: string[];
  size: string[];
}

/** What the GraphQL / ingest layer consumes. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  conceptId: string;
  conceptName?: string;
  category: Category;
  assertion: Assertion;
  section: SectionName;
  /** 'RULES' for dictionary matches; tagger spans carry their own source; agreement joins both with '+'. */
  source: string;
  /** 1 for exact dictionary matches, the fuzzy score for near misses, the tagger's for tagger spans. */
  confidence: number;
  /** Flat form, e.g. ["laterality:right", "severity:small"]. */
  modifiers: string[];
  modifierDetail: Modifiers;
  /** False when the mention sits in a section that does not assert findings (kept only with sectionPolicy 'flag'). */
  countsAsFinding: boolean;
  /**
   * True for a normal statement ("lungs are clear") and for anatomy named only in one ("the
   * heart is normal in size"); absent otherwise. Similarity may weigh these apart (normals.ts).
   */
  normal?: boolean;
}

/** A mention while the pipeline works on it: token indices and linking facts ride along. */
export interface Target extends Mention {
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  semanticTypes: string[];
  /** Index (in Doc.targets) of the observation this ANAT target locates, if any. */
  locates?: number;
}

/** A span proposed by a learned tagger (the ONNX runtime lives elsewhere). */
export interface TaggerSpan {
  start: number;
  end: number;
  category: Category;
  assertion?: Assertion;
  conceptId?: string;
  confidence: number;
  source: string;
}

export interface Doc {
  text: string;
  sections: Section[];
  tokens: Token[];
  sentences: Sentence[];
  targets: Target[];
  taggerSpans: TaggerSpan[];
}

export interface Component {
  name: string;
  run(doc: Doc): Doc;
}
