import assert from 'node:assert/strict';
import { test } from 'node:test';
import { precisionAtK, randomPrecision, voteLabels } from '../../../tools/evaluation/retrieval-metrics';

const set = (...labels: string[]): Set<string> => new Set(labels);

test('precision@k counts empty slots as misses', () => {
  const neighbours = [set('A'), set('B'), set('A', 'C')];
  assert.equal(precisionAtK(set('A'), neighbours, 1), 1);
  assert.equal(precisionAtK(set('A'), neighbours, 3), 2 / 3);
  assert.equal(precisionAtK(set('A'), neighbours, 5), 2 / 5);
  assert.equal(precisionAtK(set('C'), neighbours, 1), 0);
});

test('kNN vote: nearest neighbour at k = 1, strict majority of the k slots above', () => {
  const neighbours = [set('A', 'B'), set('A'), set('C'), set('A', 'C'), set('B')];
  assert.deepEqual([...voteLabels(neighbours, 1)].sort(), ['A', 'B']);
  assert.deepEqual([...voteLabels(neighbours, 5)], ['A']); // A 3/5; B and C 2/5
  assert.deepEqual([...voteLabels(neighbours.slice(0, 2), 5)], []); // 2 of 5 slots filled: no majority
  assert.deepEqual([...voteLabels(neighbours.slice(0, 4), 4)], ['A']); // A 3 of 4 > 2; C 2 of 4 is no majority
});

test('random baseline: mean share of other reports sharing a label', () => {
  // q0 {A}: shares with q1 → 1/2; q1 {A,B}: q0 and q2 → 1; q2 {B}: q1 → 1/2; q3 {} skipped as a query
  const golds = [set('A'), set('A', 'B'), set('B'), set()];
  assert.ok(Math.abs(randomPrecision(golds) - (1 / 3 + 2 / 3 + 1 / 3) / 3) < 1e-12);
});
