/**
 * One term's postings in the in-process BM25 index, as two columns sorted by report: the
 * report, and its score-table cell (tf << 8 | the report's length norm). A report's norm
 * changes only when it is put again, which replaces its postings, so the cell can be stored:
 * the query walk then reads two sequential arrays and nothing per report but its score.
 */
export class TermPostings {
  reports: Int32Array;
  cells: Uint16Array;
  size = 0;
  /** The largest tf stored (the rows of the score table a query fills for this term). */
  maxTf = 0;

  constructor(capacity = 2) {
    this.reports = new Int32Array(capacity);
    this.cells = new Uint16Array(capacity);
  }

  /** Adds report r (not yet present), keeping the order; appending is the common case. */
  insert(r: number, tf: number, norm: number): void {
    if (this.size === this.reports.length) this.grow();
    let at = this.size;
    if (at > 0 && this.reports[at - 1] > r) {
      at = this.lowerBound(r);
      this.reports.copyWithin(at + 1, at, this.size);
      this.cells.copyWithin(at + 1, at, this.size);
    }
    this.reports[at] = r;
    this.cells[at] = (tf << 8) | norm;
    this.size += 1;
    if (tf > this.maxTf) this.maxTf = tf;
  }

  /** Removes report r's posting, if any (maxTf stays: a bound, not an exact maximum). */
  remove(r: number): void {
    const at = this.lowerBound(r);
    if (at === this.size || this.reports[at] !== r) return;
    this.reports.copyWithin(at, at + 1, this.size);
    this.cells.copyWithin(at, at + 1, this.size);
    this.size -= 1;
  }

  get bytes(): number {
    return this.reports.byteLength + this.cells.byteLength;
  }

  private lowerBound(r: number): number {
    let [lo, hi] = [0, this.size];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.reports[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private grow(): void {
    const capacity = Math.ceil(this.reports.length * 1.5) + 4;
    const reports = new Int32Array(capacity);
    const cells = new Uint16Array(capacity);
    reports.set(this.reports.subarray(0, this.size));
    cells.set(this.cells.subarray(0, this.size));
    [this.reports, this.cells] = [reports, cells];
  }
}
