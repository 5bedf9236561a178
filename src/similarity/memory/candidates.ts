/**
 * Candidate generation from the posting lists, with the case filter applied per report.
 * Only reports that can have I > 0 are candidates: a positive unit in a class reached by a
 * positive query unit (weighted variants), a PRESENT / UNCERTAIN edge into a query class
 * (flat variants and PAPER), or an ABSENT unit of an absent query class (absentBonus).
 */
import type { CaseFilter } from '../graph-similarity';
import { POSTING_SHIFT, type CorpusIndex } from './corpus-index';
import type { IntList } from './int-list';
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

/** Reports per block of the posting walk: a block's cells (16 bytes each) stay in the cache. */
const BLOCK = 1 << 15;

/** One posting list being walked, with the gains it adds and where the walk stands. */
interface ListCursor {
  data: Int32Array;
  size: number;
  at: number;
  amounts: number[];
  base: number;
  channel: number;
}

/** The low posting bits each kind of list holds (see CorpusIndex.postings). */
const POSITIVE_LIST_BITS = [4, 5];
const ABSENT_LIST_BITS = [2, 6];

/**
 * The candidates of one query and their sums, on the corpus's scratch buffers: after
 * `collect`, candidate i is report order[i] with sums reach[i] and absent[i].
 */
export class Candidates {
  count = 0;

  constructor(
    readonly scratch: Scratch,
    private readonly filter: CandidateFilter,
  ) {}

  /**
   * Adds every reached unit's gain to its report's accumulator: channel c takes
   * channels[c] (0: reach, 1: absent agreements; null skips). `onBlock(from, to)` is told
   * of the candidates a block added, order[from .. to), as soon as their sums are final.
   */
  collect(corpus: CorpusIndex, channels: readonly (Gains | null)[], onBlock: (from: number, to: number) => void): void {
    const { cells } = this.scratch;
    for (const r of this.filter.excluded) cells[2 * r] = NaN;
    try {
      if (this.filter.only) {
        for (const r of this.filter.only) if (!Number.isNaN(cells[2 * r])) this.addUnits(corpus, channels, r);
        onBlock(0, this.settle(0));
        return;
      }
      const cursors = this.cursors(corpus, channels);
      // Most queries reach most reports: then sums go straight to the cells and each block is
      // read back in report order (sequential, no first-touch test); else first touches are kept.
      const dense = cursors.reduce((n, cursor) => n + cursor.size, 0) >= corpus.size;
      for (let end = BLOCK; ; end += BLOCK) {
        const from = this.count;
        for (const cursor of cursors)
          if (dense) this.walkDense(cursor, end << POSTING_SHIFT);
          else this.walk(cursor, end << POSTING_SHIFT);
        onBlock(from, dense ? this.settleReports(end - BLOCK, Math.min(end, corpus.size)) : this.settle(from));
        if (end >= corpus.size) break;
      }
    } finally {
      for (const r of this.filter.excluded) cells[2 * r] = cells[2 * r + 1] = 0;
    }
  }

  /** The posting lists to walk: those of the reached classes whose entries can gain anything. */
  private cursors(corpus: CorpusIndex, channels: readonly (Gains | null)[]): ListCursor[] {
    const cursors: ListCursor[] = [];
    channels.forEach((gains, channel) =>
      gains?.classes.forEach((cls, g) => {
        const base = 8 * g;
        const add = (list: IntList | undefined, bits: readonly number[]): void => {
          if (list && list.size > 0 && bits.some((b) => gains.amounts[base + b] > 0))
            cursors.push({ data: list.data, size: list.size, at: 0, amounts: gains.amounts, base, channel });
        };
        add(corpus.postings[cls], POSITIVE_LIST_BITS);
        add(corpus.absentPostings[cls], ABSENT_LIST_BITS);
      }),
    );
    return cursors;
  }

  /**
   * The entries of one sorted posting list below `limit` (reports of the current block):
   * the hot loop. A report is new when both its cells are still 0 (gains are > 0; a refused
   * report's NaN never compares equal).
   */
  private walk(cursor: ListCursor, limit: number): void {
    const { cells, order } = this.scratch;
    const { data, size, amounts, base, channel } = cursor;
    let count = this.count;
    let i = cursor.at;
    for (; i < size; i += 1) {
      const entry = data[i];
      if (entry >= limit) break;
      const amount = amounts[base + (entry & 7)];
      if (amount === 0) continue;
      const r = entry >> POSTING_SHIFT;
      const cell = 2 * r;
      if (cells[cell] + cells[cell + 1] === 0) order[count++] = r;
      cells[cell + channel] += amount;
    }
    cursor.at = i;
    this.count = count;
  }

  /** walk without first touches: the cells alone, read back by settleReports. */
  private walkDense(cursor: ListCursor, limit: number): void {
    const { cells } = this.scratch;
    const { data, size, amounts, base, channel } = cursor;
    let i = cursor.at;
    for (; i < size; i += 1) {
      const entry = data[i];
      if (entry >= limit) break;
      cells[2 * (entry >> POSTING_SHIFT) + channel] += amounts[base + (entry & 7)];
    }
    cursor.at = i;
  }

  /** A reportIds filter: one listed report's own units (the same sums, no posting walk). */
  private addUnits(corpus: CorpusIndex, channels: readonly (Gains | null)[], r: number): void {
    const { cells, order } = this.scratch;
    const d = corpus.pool.data;
    const at = corpus.start(r);
    channels.forEach((gains, channel) => {
      for (let j = 0; gains && j < d[at]; j += 1) {
        const offset = gains.offsetOf(d[at + 3 + 2 * j]);
        const amount = offset < 0 ? 0 : gains.amounts[offset + (d[at + 4 + 2 * j] & 7)];
        if (amount === 0) continue;
        if (cells[2 * r] + cells[2 * r + 1] === 0) order[this.count++] = r;
        cells[2 * r + channel] += amount;
      }
    });
  }

  /**
   * Moves the sums of candidates order[from .. count) out of the cells (cleared again) and
   * drops those the per-report filter refuses; returns the new count.
   */
  private settle(from: number): number {
    const { order } = this.scratch;
    const end = this.count;
    this.count = from;
    for (let i = from; i < end; i += 1) this.keep(order[i]);
    return this.count;
  }

  /** settle after walkDense: reports [from, to) with a sum are the block's candidates. */
  private settleReports(from: number, to: number): number {
    const { cells } = this.scratch;
    // Gains are > 0: a reached report sums above 0, a refused one (NaN) never does.
    for (let r = from; r < to; r += 1) if (cells[2 * r] + cells[2 * r + 1] > 0) this.keep(r);
    return this.count;
  }

  /** Appends report r with its sums, cleared from the cells, unless the per-report filter refuses it. */
  private keep(r: number): void {
    const { cells, order, reach, absent } = this.scratch;
    const x = cells[2 * r];
    const y = cells[2 * r + 1];
    cells[2 * r] = cells[2 * r + 1] = 0;
    if (this.filter.test && !this.filter.test(r)) return;
    order[this.count] = r;
    reach[this.count] = x;
    absent[this.count] = y;
    this.count += 1;
  }
}
