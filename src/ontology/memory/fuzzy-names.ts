/**
 * The fuzzy part of `searchConcepts` in process: the twin of the graph's full-text query
 * `fuzzyNameQuery(text)` on the `name_text` index (cypher/concept-search.cypher). As Lucene
 * runs it: names analysed by `standard-no-stop-words` (StandardTokenizer, lower case); every
 * query term required (AND); a term of ≥ 4 characters is a FuzzyQuery with Lucene's defaults
 * (Damerau–Levenshtein ≤ 1 on the whole term as typed, lower-cased, no prefix, at most 50
 * expansions, the closest first), a shorter one the analysed term(s) exactly; names scored by
 * Lucene's BM25 (k1 1.2, b 0.75, no (k1 + 1) factor) with each expansion boosted by
 * 1 − edits / min(lengths) and the expansions' document frequencies blended to their maximum;
 * the best `candidates` names kept. Pure.
 */
import { standardTokens } from '../../shared/core/standard-tokenizer';
import { FUZZY_MIN_LENGTH, fuzzyTerms } from '../lucene';

const MAX_EXPANSIONS = 50;
const K1 = 1.2;
const B = 0.75;

/** Whether a and b (code points) are within one insertion, deletion, substitution or swap of adjacent characters; the count, or -1. */
export function editsWithinOne(a: readonly string[], b: readonly string[]): number {
  if (Math.abs(a.length - b.length) > 1) return -1;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (i === a.length && i === b.length) return 0;
  const rest = (x: number, y: number): boolean => {
    if (a.length - x !== b.length - y) return false;
    for (; x < a.length; x += 1, y += 1) if (a[x] !== b[y]) return false;
    return true;
  };
  if (a.length === b.length) return rest(i + 1, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2)) ? 1 : -1;
  return (a.length > b.length ? rest(i + 1, i) : rest(i, i + 1)) ? 1 : -1;
}

/** Lucene's BM25 idf. */
const idf = (df: number, docs: number): number => Math.log(1 + (docs - df + 0.5) / (df + 0.5));

/** A required clause: term id → its weight (boost × idf); a name matches when it has one of the terms. */
type Clause = Map<number, number>;

export class FuzzyNames {
  private readonly termIds = new Map<string, number>();
  /** Per term id: its code points (fuzzy expansion), and the names having it (repeats: term frequency) at postings[start[t]..start[t + 1]). */
  private readonly terms: string[][] = [];
  /** Per term id: the term as text (to order expansions). */
  private readonly termTexts: string[] = [];
  /** Per term id: how many names have it (document frequency), counted once at build. */
  private readonly dfs: Int32Array;
  private readonly start: Int32Array;
  private readonly postings: Int32Array;
  /** Term ids by length in code points. */
  private readonly byLength: number[][] = [];
  private readonly lengths: Int32Array;
  private readonly averageLength: number;
  /** Names with at least one token (Lucene's docCount: a name without one has no field). */
  private readonly documents: number;

  constructor(texts: readonly string[]) {
    this.lengths = new Int32Array(texts.length);
    const pairs: number[] = []; // term, name, term, name, … in name order
    texts.forEach((text, name) => {
      for (const token of standardTokens(text)) {
        const term = token.toLowerCase();
        let id = this.termIds.get(term);
        if (id === undefined) {
          id = this.terms.length;
          this.termIds.set(term, id);
          const points = [...term];
          this.terms.push(points);
          this.termTexts.push(term);
          (this.byLength[points.length] ??= []).push(id);
        }
        pairs.push(id, name);
        this.lengths[name] += 1;
      }
    });
    this.start = new Int32Array(this.terms.length + 1);
    for (let i = 0; i < pairs.length; i += 2) this.start[pairs[i] + 1] += 1;
    for (let t = 0; t < this.terms.length; t += 1) this.start[t + 1] += this.start[t];
    const fill = this.start.slice(0, this.terms.length);
    this.postings = new Int32Array(pairs.length / 2);
    for (let i = 0; i < pairs.length; i += 2) this.postings[fill[pairs[i]]++] = pairs[i + 1];
    // Postings are in name order, so a term's documents are its runs of equal names.
    this.dfs = new Int32Array(this.terms.length);
    for (let t = 0; t < this.terms.length; t += 1)
      for (let i = this.start[t]; i < this.start[t + 1]; i += 1)
        if (i === this.start[t] || this.postings[i] !== this.postings[i - 1]) this.dfs[t] += 1;
    this.documents = this.lengths.filter((n) => n > 0).length;
    this.averageLength = this.documents === 0 ? 1 : pairs.length / 2 / this.documents;
  }

  /** The best `candidates` names (their positions) for the query text with their Lucene scores, best first, ties by position. */
  search(text: string, candidates: number): { name: number; score: number }[] {
    const clauses = fuzzyTerms(text)
      .map((term) => (term.length >= FUZZY_MIN_LENGTH ? this.fuzzyClause(term) : this.exactClause(term)))
      .filter((clause): clause is Clause => clause !== null);
    if (clauses.length === 0) return [];
    // Names having a term of every clause, from the clause with the fewest.
    const sums = new Map<number, number>();
    clauses.forEach((clause, c) => {
      const matched = new Map<number, number>();
      for (const [term, weight] of clause) {
        for (let i = this.start[term]; i < this.start[term + 1];) {
          const name = this.postings[i];
          let tf = 0;
          for (; i < this.start[term + 1] && this.postings[i] === name; i += 1) tf += 1;
          if (c > 0 && !sums.has(name)) continue;
          const norm = K1 * (1 - B + (B * this.lengths[name]) / this.averageLength);
          matched.set(name, (matched.get(name) ?? 0) + weight * (tf / (tf + norm)));
        }
      }
      for (const name of [...sums.keys()]) if (!matched.has(name)) sums.delete(name);
      for (const [name, score] of matched) sums.set(name, (sums.get(name) ?? 0) + score);
    });
    return [...sums]
      .map(([name, score]) => ({ name, score }))
      .sort((x, y) => y.score - x.score || x.name - y.name)
      .slice(0, candidates);
  }

  /** A short word: its analysed token(s), any of them (the query parser's OR of a word's tokens); null when it has none. */
  private exactClause(term: string): Clause | null {
    const ids = [...standardTokens(term)].map((token) => this.termIds.get(token.toLowerCase()));
    if (ids.length === 0) return null;
    const known = ids.filter((id): id is number => id !== undefined);
    return new Map(known.map((id) => [id, idf(this.dfs[id], this.documents)]));
  }

  /** A long word: the index terms within one edit, the 50 closest (boost desc, then term order), df blended to the max. */
  private fuzzyClause(term: string): Clause {
    const query = [...term];
    const found: { id: number; boost: number }[] = [];
    for (let length = query.length - 1; length <= query.length + 1; length += 1) {
      for (const id of this.byLength[length] ?? []) {
        const edits = editsWithinOne(query, this.terms[id]);
        if (edits >= 0) found.push({ id, boost: edits === 0 ? 1 : 1 - edits / Math.min(query.length, length) });
      }
    }
    const kept = found
      .sort((x, y) => y.boost - x.boost || codeUnitCompare(this.termTexts[x.id], this.termTexts[y.id]))
      .slice(0, MAX_EXPANSIONS);
    const blended = idf(Math.max(0, ...kept.map(({ id }) => this.dfs[id])), this.documents);
    return new Map(kept.map(({ id, boost }) => [id, boost * blended]));
  }
}

const codeUnitCompare = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
