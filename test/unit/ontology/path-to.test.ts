/**
 * pathTo searches from both ends; on random is-a graphs it must find a route exactly when a
 * one-ended breadth-first search does, as short, along real edges, within 40 steps.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ConceptRecord } from '../../../src/ontology/concept.record';
import { OntologyGraph, type GraphConceptRow } from '../../../src/ontology/memory/ontology-graph';

const concept = (id: string): ConceptRecord => ({ id, name: id, sources: ['T'], synonyms: [id], tuis: [], stys: [] });

/** Shortest undirected distance by plain breadth-first search, or null beyond `bound`. */
function referenceDistance(rows: GraphConceptRow[], from: string, to: string, bound: number): number | null {
  const known = new Set(rows.map((r) => r.concept.id));
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string) => (links.get(a) ?? links.set(a, new Set()).get(a)!).add(b);
  for (const row of rows) for (const parent of row.parents) if (known.has(parent)) { link(row.concept.id, parent); link(parent, row.concept.id); }
  const distance = new Map([[from, 0]]);
  for (let frontier = [from], d = 0; frontier.length > 0 && d < bound; d++) {
    const next: string[] = [];
    for (const node of frontier) for (const other of links.get(node) ?? []) if (!distance.has(other)) { distance.set(other, d + 1); next.push(other); }
    frontier = next;
  }
  return distance.get(to) ?? null;
}

const graphs = fc.integer({ min: 1, max: 40 }).chain((size) =>
  fc.record({
    size: fc.constant(size),
    edges: fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: size * 2 }),
    from: fc.nat(size - 1),
    to: fc.nat(size - 1),
  }),
);

test('pathTo agrees with a one-ended search on random graphs (cycles and several parents included)', () => {
  fc.assert(
    fc.property(graphs, ({ size, edges, from, to }) => {
      const rows: GraphConceptRow[] = Array.from({ length: size }, (_, i) => ({
        concept: concept(`c${i}`),
        parents: edges.filter(([child]) => child === i).map(([, parent]) => `c${parent}`),
      }));
      const graph = new OntologyGraph(rows);
      const path = graph.pathTo(`c${from}`, `c${to}`);
      const expected = referenceDistance(rows, `c${from}`, `c${to}`, 40);
      if (expected === null) return path === null;
      assert.ok(path, `no path where one of length ${expected} exists`);
      assert.equal(path.length - 1, expected);
      assert.equal(path[0].id, `c${from}`);
      assert.equal(path[path.length - 1].id, `c${to}`);
      for (let i = 1; i < path.length; i++) {
        const [a, b] = [path[i - 1].id, path[i].id];
        const adjacent = graph.parents(a).some((c) => c.id === b) || graph.children(a).some((c) => c.id === b);
        assert.ok(adjacent, `${a} and ${b} are not linked by is-a`);
      }
      return true;
    }),
    { numRuns: 500, seed: 20261130 },
  );
});

test('pathTo stops at 40 steps, as the Cypher pattern {0,40} does', () => {
  const chain = (n: number): GraphConceptRow[] => Array.from({ length: n }, (_, i) => ({ concept: concept(`c${i}`), parents: i === 0 ? [] : [`c${i - 1}`] }));
  assert.equal(new OntologyGraph(chain(41)).pathTo('c0', 'c40')?.length, 41);
  assert.equal(new OntologyGraph(chain(42)).pathTo('c0', 'c41'), null);
  assert.equal(new OntologyGraph(chain(42)).pathTo('c41', 'c0'), null);
});
