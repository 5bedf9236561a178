import assert from 'node:assert/strict';
import { test } from 'node:test';
import { longTailLabels, scoreLabels } from '../../../tools/evaluation/label-metrics';

const set = (...labels: string[]): Set<string> => new Set(labels);

test('per-label, micro and macro scores on a hand-computed case', () => {
  const scores = scoreLabels(
    [
      { gold: set('A', 'B'), predicted: set('A') }, // A tp, B fn
      { gold: set('A'), predicted: set('A', 'B') }, // A tp, B fp
      { gold: set(), predicted: set('A', 'Z') }, // A fp; Z not scored
    ],
    ['A', 'B'],
  );
  const [a, b] = scores.perLabel;
  assert.deepEqual([a.prf.tp, a.prf.fp, a.prf.fn, a.support], [2, 1, 0, 2]);
  assert.ok(Math.abs(a.prf.f1 - 0.8) < 1e-12); // P 2/3, R 1
  assert.deepEqual([b.prf.tp, b.prf.fp, b.prf.fn, b.prf.f1], [0, 1, 1, 0]);
  assert.deepEqual([scores.micro.tp, scores.micro.fp, scores.micro.fn], [2, 2, 1]);
  assert.ok(Math.abs(scores.micro.f1 - 4 / 7) < 1e-12); // P 1/2, R 2/3
  assert.ok(Math.abs(scores.macroF1 - 0.4) < 1e-12);
});

test('long-tail labels: prevalence strictly under the threshold', () => {
  const golds = [set('A', 'B'), set('A'), set('A'), set('C')];
  assert.deepEqual(longTailLabels(golds, 0.25), []); // B and C are at exactly 25 %
  assert.deepEqual(longTailLabels(golds, 0.3), ['B', 'C']);
  assert.deepEqual(longTailLabels([], 0.3), []);
});
