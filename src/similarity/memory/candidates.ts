/**
 * Candidate generation from the posting lists, with the case filter applied per report.
 * Only reports that can have I > 0 are candidates: a positive unit in a class reached by a
 * positive query unit (weighted variants), a PRESENT / UNCERTAIN edge into a query class
 * (flat variants and PAPER), or an ABSENT unit of an absent query class (absentBonus).
 */
import type { CaseFilter } from '../graph-similarity';
import { POSTING_SHIFT, type CorpusIndex } from './corpus-index';
import type { Scratch } from './scratch';

/** A case filter on report indices, split by cost: exclusions, a report list, the rest. */
export interface CandidateFilter {
  /** Refused before the walk (the query report itself, excludeReportIds). */
  excluded: number[];
  /** reportIds: the only reports that may be candidates (each once), or null for all. */
  only: number[] | null;
  /** modality and study dates, per report; null when there are none. */
  test: ((r: number) => boolean) | null;
}

export function filterOf(corpus: CorpusIndex, filter: CaseFilter = {}): CandidateFilter {
  const indices = (ids: readonly string[]): number[] => [
    ...new Set(ids.map((id) => corpus.indexOf(id)).filter((r): r is number => r !== undefined)),
  ];
  const { modality, studyDateFrom, studyDateTo } = filter;
  const test =
    modality == null && studyDateFrom == null && studyDateTo == null
      ? null
      : (r: number): boolean => {
          if (modality != null && corpus.modality[r] !== modality) return false;
          const date = corpus.studyDate[r];
          if (studyDateFrom != null && (date == null || date < studyDateFrom)) return false;
          if (studyDateTo != null && (date == null || date > studyDateTo)) return false;
          return true;
        };
  return { excluded: indices(filter.excludeReportIds ?? []), only: filter.reportIds ? indices(filter.reportIds) : null, test };
}

/**
 * What a case unit adds to an accumulator, per class and per the unit's low posting bits
 * (hasPositiveEdge << 2 | unit assertion, as in the pool and the posting lists); 0 adds
 * nothing and does not make the report a candidate.
 */
export class Gains {
  readonly classes: number[] = [];
  /** 8 per class, indexed by the low posting bits. */
  readonly amounts: number[] = [];
  private readonly slot = new Map<number, number>();

  /** Raises the gain of the given low bits of `cls` to at least `amount`. */
  raise(cls: number, bits: readonly number[], amount: number): void {
    let at = this.slot.get(cls);
    if (at === undefined) {
      at = this.classes.length;
      this.slot.set(cls, at);
      this.classes.push(cls);
      for (let i = 0; i < 8; i += 1) this.amounts.push(0);
    }
    for (const b of bits) this.amounts[8 * at + b] = Math.max(this.amounts[8 * at + b], amount);
  }

  /** Offset of `cls` in `amounts`, or −1 when the query does not reach it. */
  offsetOf(cls: number): number {
    const at = this.slot.get(cls);
    return at === undefined ? -1 : 8 * at;
  }
}

/** Low-bit sets: a unit asserted a (either hasPositiveEdge flag), or any unit with a positive edge. */
export const WITH_ASSERTION = [
  [0, 4],
  [1, 5],
  [2, 6],
] as const;
export const WITH_POSITIVE_EDGE = [4, 5, 6, 7] as const;

/** The candidates of one query and their accumulators, on the corpus's scratch buffers. */
export class Candidates {
  /** Candidates are scratch.order[0 .. count). */
  count = 0;

  constructor(
    readonly scratch: Scratch,
    private readonly filter: CandidateFilter,
  ) {
    for (const r of filter.excluded) scratch.cells[3 * r] = scratch.epoch + 1;
  }

  /** Adds every reached unit's gain to channel 0 (reach) or 1 (absent) of its report. */
  collect(corpus: CorpusIndex, gains: Gains, channel: 0 | 1): void {
    if (this.filter.only) this.collectListed(corpus, gains, channel, this.filter.only);
    else this.collectPostings(corpus, gains, channel);
  }

  /** The posting lists of the reached classes: the hot loop of a ranking. */
  private collectPostings(corpus: CorpusIndex, gains: Gains, channel: 0 | 1): void {
    const { cells, order, epoch } = this.scratch;
    const { amounts, classes } = gains;
    const test = this.filter.test;
    const slot = 1 + channel;
    let count = this.count;
    for (let g = 0; g < classes.length; g += 1) {
      const list = corpus.postings[classes[g]];
      if (!list) continue;
      const data = list.data;
      const base = 8 * g;
      for (let i = 0; i < list.size; i += 1) {
        const entry = data[i];
        const amount = amounts[base + (entry & 7)];
        if (amount === 0) continue;
        const r = entry >> POSTING_SHIFT;
        const cell = 3 * r;
        const seen = cells[cell];
        if (seen === epoch) cells[cell + slot] += amount;
        else if (seen !== epoch + 1) {
          if (test === null || test(r)) {
            cells[cell] = epoch;
            cells[cell + 1] = 0;
            cells[cell + 2] = 0;
            cells[cell + slot] = amount;
            order[count++] = r;
          } else cells[cell] = epoch + 1;
        }
      }
    }
    this.count = count;
  }

  /** A reportIds filter: each listed report's own units (the same sums, no posting walk). */
  private collectListed(corpus: CorpusIndex, gains: Gains, channel: 0 | 1, only: number[]): void {
    const { cells, order, epoch } = this.scratch;
    const d = corpus.pool.data;
    for (const r of only) {
      const cell = 3 * r;
      if (cells[cell] === epoch + 1) continue;
      if (this.filter.test && !this.filter.test(r)) {
        cells[cell] = epoch + 1;
        continue;
      }
      const at = corpus.start(r);
      for (let j = 0; j < d[at]; j += 1) {
        const offset = gains.offsetOf(d[at + 3 + 2 * j]);
        const amount = offset < 0 ? 0 : gains.amounts[offset + (d[at + 4 + 2 * j] & 7)];
        if (amount === 0) continue;
        if (cells[cell] !== epoch) {
          cells[cell] = epoch;
          cells[cell + 1] = 0;
          cells[cell + 2] = 0;
          order[this.count++] = r;
        }
        cells[cell + 1 + channel] += amount;
      }
    }
  }
}
