/**
 * The ontology as integer arrays for the in-process similarity index. Concept indices
 * follow the ids' code-unit order and class indices follow the canonical ids' order, so
 * comparing indices compares ids exactly as the reference does. Also an `OntologyView`,
 * so the reference measure can explain the index's top k with the same data.
 */
import type { IsaStep, OntologyView } from '../core/ontology-view';

export interface OntologyRows {
  concepts: readonly { id: string; tuis: readonly string[] }[];
  /** [child, parent] pairs. */
  isa: readonly (readonly [string, string])[];
  synonyms: readonly (readonly [string, string])[];
}

/** Compressed adjacency: neighbours of node i are list[start[i] .. start[i + 1]). */
function csr(count: number, edges: readonly (readonly [number, number])[]): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(count + 1);
  for (const [from] of edges) start[from + 1] += 1;
  for (let i = 0; i < count; i += 1) start[i + 1] += start[i];
  const fill = start.slice(0, count);
  const list = new Int32Array(edges.length);
  for (const [from, to] of edges) list[fill[from]++] = to;
  return { start, list };
}

const byCodeUnit = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

export class OntologyIndex implements OntologyView {
  readonly ids: string[];
  readonly classOf: Int32Array;
  /** Canonical concept index of each class (its smallest member). */
  readonly canonicalConcept: Int32Array;
  readonly classCount: number;
  /** Union of the members' TUIs, per class (the class type weight is a max over it). */
  readonly classTuis: (readonly string[])[];
  private readonly index = new Map<string, number>();
  private readonly tuis: (readonly string[])[];
  private readonly members: { start: Int32Array; list: Int32Array };
  private readonly up: { start: Int32Array; list: Int32Array };
  private readonly down: { start: Int32Array; list: Int32Array };
  private readonly seen: Int32Array;
  private epoch = 0;
  /** reach() results by class and depth; the ontology is immutable, so they never go stale. */
  private readonly reachCache = new Map<number, Map<number, { distance: number; up: boolean }>>();
  /** Every class above a class (isDescendantOrSelf), by class. */
  private readonly aboveCache = new Map<number, Set<number>>();

  constructor(rows: OntologyRows) {
    const sorted = [...rows.concepts].sort((x, y) => byCodeUnit(x.id, y.id));
    this.ids = sorted.map((c) => c.id);
    this.tuis = sorted.map((c) => [...c.tuis]);
    this.ids.forEach((id, i) => this.index.set(id, i));
    const n = this.ids.length;
    const pairs = (list: readonly (readonly [string, string])[]): [number, number][] =>
      list.flatMap(([x, y]) => {
        const [i, j] = [this.index.get(x), this.index.get(y)];
        return i === undefined || j === undefined ? [] : [[i, j] as [number, number]];
      });
    const isa = pairs(rows.isa);
    this.up = csr(n, isa);
    this.down = csr(
      n,
      isa.map(([c, p]) => [p, c] as [number, number]),
    );
    // Union-find, the root always the smaller index, so a class's root is its canonical id.
    const root = Int32Array.from({ length: n }, (_, i) => i);
    const find = (x: number): number => {
      while (root[x] !== x) x = root[x] = root[root[x]];
      return x;
    };
    for (const [x, y] of pairs(rows.synonyms)) {
      const [rx, ry] = [find(x), find(y)];
      if (rx !== ry) root[Math.max(rx, ry)] = Math.min(rx, ry);
    }
    this.classOf = new Int32Array(n);
    const canonical: number[] = [];
    for (let i = 0; i < n; i += 1) {
      const r = find(i);
      if (r === i) canonical.push(i);
      this.classOf[i] = r === i ? canonical.length - 1 : this.classOf[r];
    }
    this.canonicalConcept = Int32Array.from(canonical);
    this.classCount = canonical.length;
    this.members = csr(
      this.classCount,
      this.ids.map((_, i) => [this.classOf[i], i] as [number, number]),
    );
    this.classTuis = Array.from({ length: this.classCount }, (_, c) => [
      ...new Set(this.membersOf(c).flatMap((m) => this.tuis[m] as string[])),
    ]);
    this.seen = new Int32Array(n);
  }

  conceptIndex(id: string): number | undefined {
    return this.index.get(id);
  }

  membersOf(cls: number): number[] {
    return Array.from(this.members.list.subarray(this.members.start[cls], this.members.start[cls + 1]));
  }

