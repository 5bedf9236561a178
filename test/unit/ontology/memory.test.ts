import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ConceptRecord } from '../../../src/ontology/concept.record';
import { NameIndex } from '../../../src/ontology/memory/name-index';
import { OntologyGraph } from '../../../src/ontology/memory/ontology-graph';

const concept = (id: string, name = id): ConceptRecord => ({ id, name, sources: ['T'], synonyms: [name], tuis: [], stys: [] });

// root ← lung ← {pneumonia, effusion}; pneumonia ← viral; effusion also ← pleura (two parents).
// a ⇄ b is a cycle, as UMLS PAR/CHD can have.
const graph = new OntologyGraph([
  { concept: concept('root', 'Root'), parents: [] },
  { concept: concept('lung', 'Lung disease'), parents: ['root'] },
  { concept: concept('pleura', 'Pleural disease'), parents: ['root'] },
  { concept: concept('pneu', 'Pneumonia'), parents: ['lung'] },
  { concept: concept('eff', 'Effusion'), parents: ['lung', 'pleura', 'missing'] },
  { concept: concept('viral', 'Viral pneumonia'), parents: ['pneu'] },
  { concept: concept('a'), parents: ['b'] },
  { concept: concept('b'), parents: ['a'] },
]);
const ids = (list: { id: string }[] | null) => list?.map((c) => c.id) ?? null;
const at = (list: { concept: { id: string }; distance: number }[]) => list.map((r) => `${r.concept.id}@${r.distance}`);

describe('in-process ontology graph', () => {
  test('concepts, parents and children; unknown parents ignored', () => {
    assert.equal(graph.byId('eff')?.name, 'Effusion');
    assert.equal(graph.byId('nope'), null);
    assert.deepEqual(ids(graph.parents('eff')), ['lung', 'pleura']);
    assert.deepEqual(ids(graph.children('lung')), ['eff', 'pneu']);
    assert.equal(graph.isaCount, 8);
  });

  test('ancestors at their shortest distance, within maxDepth', () => {
    assert.deepEqual(at(graph.ancestors('viral', 20)), ['pneu@1', 'lung@2', 'root@3']);
    assert.deepEqual(at(graph.ancestors('viral', 2)), ['pneu@1', 'lung@2']);
    assert.deepEqual(at(graph.ancestors('eff', 5)), ['lung@1', 'pleura@1', 'root@2']);
  });

  test('a concept on a cycle is its own ancestor, as in the Cypher pattern {1,n}', () => {
    assert.deepEqual(at(graph.ancestors('a', 5)), ['b@1', 'a@2']);
    assert.equal(graph.isDescendantOf('a', 'a'), true);
    assert.equal(graph.isDescendantOf('root', 'root'), false);
  });

  test('descendants: the first n by distance then id', () => {
    assert.deepEqual(at(graph.descendants('root', 20, 100)), ['lung@1', 'pleura@1', 'eff@2', 'pneu@2', 'viral@3']);
    assert.deepEqual(at(graph.descendants('root', 20, 3)), ['lung@1', 'pleura@1', 'eff@2']);
    assert.deepEqual(at(graph.descendants('root', 1, 100)), ['lung@1', 'pleura@1']);
  });

  test('isDescendantOf and pathTo, up and down', () => {
    assert.equal(graph.isDescendantOf('viral', 'root'), true);
    assert.equal(graph.isDescendantOf('root', 'viral'), false);
    assert.equal(graph.isDescendantOf('viral', 'nope'), false);
    assert.deepEqual(ids(graph.pathTo('viral', 'eff')), ['viral', 'pneu', 'lung', 'eff']);
    assert.deepEqual(ids(graph.pathTo('eff', 'eff')), ['eff']);
    assert.equal(graph.pathTo('viral', 'a'), null);
    assert.equal(graph.pathTo('viral', 'nope'), null);
  });
});

describe('in-process name index', () => {
  const names = new NameIndex(
    [
      { text: 'Pneumonia', norm: 'pneumonia', preferred: true, concepts: [3] },
      { text: 'Pneumonitis', norm: 'pneumonitis', preferred: false, concepts: [3] },
      { text: 'Pneumonia, viral', norm: 'pneumonia viral', preferred: true, concepts: [5] },
      { text: 'Effusion', norm: 'effusion', preferred: true, concepts: [4] },
      { text: 'Pleural effusion', norm: 'pleural effusion', preferred: false, concepts: [4] },
    ],
    (position) => graph.at(position),
  );

  test('exact beats synonym beats prefix; each concept once at its best', () => {
    const hits = names.search('pneumonia', 'pneumonia', 2, 30);
    assert.deepEqual(
      hits.map((h) => `${h.concept.id}:${h.matched}:${h.score.toFixed(3)}`),
      ['pneu:EXACT:1.000', 'viral:PREFIX:0.780'],
    );
    assert.deepEqual(
      names.search('pneumonitis', 'pneumonitis', 1, 30).map((h) => h.matched),
      ['SYNONYM'],
    );
  });

  test('prefix candidates are the shortest names first, at most `candidates`', () => {
    assert.deepEqual(
      names.search('pneum', 'pneum', 1, 1).map((h) => h.concept.id),
      ['pneu'],
    );
    assert.deepEqual(
      names.search('pneum', 'pneum', 2, 30).map((h) => h.concept.id),
      ['pneu', 'viral'],
    );
  });

  test('fuzzy hits (one edit, every word) only below the others, the shorter name first', () => {
    const hits = names.search('pnuemonia', 'pnuemonia', 5, 30);
    assert.deepEqual(
      hits.map((h) => `${h.concept.id}:${h.matched}`),
      ['pneu:FUZZY', 'viral:FUZZY'],
    );
    assert.ok(hits[0].score > hits[1].score && hits[0].score < 0.55);
    // A prefix hit keeps its concept's place; the fuzzy "effusion" in "pleural effusion" adds nothing new.
    assert.deepEqual(
      names.search('effusio', 'effusio', 5, 30).map((h) => `${h.concept.id}:${h.matched}`),
      ['eff:PREFIX'],
    );
    // Every word must match ("viral" is in one name only), each within one edit: "efusoin" is two from "effusion".
    assert.deepEqual(
      names.search('pneumonai virl', 'pneumonai virl', 5, 30).map((h) => h.concept.id),
      ['viral'],
    );
    assert.deepEqual(names.search('zzz', 'zzz', 1, 30), []);
    assert.deepEqual(
      names.search('pleural efusoin', 'pleural efusoin', 5, 30).map((h) => h.concept.id),
      [],
    );
  });
});
