/**
 * The ontology held in process: concepts by id and is-a both ways, answering the API's
 * hierarchy reads with the same semantics as the Cypher statements (see
 * cypher/concept-*.cypher). Pure: built from rows the loader read.
 */
import { byDistanceThenId, byNameThenId, codeUnitOrder } from '../concept.order';
import type { ConceptRecord, RelatedConcept } from '../concept.record';
import { AdjacencyBuilder, type Adjacency } from './adjacency';

export interface GraphConceptRow {
  concept: ConceptRecord;
  /** Ids of the concepts this one is-a (outgoing ISA edges); unknown ids are ignored, as MATCH does. */
  parents: string[];
}

/** The bound of the Cypher ancestry statements ({1,20}) and of pathTo ({0,40}). */
const ANCESTRY_BOUND = 20;
const PATH_BOUND = 40;

export class OntologyGraph {
  private readonly indexOf = new Map<string, number>();
  private readonly records: ConceptRecord[] = [];
  private readonly up: Adjacency;
  private readonly down: Adjacency;

  constructor(rows: Iterable<GraphConceptRow>) {
    const parents: string[][] = [];
    for (const row of rows) {
      if (this.indexOf.has(row.concept.id)) continue;
      this.indexOf.set(row.concept.id, this.records.length);
      this.records.push(row.concept);
      parents.push(row.parents);
    }
    const up = new AdjacencyBuilder(this.records.length);
    const down = new AdjacencyBuilder(this.records.length);
    parents.forEach((ids, child) => {
      for (const id of ids) {
        const parent = this.indexOf.get(id);
        if (parent === undefined) continue;
        up.add(child, parent);
        down.add(parent, child);
      }
    });
    this.up = up.build();
    this.down = down.build();
  }

  get size(): number {
    return this.records.length;
  }

  get isaCount(): number {
    return this.up.edgeCount;
  }

  /** The concept's position, for the name index. */
  position(id: string): number | undefined {
    return this.indexOf.get(id);
  }

  at(position: number): ConceptRecord {
    return this.records[position];
  }

  byId(id: string): ConceptRecord | null {
    const at = this.indexOf.get(id);
    return at === undefined ? null : this.records[at];
  }

  parents(id: string): ConceptRecord[] {
    return this.neighbours(id, this.up);
  }

  children(id: string): ConceptRecord[] {
    return this.neighbours(id, this.down);
  }

  /** Each ancestor once at its shortest distance ≤ maxDepth, nearest first. */
  ancestors(id: string, maxDepth: number): RelatedConcept[] {
    return this.related(id, this.up, Math.min(maxDepth, ANCESTRY_BOUND)).sort(byDistanceThenId);
  }

  /** Descendants nearest first, the first `first` by (distance, id) as Cypher's ORDER BY/LIMIT picks them. */
  descendants(id: string, maxDepth: number, first: number): RelatedConcept[] {
    const found = this.related(id, this.down, Math.min(maxDepth, ANCESTRY_BOUND));
    found.sort((a, b) => a.distance - b.distance || codeUnitOrder(a.concept.id, b.concept.id));
    return found.slice(0, first).sort(byDistanceThenId);
  }

  /** Whether `ancestorId` is reachable upwards from `id` (any depth; a concept on a cycle is its own). */
  isDescendantOf(id: string, ancestorId: string): boolean {
    const start = this.indexOf.get(id);
    const target = this.indexOf.get(ancestorId);
    if (start === undefined || target === undefined) return false;
    return this.reach(start, this.up, Infinity).has(target);
  }

  /**
   * A shortest is-a route, up or down, of at most 40 steps; null when none or an id is unknown.
   * Breadth-first from both ends, always growing the smaller frontier: a search from one end
   * alone walks down from every ancestor it meets, which at UMLS size is most of the graph.
   */
  pathTo(fromId: string, toId: string): ConceptRecord[] | null {
    const from = this.indexOf.get(fromId);
    const to = this.indexOf.get(toId);
    if (from === undefined || to === undefined) return null;
    if (from === to) return [this.records[from]];
    const sides = [new Side(from), new Side(to)];
    while (sides[0].depth + sides[1].depth < PATH_BOUND && sides[0].frontier.length > 0 && sides[1].frontier.length > 0) {
      const grow = sides[0].frontier.length <= sides[1].frontier.length ? 0 : 1;
      const meet = this.growLevel(sides[grow], sides[1 - grow]);
      if (meet !== -1) {
        const [start, end] = sides;
        return [...start.routeTo(meet).reverse(), ...end.routeTo(meet).slice(1)].map((node) => this.records[node]);
      }
    }
    return null;
  }

  /**
   * Grows `side` by one level. Returns the meeting node nearest the other end, or -1: all
   * meetings of this level are as far from `side`'s start, so the nearest to the other end
   * closes the shortest route (no meeting before this level means none is shorter).
   */
  private growLevel(side: Side, other: Side): number {
    const next: number[] = [];
    let meet = -1;
    for (const node of side.frontier) {
      for (const adjacency of [this.up, this.down]) {
        adjacency.forEach(node, (neighbour) => {
          if (side.previous.has(neighbour)) return;
          side.previous.set(neighbour, node);
          next.push(neighbour);
          const distance = other.distance.get(neighbour);
          if (distance !== undefined && (meet === -1 || distance < other.distance.get(meet)!)) meet = neighbour;
        });
      }
    }
    side.depth += 1;
    for (const node of next) side.distance.set(node, side.depth);
    side.frontier = next;
    return meet;
  }

  private neighbours(id: string, adjacency: Adjacency): ConceptRecord[] {
    const at = this.indexOf.get(id);
    if (at === undefined) return [];
    const found = new Set<number>();
    adjacency.forEach(at, (other) => found.add(other));
    return [...found].map((node) => this.records[node]).sort(byNameThenId);
  }

  private related(id: string, adjacency: Adjacency, maxDepth: number): RelatedConcept[] {
    const at = this.indexOf.get(id);
    if (at === undefined) return [];
    return [...this.reach(at, adjacency, maxDepth)].map(([node, distance]) => ({ concept: this.records[node], distance }));
  }

  /**
   * Breadth-first distances from `start` over paths of 1..maxDepth steps. The start itself is
   * not seeded, so it appears only when a cycle leads back to it, as in `(c)-[:ISA]->{1,n}(a)`.
   */
  private reach(start: number, adjacency: Adjacency, maxDepth: number): Map<number, number> {
    const distance = new Map<number, number>();
    for (let frontier = [start], depth = 1; frontier.length > 0 && depth <= maxDepth; depth += 1) {
      const next: number[] = [];
      for (const node of frontier) {
        adjacency.forEach(node, (other) => {
          if (distance.has(other)) return;
          distance.set(other, depth);
          next.push(other);
        });
      }
      frontier = next;
    }
    return distance;
  }
}

/** One end of the two-ended search: what it reached, how, and how far. */
class Side {
  readonly previous = new Map<number, number>();
  readonly distance = new Map<number, number>();
  frontier: number[];
  depth = 0;

  constructor(start: number) {
    this.previous.set(start, -1);
    this.distance.set(start, 0);
    this.frontier = [start];
  }

  /** The route from `node` back to this side's start, `node` first. */
  routeTo(node: number): number[] {
    const route: number[] = [];
    for (let at = node; at !== -1; at = this.previous.get(at)!) route.push(at);
    return route;
  }
}
