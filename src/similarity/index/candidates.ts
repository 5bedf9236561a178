/**
 * Candidate generation from the posting lists, with the case filter applied per report.
 * Only reports that can have I > 0 are candidates: a positive unit in a class reached by a
 * positive query unit (weighted variants), a PRESENT / UNCERTAIN edge into a query class
 * (flat variants and PAPER), or an ABSENT unit of an absent query class (absentBonus).
 */
import type { CaseFilter } from '../graph-similarity';
import { ABSENT, POSTING_SHIFT, PRESENT, type CorpusIndex } from './corpus-index';

export function filterOf(corpus: CorpusIndex, filter: CaseFilter = {}): (r: number) => boolean {
  const indices = (ids: readonly string[]): Set<number> =>
    new Set(ids.map((id) => corpus.indexOf(id)).filter((r): r is number => r !== undefined));
  const only = filter.reportIds ? indices(filter.reportIds) : null;
  const excluded = indices(filter.excludeReportIds ?? []);
  const { modality, studyDateFrom, studyDateTo } = filter;
  if (!only && excluded.size === 0 && modality == null && studyDateFrom == null && studyDateTo == null) return () => true;
  return (r) => {
    if (only && !only.has(r)) return false;
    if (excluded.has(r)) return false;
    if (modality != null && corpus.modality[r] !== modality) return false;
    const date = corpus.studyDate[r];
    if (studyDateFrom != null && (date == null || date < studyDateFrom)) return false;
    if (studyDateTo != null && (date == null || date > studyDateTo)) return false;
    return true;
  };
}

/** Corpus-sized buffers kept between queries; a query clears only the entries it touched. */
interface Scratch {
  value: [Float64Array, Float64Array];
  state: Uint8Array;
  inUse: boolean;
}

const scratchOf = new WeakMap<CorpusIndex, Scratch>();

function scratchFor(corpus: CorpusIndex): Scratch {
  let scratch = scratchOf.get(corpus);
  if (!scratch || scratch.state.length < corpus.size) {
    // Grown with headroom so a corpus that keeps ingesting does not reallocate per report.
    const capacity = Math.max(1024, Math.ceil(corpus.size * 1.25));
    scratch = { value: [new Float64Array(capacity), new Float64Array(capacity)], state: new Uint8Array(capacity), inUse: false };
    scratchOf.set(corpus, scratch);
  }
  if (!scratch.inUse) return scratch;
  // Ranking is synchronous, so this only happens if a ranking is re-entered; it gets its own.
  return { value: [new Float64Array(corpus.size), new Float64Array(corpus.size)], state: new Uint8Array(corpus.size), inUse: false };
}

/**
 * Per-query accumulators over candidate reports: `order` lists each candidate once. The
 * buffers are the corpus's scratch (no per-query allocation of corpus-sized arrays): use
 * `withAccumulator`, which hands them back cleared.
 */
export class Accumulator {
  readonly order: number[] = [];
  /** Channel 0 and 1: two sums per candidate (reach overlap, absent agreements). */
  readonly value: [Float64Array, Float64Array];
  private readonly state: Uint8Array; // 0 unseen, 1 candidate, 2 filtered out
  private readonly filteredOut: number[] = [];

  constructor(private readonly scratch: Scratch, private readonly allowed: (r: number) => boolean) {
    this.value = scratch.value;
    this.state = scratch.state;
    scratch.inUse = true;
  }

  add(r: number, amount: number, channel: 0 | 1 = 0): void {
    const state = this.state[r];
    if (state === 1) this.value[channel][r] += amount;
    else if (state === 0) {
      if (this.allowed(r)) {
        this.state[r] = 1;
        this.value[0][r] = 0;
        this.value[1][r] = 0;
        this.value[channel][r] = amount;
        this.order.push(r);
      } else {
        this.state[r] = 2;
        this.filteredOut.push(r);
      }
    }
  }

  has(r: number): boolean {
    return this.state[r] === 1;
  }

  release(): void {
    for (const r of this.order) this.state[r] = 0;
    for (const r of this.filteredOut) this.state[r] = 0;
    this.scratch.inUse = false;
  }
}

/** Runs `rank` with an accumulator over the corpus's scratch buffers, cleared afterwards. */
export function withAccumulator<T>(corpus: CorpusIndex, allowed: (r: number) => boolean, rank: (acc: Accumulator) => T): T {
  const acc = new Accumulator(scratchFor(corpus), allowed);
  try {
    return rank(acc);
  } finally {
    acc.release();
  }
}

/**
 * For each class in `gain`: every report with a unit of that class whose assertion the
 * gain covers gets gain[assertion] added (gain: [PRESENT, UNCERTAIN, ABSENT], null skips).
 */
export function accumulate(
  corpus: CorpusIndex,
  gain: Map<number, (number | null)[]>,
  into: Accumulator,
  channel: 0 | 1 = 0,
): void {
  for (const [cls, byAssertion] of gain) {
    const list = corpus.postings[cls];
    if (!list) continue;
    const data = list.data;
    for (let i = 0; i < list.size; i += 1) {
      const amount = byAssertion[data[i]! & 3];
      if (amount !== null && amount !== undefined) into.add(data[i]! >> POSTING_SHIFT, amount, channel);
    }
  }
}

/** Reports with a PRESENT / UNCERTAIN edge into any of `classes` (flag bit of the posting). */
export function withPositiveEdge(corpus: CorpusIndex, classes: Iterable<number>, into: Accumulator): void {
  for (const cls of classes) {
    const list = corpus.postings[cls];
    if (!list) continue;
    for (let i = 0; i < list.size; i += 1) if (list.data[i]! & 4) into.add(list.data[i]! >> POSTING_SHIFT, 1);
  }
}

export { ABSENT, PRESENT };
