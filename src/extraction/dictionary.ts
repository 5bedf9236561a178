/**
 * The concept dictionary: plain records from the graph compiled into a word trie (for
 * longest match over token sequences) plus a trigram index over the trie's vocabulary
 * (for near misses). Everything is precomputed here, once; matching a report only walks
 * the trie from each position. Matching itself lives in matcher.ts.
 */
import stop from './rules/stopwords.json';
import { categoryOf, typeRank } from './categories';
import { DEFAULT_FUZZY, TrigramIndex, type FuzzyOptions } from './fuzzy';
import { variantCandidates } from './lexical-variants';
import { normWord } from './normalize';
import { tokenize, hyphenJoined } from './tokenize';
import type { Category } from './types';

export interface DictionaryRecord {
  conceptId: string;
  term: string;
  semanticTypes: string[];
  preferred: boolean;
}

export interface Entry {
  conceptId: string;
  term: string;
  semanticTypes: string[];
  category: Category;
  rank: number;
  preferred: boolean;
  /** Short all-caps abbreviations ("PTX", "RLL") match only this exact surface form. */
  caseSensitive?: string;
}

export interface TrieNode {
  next?: Map<string, TrieNode>;
  entries?: Entry[];
}

export interface DictionaryOptions {
  fuzzy?: Partial<FuzzyOptions> | false;
  /** Extra words never fuzzy-matched (the pipeline adds trigger and modifier words). */
  protectedWords?: Iterable<string>;
}

/** Shorter words are left alone: their lemmas and derivations are too ambiguous. */
const MIN_VARIANT_LENGTH = 5;
const ABBREVIATION_RE = /^[A-Z][A-Z0-9]{1,5}$/;

/** Normalised word keys of a term; hyphenated pairs also yield a joined variant. */
export function termKeys(term: string): string[][] {
  const cleaned = term.replace(/\s*[([][^)\]]*[)\]]\s*$/, ''); // "Effusion (disorder)" -> "Effusion"
  const all = tokenize(cleaned);
  const words = all.filter((t) => t.kind === 'word' || t.kind === 'number').map((t) => normWord(t.text));
  const variants = [words];
  all.forEach((t, i) => {
    if (!hyphenJoined(all, i)) return;
    const a = normWord(t.text);
    const b = normWord((all[i + 2] as { text: string }).text);
    const joined = normWord(t.text + (all[i + 2] as { text: string }).text);
    for (const v of [...variants]) {
      const at = v.findIndex((w, k) => w === a && v[k + 1] === b);
      if (at >= 0 && variants.length < 8) variants.push([...v.slice(0, at), joined, ...v.slice(at + 2)]);
    }
  });
  return variants.filter((v) => v.length > 0);
}

export class Dictionary {
  readonly root = new Map<string, TrieNode>();
  readonly vocabulary = new Set<string>();
  readonly names = new Map<string, string>();
  readonly neverAlone: ReadonlySet<string> = new Set(stop.neverAlone);
  readonly noFuzzy: Set<string>;
  readonly fuzzy: TrigramIndex | null;
  readonly fuzzyMinLength: number;
  private readonly variants = new Map<string, string[]>();

  constructor(records: Iterable<DictionaryRecord>, options: DictionaryOptions = {}) {
    this.noFuzzy = new Set([...stop.noFuzzy, ...(options.protectedWords ?? [])].map((w) => normWord(w)));
    for (const r of records) this.add(r);
    for (const node of this.nodes()) node.entries?.sort(compareEntries);
    const fuzzyOpts = options.fuzzy === false ? null : { ...DEFAULT_FUZZY, ...(options.fuzzy ?? {}) };
    this.fuzzyMinLength = fuzzyOpts?.minLength ?? Infinity;
    this.fuzzy = fuzzyOpts ? new TrigramIndex(this.vocabulary, fuzzyOpts) : null;
  }

  private add(r: DictionaryRecord): void {
    const category = categoryOf(r.semanticTypes);
    const term = r.term.trim();
    if (category === null || term.length < 2) return;
    if (r.preferred || !this.names.has(r.conceptId)) this.names.set(r.conceptId, term);
    const entry: Entry = {
      conceptId: r.conceptId, term, semanticTypes: r.semanticTypes, category,
      rank: typeRank(r.semanticTypes), preferred: r.preferred,
      ...(ABBREVIATION_RE.test(term) ? { caseSensitive: term } : {}),
    };
    for (const keys of termKeys(term)) {
      if (keys.every((k) => /^\d/.test(k))) continue; // numbers alone are never concepts
      let level = this.root;
      let node: TrieNode | undefined;
      for (const k of keys) {
        if (!entry.caseSensitive) this.vocabulary.add(k);
        node = level.get(k);
        if (!node) level.set(k, (node = {}));
        level = node.next ??= new Map();
      }
      if (!node) continue;
      if (!node.entries) node.entries = [];
      if (!node.entries.some((e) => e.conceptId === entry.conceptId && e.caseSensitive === entry.caseSensitive)) node.entries.push(entry);
    }
  }

  private *nodes(level: Map<string, TrieNode> = this.root): Generator<TrieNode> {
    for (const node of level.values()) {
      yield node;
      if (node.next) yield* this.nodes(node.next);
    }
  }

  /**
   * Dictionary words that are lexical variants of a report word ("scoliotic" -> "scoliosis",
   * "levoscoliosis" -> "scoliosis", "scarring" -> "scar"), or two of them for a split
   * compound ("dextrocurvature" -> "dextro curvature"); empty for most words. Cached.
   */
  variantsOf(norm: string): readonly string[] {
    let v = this.variants.get(norm);
    if (v !== undefined) return v;
    v = norm.length < MIN_VARIANT_LENGTH || !/^[a-z]+$/.test(norm)
      ? []
      : [...new Set(variantCandidates(norm).map((w) => w.split(' ').map(normWord).join(' ')))]
        .filter((w) => w !== norm && w.split(' ').every((x) => this.vocabulary.has(x)));
    if (this.variants.size > 100_000) this.variants.clear();
    this.variants.set(norm, v);
    return v;
  }

  /** Fuzzy neighbour of an out-of-vocabulary word, or null when it is ineligible. */
  nearMiss(raw: string, norm: string): { word: string; score: number } | null {
    if (!this.fuzzy || raw.length < this.fuzzyMinLength || this.vocabulary.has(norm)) return null;
    if (this.noFuzzy.has(norm) || (raw.length <= 6 && raw === raw.toUpperCase()) || !/^[a-z]+$/.test(norm)) return null;
    return this.fuzzy.lookup(norm);
  }
}

function compareEntries(a: Entry, b: Entry): number {
  return a.rank - b.rank || Number(b.preferred) - Number(a.preferred) || (a.conceptId < b.conceptId ? -1 : a.conceptId > b.conceptId ? 1 : 0);
}
