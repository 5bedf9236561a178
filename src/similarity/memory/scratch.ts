/**
 * Corpus-sized buffers for one ranking, kept between queries so a query allocates nothing
 * the size of the corpus. Entries are claimed by epoch stamps instead of being cleared:
 * a stamp equal to the epoch marks a candidate of the current query, epoch + 1 a report the
 * filter refused; anything else is unseen. Ranking is synchronous, so one set per corpus
 * suffices.
 */
import type { CorpusIndex } from './corpus-index';

export class Scratch {
  /**
   * Per report r, one cell of three: cells[3r] its stamp (see above), cells[3r + 1] and
   * cells[3r + 2] its accumulators (reach overlap, absent agreements). One cell, one cache
   * line: the posting walk touches reports in no useful order.
   */
  readonly cells: Float64Array;
  /** Candidates in first-touch order. */
  readonly order: Int32Array;
  /** Per candidate position: its upper bound; and positions in bucket order. */
  readonly bound: Float64Array;
  readonly sorted: Int32Array;
  epoch = 0;
  inUse = false;

  constructor(readonly capacity: number) {
    this.cells = new Float64Array(3 * capacity);
    this.bound = new Float64Array(capacity);
    this.order = new Int32Array(capacity);
    this.sorted = new Int32Array(capacity);
  }

  /** Starts a query: a fresh pair of stamps (exact in a double for 2^52 queries). */
  begin(): number {
    this.epoch += 2;
    this.inUse = true;
    return this.epoch;
  }

  reach(r: number): number {
    return this.cells[3 * r + 1];
  }

  absent(r: number): number {
    return this.cells[3 * r + 2];
  }
}

const scratchOf = new WeakMap<CorpusIndex, Scratch>();

function scratchFor(corpus: CorpusIndex): Scratch {
  let scratch = scratchOf.get(corpus);
  if (!scratch || scratch.capacity < corpus.size) {
    // Grown with headroom so a corpus that keeps ingesting does not reallocate per report.
    scratch = new Scratch(Math.max(1024, Math.ceil(corpus.size * 1.25)));
    scratchOf.set(corpus, scratch);
  }
  // Only a re-entered ranking finds it in use; that one gets buffers of its own.
  return scratch.inUse ? new Scratch(corpus.size) : scratch;
}

/** Runs `rank` on the corpus's scratch buffers, started for a new query and released after. */
export function withScratch<T>(corpus: CorpusIndex, rank: (scratch: Scratch) => T): T {
  const scratch = scratchFor(corpus);
  scratch.begin();
  try {
    return rank(scratch);
  } finally {
    scratch.inUse = false;
  }
}
