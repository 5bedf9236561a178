/**
 * Hashed window features for the token tagger. The same code builds the feature ids at
 * training time and at ONNX inference; the `HashingConfig` is stored in the model's
 * metadata so that a model file carries everything needed to featurize text.
 *
 * Ids are 1 + (FNV-1a-32(feature string) mod (buckets - 1)); id 0 is padding and maps to a
 * zero embedding row.
 */
import { fnv1a32Utf16 } from '../../../shared/core/hash';
import { lexiconMarks, type LexiconMark } from './lexicon';
import type { Token } from './tokens';

export interface HashingConfig {
  /** Embedding rows, including the padding row 0. */
  readonly buckets: number;
  /** Context tokens on each side whose word (and shape) features are added. */
  readonly window: number;
  /** Character n-gram sizes of the centre token (with ^ and $ boundary marks). */
  readonly ngramMin: number;
  readonly ngramMax: number;
  /** Prefixes and suffixes of length 1..affixLength of the centre token. */
  readonly affixLength: number;
  /**
   * Unpositioned words of up to this many further tokens to the left of the window, not
   * crossing a clause boundary (. ; : ! ?) — carries negation/uncertainty cues such as
   * "no evidence of <two-word anatomy> <finding>" beyond the window.
   */
  readonly leftBag: number;
  /** Hard cap on features per token (long words are truncated deterministically). */
  readonly maxSlots: number;
  /** Word bigrams (previous|this, this|next). Absent in older models: off. */
  readonly bigrams?: boolean;
  /**
   * Abbreviations defined in the document ("Wiskott-Aldrich syndrome (WAS)"): every
   * occurrence of WAS gets the long form's last word and its suffix as features, so an
   * unseen abbreviation inherits what its definition says. Absent in older models: off.
   */
  readonly abbreviations?: boolean;
  /**
   * Lexicon terms (e.g. disease headings of an ontology): a token inside the longest matching
   * term gets `lex=B` or `lex=I`. Stored with the model, so inference marks text the same way.
   */
  readonly lexicon?: readonly string[];
}

export const HASH_ALGORITHM = 'fnv1a32-utf16-v1';

export const DEFAULT_HASHING: HashingConfig = {
  buckets: 1 << 16,
  window: 2,
  ngramMin: 3,
  ngramMax: 4,
  affixLength: 4,
  leftBag: 4,
  maxSlots: 64,
  bigrams: true,
  abbreviations: true,
};

function featureId(feature: string, buckets: number): number {
  return 1 + (fnv1a32Utf16(feature) % (buckets - 1));
}

/** Word shape with runs collapsed: "Effusion" → "Xx", "12.5" → "d.d", "T4" → "Xd". */
function wordShape(word: string): string {
  let shape = '';
  for (const ch of word) {
    const cls = /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (!shape.endsWith(cls)) shape += cls;
  }
  return shape;
}

function contextWord(tokens: readonly Token[], at: number): string {
  if (at < 0) return '<s>';
  if (at >= tokens.length) return '</s>';
  return tokens[at].text.toLowerCase();
}

function contextShape(tokens: readonly Token[], at: number): string {
  if (at < 0 || at >= tokens.length) return '<pad>';
  return wordShape(tokens[at].text);
}

/** Abbreviation → the last word of its long form, from "… long form ( ABBR )" in the text. */
export function abbreviationDefinitions(tokens: readonly Token[]): Map<string, string> {
  const defs = new Map<string, string>();
  for (let i = 1; i + 2 < tokens.length; i++) {
    const abbr = tokens[i + 1].text;
    if (tokens[i].text !== '(' || tokens[i + 2].text !== ')' || abbr.length > 10 || !/\p{Lu}/u.test(abbr)) continue;
    const before = tokens[i - 1].text;
    if (/\p{L}/u.test(before) && !defs.has(abbr)) defs.set(abbr, before.toLowerCase());
  }
  return defs;
}

/** Feature strings of token `i`, in a fixed order (so truncation is deterministic). */
export function tokenFeatures(
  tokens: readonly Token[],
  i: number,
  config: HashingConfig,
  abbreviations?: ReadonlyMap<string, string>,
  lexicon?: readonly LexiconMark[],
): string[] {
  const word = tokens[i].text.toLowerCase();
  const features = ['bias', `w0=${word}`, `s0=${contextShape(tokens, i)}`];
  const mark = lexicon?.[i] ?? null;
  if (mark !== null) features.push(`lex=${mark}`);
  const longForm = abbreviations?.get(tokens[i].text);
  if (longForm !== undefined) features.push(`ab=${longForm}`, `ab3=${longForm.slice(-3)}`);
  if (config.bigrams === true) features.push(`b-=${contextWord(tokens, i - 1)}|${word}`, `b+=${word}|${contextWord(tokens, i + 1)}`);
  for (let d = 1; d <= config.window; d++) {
    features.push(`w-${d}=${contextWord(tokens, i - d)}`, `w+${d}=${contextWord(tokens, i + d)}`);
    features.push(`s-${d}=${contextShape(tokens, i - d)}`, `s+${d}=${contextShape(tokens, i + d)}`);
  }
  const boundary = /^[.;:!?]$/;
  for (let at = i - config.window - 1; at >= 0 && at >= i - config.window - config.leftBag; at--) {
    if (boundary.test(tokens[at].text)) break;
    features.push(`L=${tokens[at].text.toLowerCase()}`);
  }
  for (let k = 1; k <= Math.min(config.affixLength, word.length); k++) {
    features.push(`p${k}=${word.slice(0, k)}`, `x${k}=${word.slice(word.length - k)}`);
  }
  const marked = `^${word}$`;
  for (let n = config.ngramMin; n <= config.ngramMax; n++) {
    for (let s = 0; s + n <= marked.length; s++) features.push(`g=${marked.slice(s, s + n)}`);
  }
  return features.slice(0, config.maxSlots);
}

/** Ragged feature ids of a token sequence: ids of token t are ids[offsets[t]..offsets[t+1]). */
export interface FeatureIds {
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
}

export function featurize(tokens: readonly Token[], config: HashingConfig): FeatureIds {
  const all: number[] = [];
  const offsets = new Int32Array(tokens.length + 1);
  const abbreviations = config.abbreviations === true ? abbreviationDefinitions(tokens) : undefined;
  const lexicon = config.lexicon !== undefined && config.lexicon.length > 0 ? lexiconMarks(tokens, config.lexicon) : undefined;
  for (let i = 0; i < tokens.length; i++) {
    for (const f of tokenFeatures(tokens, i, config, abbreviations, lexicon)) all.push(featureId(f, config.buckets));
    offsets[i + 1] = all.length;
  }
  return { ids: Int32Array.from(all), offsets };
}
