/**
 * Candidate generation from the posting lists, with the case filter applied per report.
 * Only reports that can have I > 0 are candidates: a positive unit in a class reached by a
 * positive query unit (weighted variants), a PRESENT / UNCERTAIN edge into a query class
 * (flat variants and PAPER), or an ABSENT unit of an absent query class (absentBonus).
 */
import type { CaseFilter } from '../graph-similarity';
import { POSTING_SHIFT, type CorpusIndex } from './corpus-index';

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

/** Per-query accumulators over candidate reports: `order` lists each candidate once. */
export class Accumulator {
  readonly order: number[] = [];
  /** Channel 0 and 1: two sums per candidate (reach overlap, absent agreements). */
  readonly value: [Float64Array, Float64Array];
  private readonly state: Uint8Array; // 0 unseen, 1 candidate, 2 filtered out

  constructor(
    size: number,
    private readonly allowed: (r: number) => boolean,
  ) {
    this.value = [new Float64Array(size), new Float64Array(size)];
    this.state = new Uint8Array(size);
  }

  add(r: number, amount: number, channel: 0 | 1 = 0): void {
    const state = this.state[r];
    if (state === 1) this.value[channel][r] += amount;
    else if (state === 0) {
      if (this.allowed(r)) {
        this.state[r] = 1;
        this.value[channel][r] = amount;
        this.order.push(r);
      } else this.state[r] = 2;
    }
  }

  has(r: number): boolean {
    return this.state[r] === 1;
  }
}

/**
 * For each class in `gain`: every report with a unit of that class whose assertion the
 * gain covers gets gain[assertion] added (gain: [PRESENT, UNCERTAIN, ABSENT], null skips).
 */
export function accumulate(corpus: CorpusIndex, gain: Map<number, (number | null)[]>, into: Accumulator, channel: 0 | 1 = 0): void {
  for (const [cls, byAssertion] of gain) {
    const list = corpus.postings[cls];
    if (!list) continue;
    const data = list.data;
    for (let i = 0; i < list.size; i += 1) {
      const amount = byAssertion[data[i] & 3];
      if (amount !== null && amount !== undefined) into.add(data[i] >> POSTING_SHIFT, amount, channel);
    }
  }
}

/** Reports with a PRESENT / UNCERTAIN edge into any of `classes` (flag bit of the posting). */
export function withPositiveEdge(corpus: CorpusIndex, classes: Iterable<number>, into: Accumulator): void {
  for (const cls of classes) {
    const list = corpus.postings[cls];
    if (!list) continue;
    for (let i = 0; i < list.size; i += 1) if (list.data[i] & 4) into.add(list.data[i] >> POSTING_SHIFT, 1);
  }
}
