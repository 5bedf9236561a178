/**
 * OntologyView over plain arrays, for tests and for ranking in-process. Ancestor maps
 * are computed by breadth-first search on first use and cached, so repeated queries
 * against the same ontology cost one BFS per concept.
 */
import type { IsaStep, OntologyView } from './ontology-view';

export interface OntologyData {
  concepts: readonly { id: string; semanticTypes: readonly string[] }[];
  /** [child, parent] pairs. */
  isa: readonly (readonly [string, string])[];
  /** Unordered pairs; synonymy is closed transitively. */
  synonyms: readonly (readonly [string, string])[];
}

const byCodeUnit = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

export class InMemoryOntology implements OntologyView {
  private readonly types = new Map<string, readonly string[]>();
  private readonly parents = new Map<string, string[]>();
  private readonly classOf = new Map<string, string[]>();
  private readonly ancestorCache = new Map<string, Map<string, number>>();

  constructor(data: OntologyData) {
    for (const concept of data.concepts) this.types.set(concept.id, [...concept.semanticTypes]);
    for (const [child, parent] of data.isa) {
      const list = this.parents.get(child) ?? [];
      list.push(parent);
      this.parents.set(child, list);
    }
    this.buildSynonymClasses(data.synonyms);
  }

  canonicalOf(id: string): string {
    return this.synonymsOf(id)[0] ?? id;
  }

  synonymsOf(id: string): readonly string[] {
    return this.classOf.get(id) ?? [id];
  }

  semanticTypesOf(id: string): readonly string[] {
    return this.types.get(id) ?? [];
  }

  isaDistance(from: string, to: string, maxDepth: number): IsaStep | null {
    const fromClass = this.synonymsOf(from);
    const toClass = this.synonymsOf(to);
    if (fromClass === toClass || fromClass.includes(to)) return null;
    let up = Infinity;
    let down = Infinity;
    for (const f of fromClass) {
      for (const t of toClass) {
        up = Math.min(up, this.ancestorsOf(f).get(t) ?? Infinity);
        down = Math.min(down, this.ancestorsOf(t).get(f) ?? Infinity);
      }
    }
    const best = Math.min(up, down);
    if (best > maxDepth) return null;
    return { distance: best, relation: up <= down ? 'ANCESTOR' : 'DESCENDANT' };
  }

  isDescendantOrSelf(id: string, ancestorId: string): boolean {
    const targets = this.synonymsOf(ancestorId);
    return this.synonymsOf(id).some((member) => targets.includes(member) || targets.some((t) => this.ancestorsOf(member).has(t)));
  }

  /** Every proper ancestor with its shortest upward distance (BFS, cycles tolerated). */
  private ancestorsOf(id: string): Map<string, number> {
    const cached = this.ancestorCache.get(id);
    if (cached) return cached;
    const distances = new Map<string, number>();
    let frontier = [id];
    for (let depth = 1; frontier.length > 0; depth += 1) {
      const next: string[] = [];
      for (const node of frontier) {
        for (const parent of this.parents.get(node) ?? []) {
          if (parent === id || distances.has(parent)) continue;
          distances.set(parent, depth);
          next.push(parent);
        }
      }
      frontier = next;
    }
    this.ancestorCache.set(id, distances);
    return distances;
  }

  /** Union-find over synonym pairs; each class is stored once as a sorted array. */
  private buildSynonymClasses(pairs: OntologyData['synonyms']): void {
    const root = new Map<string, string>();
    const find = (x: string): string => {
      let r = x;
      while (root.has(r) && root.get(r) !== r) r = root.get(r) as string;
      root.set(x, r);
      return r;
    };
    for (const [x, y] of pairs) {
      if (!root.has(x)) root.set(x, x);
      if (!root.has(y)) root.set(y, y);
      const rx = find(x);
      const ry = find(y);
      if (rx !== ry) root.set(rx, ry);
    }
    const members = new Map<string, string[]>();
    for (const id of root.keys()) {
      const r = find(id);
      const list = members.get(r) ?? [];
      list.push(id);
      members.set(r, list);
    }
    for (const list of members.values()) {
      list.sort(byCodeUnit);
      for (const id of list) this.classOf.set(id, list);
    }
  }
}
