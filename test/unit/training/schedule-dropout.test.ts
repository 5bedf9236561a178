import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dropFeatures } from '../../../src/training/core/feature-dropout';
import { scheduledRate } from '../../../src/training/core/lr-schedule';

test('learning-rate schedules: hand-computed rates over 4 planned steps', () => {
  const at = (schedule: 'constant' | 'linear' | 'cosine'): number[] => [1, 2, 3, 4, 5].map((s) => scheduledRate(schedule, 0.01, s, 4));
  assert.deepEqual(at('constant'), [0.01, 0.01, 0.01, 0.01, 0.01]);
  assert.deepEqual(
    at('linear').map((r) => +r.toFixed(6)),
    [0.01, 0.0075, 0.005, 0.0025, 0],
  );
  // 0.005 (1 + cos(π s/4)): cos 0 = 1, cos π/4 = 0.70711, cos π/2 = 0, cos 3π/4 = −0.70711, cos π = −1
  assert.deepEqual(
    at('cosine').map((r) => +r.toFixed(6)),
    [0.01, 0.008536, 0.005, 0.001464, 0],
  );
});

test('feature dropout replaces an id by padding 0 exactly when the draw is below the rate', () => {
  const draws = [0.05, 0.5, 0.2, 0.19, 0.9];
  let i = 0;
  const ids = Int32Array.of(7, 8, 9, 10, 11);
  assert.deepEqual([...dropFeatures(ids, 0.2, () => draws[i++])], [0, 8, 9, 0, 11]);
  assert.deepEqual([...ids], [7, 8, 9, 10, 11], 'the batch itself is not changed');
  assert.equal(
    dropFeatures(ids, 0, () => assert.fail('no draws at rate 0')),
    ids,
  );
});
