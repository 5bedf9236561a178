import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairedBootstrapF1 } from '../../../tools/evaluation/paired-bootstrap';

// doc 0: a finds its mention, b predicts nothing; doc 1: a's one prediction is wrong, b's is right.
const a = [
  { tp: 1, predicted: 1, gold: 1 },
  { tp: 0, predicted: 1, gold: 1 },
];
const b = [
  { tp: 0, predicted: 0, gold: 1 },
  { tp: 1, predicted: 1, gold: 1 },
];

test('paired bootstrap: two documents, hand-computed resamples', () => {
  // All documents: F1(a) = 2·1/(2+2) = 0.5, F1(b) = 2·1/(1+2) = 2/3, difference 1/6.
  // Resamples {0,0}: 0 − 1 = −1; {1,1}: 1 − 0 = +1; {0,1}: 1/6. Each extreme has probability 1/4,
  // so over 1,000 draws the 2.5th / 97.5th percentiles are the extremes themselves.
  const r = pairedBootstrapF1([{ a, b }]);
  assert.ok(Math.abs(r.difference - 1 / 6) < 1e-12);
  assert.equal(r.low, -1);
  assert.equal(r.high, 1);
});

test('paired bootstrap over seeds: every draw scores each seed on the same resample, the mean difference', () => {
  // Seed 2's b equals a: difference 0 on every resample. Mean over seeds: {0,0} → (−1 + 0)/2,
  // {1,1} → (1 + 0)/2, all documents → (1/6 + 0)/2.
  const r = pairedBootstrapF1([
    { a, b },
    { a, b: a },
  ]);
  assert.ok(Math.abs(r.difference - 1 / 12) < 1e-12);
  assert.equal(r.low, -0.5);
  assert.equal(r.high, 0.5);
});

test('paired bootstrap: identical documents give a zero-width interval; same seed, same interval', () => {
  const same = Array.from({ length: 5 }, () => ({ tp: 2, predicted: 3, gold: 4 }));
  const better = Array.from({ length: 5 }, () => ({ tp: 3, predicted: 3, gold: 4 }));
  const r = pairedBootstrapF1([{ a: same, b: better }]);
  const d = 6 / 7 - 4 / 7;
  assert.ok(Math.abs(r.difference - d) < 1e-12 && Math.abs(r.low - d) < 1e-12 && Math.abs(r.high - d) < 1e-12);
  const mixed = [{ a: [a[0], ...same.slice(1)], b: better }];
  assert.deepEqual(pairedBootstrapF1(mixed, 200, 7), pairedBootstrapF1(mixed, 200, 7));
});

test('paired bootstrap refuses documents that do not pair', () => {
  assert.throws(() => pairedBootstrapF1([{ a, b: [] }]), /same non-empty documents/);
  assert.throws(() => pairedBootstrapF1([]), /no runs/);
});
