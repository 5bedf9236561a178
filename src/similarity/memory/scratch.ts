/**
 * Corpus-sized buffers for one ranking, kept between queries so a query allocates nothing
 * the size of the corpus. Between queries every accumulator cell is 0: a ranking clears the
 * cells it touched as it goes, and a ranking that throws leaves its buffers to the garbage
 * collector. Ranking is synchronous, so one set per corpus suffices.
 */
import type { CorpusIndex } from './corpus-index';

export class Scratch {
  /**
   * Per report r: cells[2r] and cells[2r + 1], its accumulators (reach overlap, absent
   * agreements), side by side in one cache line: the posting walk touches reports in no
   * useful order. NaN marks a report the filter refused.
   */
  readonly cells: Float64Array;
  /** Per candidate position, in first-touch order: the report and its two sums. */
  readonly order: Int32Array;
  readonly reach: Float64Array;
  readonly absent: Float64Array;
  /** Per candidate position: its upper bound; and positions in bucket order. */
  readonly bound: Float64Array;
  readonly sorted: Int32Array;
  inUse = false;

  constructor(readonly capacity: number) {
    this.cells = new Float64Array(2 * capacity);
    this.order = new Int32Array(capacity);
    this.reach = new Float64Array(capacity);
    this.absent = new Float64Array(capacity);
    this.bound = new Float64Array(capacity);
    this.sorted = new Int32Array(capacity);
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

/** Runs `rank` on the corpus's scratch buffers (all cells 0), handed back all 0 again. */
export function withScratch<T>(corpus: CorpusIndex, rank: (scratch: Scratch) => T): T {
  const scratch = scratchFor(corpus);
  scratch.inUse = true;
  try {
    const result = rank(scratch);
    scratch.inUse = false;
    return result;
  } catch (error) {
    // Cells may be left set; drop these buffers rather than clear 2 × corpus size.
    if (scratchOf.get(corpus) === scratch) scratchOf.delete(corpus);
    throw error;
  }
}
