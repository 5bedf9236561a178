/**
 * Stored reports as the similarity index sees them: each report's MENTIONS edges and its
 * units (one per synonym class, ABSENT > PRESENT > UNCERTAIN, smallest id displayed),
 * packed into one Int32 pool; posting lists class → reports; document frequencies.
 * Replacing a report (re-ingest) rewrites its slot and posting entries.
 */
import type { Assertion } from '../../shared/core/assertion';
import type { ReportConcepts } from '../core/measure.types';
import { compactPool, IntList } from './int-list';
import { LexicalIndex } from './lexical-index';
import type { OntologyIndex } from './ontology-index';

const PRESENT = 0;
export const UNCERTAIN = 1;
export const ABSENT = 2;
const CODE: Record<Assertion, number> = { PRESENT, UNCERTAIN, ABSENT };
const RANK = [2, 1, 3]; // by code: ABSENT > PRESENT > UNCERTAIN
/** Posting entry: report << 3 | hasPositiveEdge << 2 | unit assertion. */
export const POSTING_SHIFT = 3;
const HEADER = 3; // nUnits, nEdges, flatCount (classes with a PRESENT / UNCERTAIN edge)

export interface IndexedReport {
  id: string;
  modality?: string | null;
  studyDate?: string | null;
  edges: readonly { conceptId: string; assertion: Assertion }[];
  /** For the lexical index; none indexes the report as an empty text. */
  text?: string | null;
}

export class CorpusIndex {
  readonly ids: string[] = [];
  readonly modality: (string | null)[] = [];
  readonly studyDate: (string | null)[] = [];
  /**
   * Per class: reports with a unit of that class (posting entries, see POSTING_SHIFT), sorted
   * by report; units asserted PRESENT or UNCERTAIN in `postings`, ABSENT ones apart, so the
   * walk for overlap never reads the (many) negated findings.
   */
  readonly postings: (IntList | undefined)[];
  readonly absentPostings: (IntList | undefined)[];
  /** Per class: reports with a PRESENT or UNCERTAIN edge to a member (IDF). */
  readonly documentFrequency: Int32Array;
  readonly pool = new IntList(1024);
  /** BM25 over the reports' text, numbered as here. */
  readonly lexical = new LexicalIndex();
  private slot = new IntList(1024);
  private readonly byId = new Map<string, number>();
  private garbage = 0;
  edgeCount = 0;

  constructor(readonly ontology: OntologyIndex) {
    this.postings = new Array<IntList | undefined>(ontology.classCount);
    this.absentPostings = new Array<IntList | undefined>(ontology.classCount);
    this.documentFrequency = new Int32Array(ontology.classCount);
  }

  get size(): number {
    return this.ids.length;
  }

  indexOf(id: string): number | undefined {
    return this.byId.get(id);
  }

  /** Start of report r in the pool: [nUnits, nEdges, flatCount, units (class, concept<<3|pos<<2|a)…, edges (concept<<2|a)…]. */
  start(r: number): number {
    return this.slot.data[r];
  }

  /** Adds or replaces a report; edges to concepts outside the ontology are dropped (the graph has none). */
  put(report: IndexedReport): void {
    let r = this.byId.get(report.id);
    if (r === undefined) {
      r = this.ids.length;
      this.byId.set(report.id, r);
      this.ids.push(report.id);
      this.modality.push(null);
      this.studyDate.push(null);
      this.slot.push(0);
    } else {
      this.unlink(r);
    }
    this.modality[r] = report.modality ?? null;
    this.studyDate[r] = report.studyDate ?? null;
    this.link(r, report.edges);
    this.lexical.put(r, report.text ?? '');
    if (this.garbage > 1 << 20 && this.garbage > this.pool.size / 2) this.compact();
  }

  /** The stored report as the reference measure takes it. */
  reportConcepts(r: number): ReportConcepts {
    const out = { id: this.ids[r], present: [] as string[], absent: [] as string[], uncertain: [] as string[] };
    const at = this.start(r);
    const d = this.pool.data;
    const edges = at + HEADER + 2 * d[at];
    for (let e = edges; e < edges + d[at + 1]; e += 1) {
      const id = this.ontology.ids[d[e] >> 2];
      const a = d[e] & 3;
      (a === PRESENT ? out.present : a === ABSENT ? out.absent : out.uncertain).push(id);
    }
    return out;
  }

  /** Whether report r has a MENTIONS edge to one of `concepts` (concept indices), asserted `assertion` unless null. */
  mentionsAny(r: number, concepts: ReadonlySet<number>, assertion: Assertion | null): boolean {
    const at = this.start(r);
    const d = this.pool.data;
    const edges = at + HEADER + 2 * d[at];
    for (let e = edges; e < edges + d[at + 1]; e += 1) {
      if (concepts.has(d[e] >> 2) && (assertion === null || (d[e] & 3) === CODE[assertion])) return true;
    }
    return false;
  }

  private link(r: number, edges: IndexedReport['edges']): void {
    const o = this.ontology;
    const packed: number[] = [];
    for (const edge of edges) {
      const c = o.conceptIndex(edge.conceptId);
      if (c !== undefined) packed.push((c << 2) | CODE[edge.assertion]);
    }
    packed.sort((x, y) => x - y);
    const units = new Map<number, { concept: number; a: number; pos: boolean }>();
    for (const e of packed) {
      const [concept, a] = [e >> 2, e & 3];
      const cls = o.classOf[concept];
      const unit = units.get(cls);
      if (!unit) units.set(cls, { concept, a, pos: a !== ABSENT });
      else {
        if (concept < unit.concept) unit.concept = concept;
        if (RANK[a] > RANK[unit.a]) unit.a = a;
        unit.pos ||= a !== ABSENT;
      }
    }
    const classes = [...units.keys()].sort((x, y) => x - y);
    const at = this.pool.reserve(HEADER + 2 * classes.length + packed.length);
    const d = this.pool.data;
    let flat = 0;
    let w = at + HEADER;
    for (const cls of classes) {
      const u = units.get(cls)!;
      d[w++] = cls;
      d[w++] = (u.concept << 3) | (u.pos ? 4 : 0) | u.a;
      if (u.pos) {
        flat += 1;
        this.documentFrequency[cls] += 1;
      }
      const lists = u.a === ABSENT ? this.absentPostings : this.postings;
      (lists[cls] ??= new IntList()).insertSorted((r << POSTING_SHIFT) | (u.pos ? 4 : 0) | u.a);
    }
    for (const e of packed) d[w++] = e;
    d[at] = classes.length;
    d[at + 1] = packed.length;
    d[at + 2] = flat;
    this.pool.size = w;
    this.slot.data[r] = at;
    this.edgeCount += packed.length;
  }

  private unlink(r: number): void {
    const d = this.pool.data;
    const at = this.start(r);
    const length = HEADER + 2 * d[at] + d[at + 1];
    for (let u = 0; u < d[at]; u += 1) {
      const cls = d[at + HEADER + 2 * u];
      const lists = (d[at + HEADER + 2 * u + 1] & 3) === ABSENT ? this.absentPostings : this.postings;
      lists[cls]?.removeKeyed(r, POSTING_SHIFT);
      if (d[at + HEADER + 2 * u + 1] & 4) this.documentFrequency[cls] -= 1;
    }
    this.edgeCount -= d[at + 1];
    this.garbage += length;
  }

  /** Rewrites the pool without the slots that replaced reports left behind. */
  private compact(): void {
    compactPool(this.pool, this.slot, this.ids.length, this.garbage, (d, at) => HEADER + 2 * d[at] + d[at + 1]);
    this.garbage = 0;
  }
}
