/**
 * The in-process BM25 index over report text (the hybrid measure's lexical part): Lucene's
 * english analyzer and BM25 mirrored (lexical/english-analyzer.ts, core/bm25.ts), so it
 * ranks as the full-text index `report_text` does, without a round trip. Keeps no text:
 * per term its postings (term-postings.ts: report and tf << 8 | length norm, sorted by
 * report), per report its one-byte length norm and the term ids of its own query (what
 * `bm25Query` makes of its text), so a stored report's neighbours need nothing from the
 * graph. Reports are the corpus index's numbers; a report put again replaces its postings
 * (re-ingest).
 */
import { bm25Idf, encodeLength, inverseNorms, termScore } from '../core/bm25';
import type { LexicalHit } from '../core/hybrid';
import { documentTerms, queryTerms } from '../lexical/english-analyzer';
import { compactPool, IntList } from './int-list';
import { TermPostings } from './term-postings';
import { TopK } from './top-k';

/** Lucene's tf is exact; a posting keeps 8 bits of it (reports never get near 255). */
const TF_MAX = 255;
const NONE = -1;
const HEADER = 3;

export class LexicalIndex {
  private readonly vocabulary = new Map<string, number>();
  private readonly postings: TermPostings[] = [];
  private norms = new Uint8Array(1024);
  /** Reports with at least one term, by norm: the norms a query's score tables need. */
  private readonly normCount = new Int32Array(256);
  /** Per report: its start in the pool ([nDocTerms, nQueryTerms, length, docTerm…, queryTerm…]), or NONE. */
  private readonly slot = new IntList(1024);
  private readonly pool = new IntList(1024);
  private garbage = 0;
  /** Per report: the score being summed for the current query (0 between queries). */
  private scores = new Float64Array(1024);
  /** Per term: how often the current query holds it (0 between queries). */
  private times = new Int32Array(64);
  /** One query term's score by posting cell, tf << 8 | norm. */
  private readonly table = new Float64Array(256 * 256);
  /** Documents with at least one term, and their total length (Lucene's docCount, sumTotalTermFreq). */
  documentCount = 0;
  totalLength = 0;

