import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ontology } from './fixture';

test('is-a distance goes purely up (ANCESTOR) or purely down (DESCENDANT)', () => {
  assert.deepEqual(ontology.isaDistance('LLLP', 'LD', 6), { distance: 2, relation: 'ANCESTOR' });
  assert.deepEqual(ontology.isaDistance('LD', 'LLLP', 6), { distance: 2, relation: 'DESCENDANT' });
  assert.equal(ontology.isaDistance('LLLP', 'LD', 1), null);
  assert.equal(ontology.isaDistance('PN', 'CM', 6), null, 'unrelated');
  assert.equal(ontology.isaDistance('CONS', 'CONS2', 6), null, 'same synonym class is not an is-a step');
});

test('synonym classes have the smallest id as representative', () => {
  assert.equal(ontology.canonicalOf('CONS2'), 'CONS');
  assert.deepEqual(ontology.synonymsOf('CONS'), ['CONS', 'CONS2']);
  assert.deepEqual(ontology.synonymsOf('UNKNOWN'), ['UNKNOWN']);
});

test('isDescendantOrSelf follows is-a at any depth and honours synonyms at the ends', () => {
  assert.equal(ontology.isDescendantOrSelf('LLLP', 'LD'), true);
  assert.equal(ontology.isDescendantOrSelf('LD', 'LD'), true);
  assert.equal(ontology.isDescendantOrSelf('LD', 'PN'), false);
  assert.equal(ontology.isDescendantOrSelf('CONS2', 'CONS'), true);
  assert.equal(ontology.isDescendantOrSelf('D7', 'D0'), true);
});
