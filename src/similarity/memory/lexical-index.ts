/**
 * The in-process BM25 index over report text (the hybrid measure's lexical part): Lucene's
 * english analyzer and BM25 mirrored (lexical/english-analyzer.ts, core/bm25.ts), so it
 * ranks as the full-text index `report_text` does, without a round trip. Keeps no text:
 * per term a posting list `report << 8 | tf` sorted by report (and the largest tf it held), per report its one-byte
 * length norm and the term ids of its own query (what `bm25Query` makes of its text), so a
 * stored report's neighbours need nothing from the graph. Reports are the corpus index's
 * numbers; a report put again replaces its postings (re-ingest).
 */
import { bm25Idf, encodeLength, inverseNorms, termScore } from '../core/bm25';
import type { LexicalHit } from '../core/hybrid';
import { documentTerms, queryTerms } from '../lexical/english-analyzer';
import { compactPool, IntList } from './int-list';
import { TopK } from './top-k';

/** Posting entry: report << TF_BITS | tf (capped at 255: Lucene's tf is exact, reports never get there). */
const TF_BITS = 8;
const TF_MAX = (1 << TF_BITS) - 1;
const NONE = -1;
const HEADER = 3;

export class LexicalIndex {
  private readonly vocabulary = new Map<string, number>();
  private readonly postings: IntList[] = [];
  private norms = new Uint8Array(1024);
  /** Per report: its start in the pool ([nDocTerms, nQueryTerms, length, docTerm…, queryTerm…]), or NONE. */
  private readonly slot = new IntList(1024);
  private readonly pool = new IntList(1024);
  private garbage = 0;
  /** Per report: the score being summed for the current query (0 between queries). */
  private scores = new Float64Array(1024);
  private readonly touched = new IntList(1024);
  /** One query term's score by tf << 8 | norm. */
  private readonly table = new Float64Array(256 * 256);
  /** Per term: the largest tf it was ever stored with (the rows of `table` a query fills). */
  private maxTf = new Uint8Array(64);
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
    const at = this.pool.reserve(HEADER + counts.size + query.length);
    const d = this.pool.data;
    let w = at + HEADER;
    for (const [t, count] of counts) {
      const tf = Math.min(count, TF_MAX);
      d[w++] = t;
      this.postings[t].insertSorted((r << TF_BITS) | tf);
      this.maxTf[t] = Math.max(this.maxTf[t], tf);
    }
    for (const t of query) d[w++] = t;
    d[at] = counts.size;
    d[at + 1] = query.length;
    d[at + 2] = terms.length;
    this.pool.size = w;
    this.slot.data[r] = at;
    if (this.norms.length <= r) this.norms = grown(this.norms, r);
    this.norms[r] = encodeLength(terms.length);
    if (terms.length > 0) this.documentCount += 1;
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
   * as Lucene's merged clause boost does), score desc then id asc, `exclude` left out.
   */
  neighbours(query: readonly number[], ids: readonly string[], exclude: number | null, depth: number): LexicalHit[] {
    if (this.documentCount === 0) return [];
    const boost = new Map<number, number>();
    let postings = 0;
    for (const t of query) {
      if (!boost.has(t)) postings += this.postings[t].size;
      boost.set(t, (boost.get(t) ?? 0) + 1);
    }
    if (this.scores.length < this.slot.size) this.scores = new Float64Array(Math.ceil(this.slot.size * 1.25));
    const inverse = inverseNorms(Math.fround(this.totalLength / this.documentCount));
    // Most queries touch most reports: then a pass over all of them beats keeping a list of the touched.
    const scan = postings >= this.slot.size;
    const { scores, touched, norms, table } = this;
    touched.size = 0;
    for (const [t, times] of boost) {
      const list = this.postings[t];
      if (list.size === 0) continue;
      const weight = Math.fround(times * bm25Idf(this.documentCount, list.size));
      // A common term's score by tf and norm, computed once: termScore per posting was most of a
      // query's time. A rare term (fewer postings than table cells) is scored per posting.
      const tabulate = list.size > this.maxTf[t] << 8;
      if (tabulate)
        for (let tf = 1; tf <= this.maxTf[t]; tf += 1)
          for (let z = 0; z < 256; z += 1) table[(tf << 8) | z] = termScore(weight, tf, inverse[z]);
      const data = list.data;
      for (let i = 0; i < list.size; i += 1) {
        const r = data[i] >> TF_BITS;
        if (!scan && scores[r] === 0) touched.push(r);
        const tf = data[i] & TF_MAX;
        scores[r] += tabulate ? table[(tf << 8) | norms[r]] : termScore(weight, tf, inverse[norms[r]]);
      }
    }
    const top = new TopK(depth);
    const offer = (r: number): void => {
      const score = Math.fround(scores[r]);
      scores[r] = 0;
      if (r !== exclude && score >= top.threshold) top.offer(r, ids[r], score);
    };
    if (scan) {
      for (let r = 0; r < this.slot.size; r += 1) if (scores[r] !== 0) offer(r);
    } else for (let i = 0; i < touched.size; i += 1) offer(touched.data[i]);
    return top.items.map((item) => ({ reportId: item.id, score: item.score }));
  }

  /** Bytes held in typed arrays (postings, norms, pool, scratch); the vocabulary's strings come on top. */
  get bytes(): number {
    let total = this.norms.byteLength + this.slot.data.byteLength + this.pool.data.byteLength + this.scores.byteLength;
    total += this.touched.data.byteLength + this.table.byteLength + this.maxTf.byteLength;
    for (const list of this.postings) total += list.data.byteLength;
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
      this.postings.push(new IntList(2));
      if (this.maxTf.length <= t) this.maxTf = grown(this.maxTf, t);
    }
    return t;
  }

  private unlink(r: number): void {
    const d = this.pool.data;
    const at = this.slot.data[r];
    for (let i = 0; i < d[at]; i += 1) this.postings[d[at + HEADER + i]].removeKeyed(r, TF_BITS);
    if (d[at] > 0) this.documentCount -= 1;
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

function grown(bytes: Uint8Array<ArrayBuffer>, i: number): Uint8Array<ArrayBuffer> {
  const next = new Uint8Array(Math.max(i + 1, Math.ceil(bytes.length * 1.5)));
  next.set(bytes);
  return next;
}
