/** The in-process fuzzy name query: edit distance by hand, Lucene's AND, expansions and BM25 shape. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editsWithinOne, FuzzyNames } from '../../../src/ontology/memory/fuzzy-names';

const edits = (a: string, b: string): number => editsWithinOne([...a], [...b]);

test('Damerau–Levenshtein within one: substitution, insertion, deletion, adjacent swap; two edits are out', () => {
  assert.equal(edits('effusion', 'effusion'), 0);
  assert.equal(edits('effusion', 'efgusion'), 1);
  assert.equal(edits('effusion', 'efusion'), 1);
  assert.equal(edits('efusion', 'effusion'), 1);
  assert.equal(edits('effusion', 'effusoin'), 1);
  assert.equal(edits('effusion', 'effusionx'), 1);
  assert.equal(edits('effusion', 'efusoin'), -1);
  assert.equal(edits('abcd', 'badc'), -1);
  assert.equal(edits('abcd', 'ab'), -1);
  assert.equal(edits('naïve', 'naive'), 1); // code points, not bytes
});

test('every word required; names ranked by BM25: shorter name first, exact term above an edit', () => {
  const names = new FuzzyNames(['Pleural effusion', 'Effusion', 'Pleural effusion, left, loculated', 'Pericardial effusion', 'Effusions']);
  const found = (text: string): number[] => names.search(text, 30).map((h) => h.name);
  // "efusion" is one edit from "effusion", two from "effusions"; fewer tokens rank higher, ties by position.
  assert.deepEqual(found('efusion'), [1, 0, 3, 2]);
  // "effusion" exactly beats "effusions" (one edit, boost 1 − 1/8) for the one-word names.
  const plain = names.search('effusion', 30);
  assert.ok(plain.findIndex((h) => h.name === 1) < plain.findIndex((h) => h.name === 4));
  assert.deepEqual(found('pleural effusion').sort(), [0, 2]);
  assert.deepEqual(found('plueral efusion left'), [2]);
  assert.deepEqual(found('zzzz'), []);
  // A short word matches exactly only.
  assert.deepEqual(names.search('lef effusion', 30), []);
  assert.deepEqual(found('left effusion'), [2]);
  assert.equal(names.search('effusion', 2).length, 2);
});