  /**
   * Breadth-first from every member of `cls` along one direction; the shortest distance of
   * each other class reached within maxDepth (Infinity: unbounded).
   */
  walk(cls: number, direction: 'up' | 'down', maxDepth: number): Map<number, number> {
    const out = new Map<number, number>();
    this.breadthFirst(this.membersOf(cls), direction === 'up' ? this.up : this.down, maxDepth, (to, depth) => {
      const toClass = this.classOf[to];
      if (toClass !== cls && !out.has(toClass)) out.set(toClass, depth);
    });
    return out;
  }

  /** Concept c and its descendants within maxDepth is-a steps (concept indices; synonyms not expanded). */
  descendantsOrSelf(c: number, maxDepth: number): number[] {
    const out = [c];
    this.breadthFirst([c], this.down, maxDepth, (to) => out.push(to));
    return out;
  }

  /** Visits each concept first reached from `starts` within maxDepth steps of `adjacency`, with its depth (≥ 1). */
  private breadthFirst(
    starts: number[],
    adjacency: { start: Int32Array; list: Int32Array },
    maxDepth: number,
    reached: (concept: number, depth: number) => void,
  ): void {
    this.epoch += 1;
    for (const s of starts) this.seen[s] = this.epoch;
    let frontier = starts;
    for (let depth = 1; frontier.length > 0 && depth <= maxDepth; depth += 1) {
      const next: number[] = [];
      for (const node of frontier) {
        for (let e = adjacency.start[node]; e < adjacency.start[node + 1]; e += 1) {
          const to = adjacency.list[e];
          if (this.seen[to] === this.epoch) continue;
          this.seen[to] = this.epoch;
          next.push(to);
          reached(to, depth);
        }
      }
      frontier = next;
    }
  }

  /** Every other class within maxDepth, purely up or purely down; up wins a tie. */
  reach(cls: number, maxDepth: number): Map<number, { distance: number; up: boolean }> {
    const key = cls * 8 + maxDepth;
    const cached = this.reachCache.get(key);
    if (cached) return cached;
    const out = new Map<number, { distance: number; up: boolean }>();
    if (this.reachCache.size >= 20_000) this.reachCache.clear();
    this.reachCache.set(key, out);
    if (maxDepth === 0) return out;
    const up = this.walk(cls, 'up', maxDepth);
    for (const [c, distance] of up) out.set(c, { distance, up: true });
    for (const [c, distance] of this.walk(cls, 'down', maxDepth)) {
      const known = out.get(c);
      if (!known || distance < known.distance) out.set(c, { distance, up: false });
    }
    return out;
  }

  // OntologyView, for the reference measure (explanations of the final top k).
  canonicalOf(id: string): string {
    const i = this.index.get(id);
    return i === undefined ? id : this.ids[this.canonicalConcept[this.classOf[i]]];
  }

  synonymsOf(id: string): readonly string[] {
    const i = this.index.get(id);
    return i === undefined ? [id] : this.membersOf(this.classOf[i]).map((m) => this.ids[m]);
  }

  semanticTypesOf(id: string): readonly string[] {
    const i = this.index.get(id);
    return i === undefined ? [] : this.tuis[i];
  }

  isaDistance(from: string, to: string, maxDepth: number): IsaStep | null {
    const [f, t] = [this.index.get(from), this.index.get(to)];
    if (f === undefined || t === undefined || this.classOf[f] === this.classOf[t]) return null;
    const step = this.reach(this.classOf[f], maxDepth).get(this.classOf[t]);
    return step ? { distance: step.distance, relation: step.up ? 'ANCESTOR' : 'DESCENDANT' } : null;
  }

  isDescendantOrSelf(id: string, ancestorId: string): boolean {
    const [i, a] = [this.index.get(id), this.index.get(ancestorId)];
    if (i === undefined || a === undefined) return id === ancestorId;
    const cls = this.classOf[i];
    if (cls === this.classOf[a]) return true;
    // Labels ask this for every concept of a report against every label concept: walk once per class.
    let above = this.aboveCache.get(cls);
    if (!above) {
      if (this.aboveCache.size >= 20_000) this.aboveCache.clear();
      this.aboveCache.set(cls, (above = new Set(this.walk(cls, 'up', Infinity).keys())));
    }
    return above.has(this.classOf[a]);
  }
}