  /** Adds or replaces report r's text. */
  put(r: number, text: string): void {
    while (this.slot.size <= r) this.slot.push(NONE);
    if (this.slot.data[r] !== NONE) this.unlink(r);
    const counts = new Map<number, number>();
    const terms = documentTerms(text);
    for (const term of terms) {
      const t = this.termId(term);
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const query = queryTerms(text).map((term) => this.termId(term));
    const norm = encodeLength(terms.length);
    const at = this.pool.reserve(HEADER + counts.size + query.length);
    const d = this.pool.data;
    let w = at + HEADER;
    for (const [t, count] of counts) {
      d[w++] = t;
      this.postings[t].insert(r, Math.min(count, TF_MAX), norm);
    }
    for (const t of query) d[w++] = t;
    d[at] = counts.size;
    d[at + 1] = query.length;
    d[at + 2] = terms.length;
    this.pool.size = w;
    this.slot.data[r] = at;
    if (this.norms.length <= r) this.norms = grown(this.norms, r);
    this.norms[r] = norm;
    if (terms.length > 0) {
      this.documentCount += 1;
      this.normCount[norm] += 1;
    }
    this.totalLength += terms.length;
    if (this.garbage > 1 << 20 && this.garbage > this.pool.size / 2) this.compact();
  }

  /** The query terms of stored report r (empty for a report never put). */
  storedQuery(r: number): number[] {
    const at = r < this.slot.size ? this.slot.data[r] : NONE;
    if (at === NONE) return [];
    const d = this.pool.data;
    const start = at + HEADER + d[at];
    return Array.from(d.subarray(start, start + d[at + 1]));
  }

  /** The query terms of a text; terms no report has are left out (they score nothing). */
  textQuery(text: string): number[] {
    return queryTerms(text)
      .map((term) => this.vocabulary.get(term))
      .filter((t): t is number => t !== undefined);
  }

  /**
   * The `depth` best reports for the query terms (a repeated term counts with its multiplicity,
   * as Lucene's merged clause boost does), score desc then id asc, `exclude` left out. Each
   * report's sum adds its terms' scores in the order the terms first occur in the query.
   */
  neighbours(query: readonly number[], ids: readonly string[], exclude: number | null, depth: number): LexicalHit[] {
    if (this.documentCount === 0) return [];
    const { times } = this;
    const distinct: number[] = [];
    let postings = 0;
    for (const t of query) {
      if (times[t]++ > 0) continue;
      distinct.push(t);
      postings += this.postings[t].size;
    }
    if (this.scores.length < this.slot.size) this.scores = new Float64Array(Math.ceil(this.slot.size * 1.25));
    const inverse = inverseNorms(Math.fround(this.totalLength / this.documentCount));
    const [low, high] = this.normRange();
    for (const t of distinct) {
      const list = this.postings[t];
      const weight = Math.fround(times[t] * bm25Idf(this.documentCount, list.size));
      times[t] = 0;
      // A common term's scores by (tf, norm) are computed once, then looked up per posting:
      // termScore per posting was most of a query's time. A rare term (fewer postings than
      // the table's cells) is scored per posting.
      if (list.size > list.maxTf * (high - low + 1)) this.addTabulated(list, weight, inverse, low, high);
      else if (list.size > 0) this.addComputed(list, weight, inverse);
    }
    const { scores } = this;
    const top = new TopK(depth);
    const offer = (r: number): void => {
      const score = Math.fround(scores[r]);
      scores[r] = 0;
      if (r !== exclude && score >= top.threshold) top.offer(r, ids[r], score);
    };
    // Most queries touch most reports: then one pass over all of them; else the postings again
    // (a report offered is cleared, so one in several lists is offered once).
    if (postings >= this.slot.size) {
      for (let r = 0; r < this.slot.size; r += 1) if (scores[r] !== 0) offer(r);
    } else
      for (const t of distinct) {
        const { reports, size } = this.postings[t];
        for (let i = 0; i < size; i += 1) if (scores[reports[i]] !== 0) offer(reports[i]);
      }
    return top.items.map((item) => ({ reportId: item.id, score: item.score }));
  }

  /** The hot loop: one table read and one add per posting (termScore's values, exactly). */
  private addTabulated(list: TermPostings, weight: number, inverse: Float32Array, low: number, high: number): void {
    const { table, scores } = this;
    for (let tf = 1; tf <= list.maxTf; tf += 1)
      for (let z = low; z <= high; z += 1) table[(tf << 8) | z] = termScore(weight, tf, inverse[z]);
    const { reports, cells, size } = list;
    for (let i = 0; i < size; i += 1) scores[reports[i]] += table[cells[i]];
  }

  private addComputed(list: TermPostings, weight: number, inverse: Float32Array): void {
    const { scores } = this;
    const { reports, cells, size } = list;
    for (let i = 0; i < size; i += 1) scores[reports[i]] += termScore(weight, cells[i] >> 8, inverse[cells[i] & 255]);
  }

  /** The lowest and highest norm of a report with terms (the columns a score table needs). */
  private normRange(): [number, number] {
    let low = 0;
    let high = 255;
    while (low < 255 && this.normCount[low] === 0) low += 1;
    while (high > low && this.normCount[high] === 0) high -= 1;
    return [low, high];
  }

  /** Bytes held in typed arrays (postings, norms, pool, scratch); the vocabulary's strings come on top. */
  get bytes(): number {
    let total = this.norms.byteLength + this.slot.data.byteLength + this.pool.data.byteLength + this.scores.byteLength;
    total += this.times.byteLength + this.table.byteLength + this.normCount.byteLength;
    for (const list of this.postings) total += list.bytes;
    return total;
  }

  get termCount(): number {
    return this.vocabulary.size;
  }

  private termId(term: string): number {
    let t = this.vocabulary.get(term);
    if (t === undefined) {
      t = this.postings.length;
      this.vocabulary.set(term, t);
      this.postings.push(new TermPostings());
      if (this.times.length <= t) this.times = grown(this.times, t);
    }
    return t;
  }

  private unlink(r: number): void {
    const d = this.pool.data;
    const at = this.slot.data[r];
    for (let i = 0; i < d[at]; i += 1) this.postings[d[at + HEADER + i]].remove(r);
    if (d[at + 2] > 0) {
      this.documentCount -= 1;
      this.normCount[this.norms[r]] -= 1;
    }
    this.totalLength -= d[at + 2];
    this.garbage += HEADER + d[at] + d[at + 1];
    this.slot.data[r] = NONE;
  }

  /** Rewrites the pool without the slots that replaced reports left behind. */
  private compact(): void {
    compactPool(this.pool, this.slot, this.slot.size, this.garbage, (d, at) => HEADER + d[at] + d[at + 1]);
    this.garbage = 0;
  }
}

/** A copy of `array` with room for index i (×1.5), of the same element type. */
function grown<A extends Uint8Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(array: A, i: number): A {
  const next = new (array.constructor as new (length: number) => A)(Math.max(i + 1, Math.ceil(array.length * 1.5)));
  next.set(array);
  return next;
}
