import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TaggerWeights } from '../../../src/extraction/tagger/core/weights';
import { backward, createGradients, forward, initWeights, type TokenBatch } from '../../../src/training/core/network';
import { mulberry32 } from '../../../src/shared/core/prng';
import { transitionGradient } from '../../../src/training/core/transitions';

/** Two documents (3 and 2 tokens) back to back, a few feature ids each. */
const BATCH: TokenBatch = {
  ids: Int32Array.from([1, 2, 3, 4, 5, 6, 1, 7, 2, 8]),
  offsets: Int32Array.from([0, 2, 4, 6, 8, 10]),
  tokens: 5,
  docStarts: Int32Array.from([0, 3, 5]),
};

/** L = Σ logits · R for a fixed random R, so ∂L/∂logits = R. */
function objective(w: TaggerWeights, r: Float64Array, dropoutSeed: number | null): number {
  const dropout = dropoutSeed === null ? undefined : { rate: 0.3, random: mulberry32(dropoutSeed) };
  const { logits } = forward(w, BATCH, dropout);
  let s = 0;
  for (let i = 0; i < logits.length; i++) s += logits[i] * r[i];
  return s;
}

for (const [name, contextWidth, activation, dropoutSeed] of [
  ['window model, tanh', 0, 'tanh', null],
  ['sequence model r=1, tanh', 1, 'tanh', null],
  ['sequence model r=2, tanh, dropout 0.3', 2, 'tanh', 9],
] as const) {
  test(`${name}: backward matches central differences`, () => {
    const w = initWeights({ buckets: 10, embeddingDim: 3, hiddenDim: 4, tagCount: 3, activation, contextWidth }, mulberry32(2));
    w.b1.fill(0.1);
    const random = mulberry32(3);
    const r = new Float64Array(BATCH.tokens * 3).map(() => random() - 0.5);
    const dropout = dropoutSeed === null ? undefined : { rate: 0.3, random: mulberry32(dropoutSeed) };
    const g = createGradients(w);
    backward(w, BATCH, forward(w, BATCH, dropout), r, g);
    const h = 1e-2;
    for (const param of ['embeddings', 'w1', 'b1', 'wc', 'bc', 'w2', 'b2'] as const) {
      const values = w[param];
      for (let i = 0; i < values.length; i++) {
        const keep = values[i];
        values[i] = keep + h;
        const plus = objective(w, r, dropoutSeed);
        values[i] = keep - h;
        const minus = objective(w, r, dropoutSeed);
        values[i] = keep;
        const numeric = (plus - minus) / (2 * h);
        const analytic = g[param][i];
        assert.ok(
          Math.abs(numeric - analytic) < 2e-3 + 2e-2 * Math.abs(numeric),
          `${param}[${i}]: numeric ${numeric}, analytic ${analytic}`,
        );
      }
    }
  });
}

test('a document never sees its neighbour in the batch: its logits equal those of the document alone', () => {
  const w = initWeights({ buckets: 10, embeddingDim: 3, hiddenDim: 4, tagCount: 3, activation: 'tanh', contextWidth: 2 }, mulberry32(4));
  const both = forward(w, BATCH).logits;
  const second = forward(w, {
    ids: BATCH.ids.slice(6),
    offsets: BATCH.offsets.slice(3).map((o) => o - 6),
    tokens: 2,
    docStarts: Int32Array.of(0, 2),
  }).logits;
  for (let i = 0; i < second.length; i++) assert.ok(Math.abs(both[9 + i] - second[i]) < 1e-6);
});

test('transition scores: CRF gradient matches central differences; NLL on a hand case', () => {
  // 3 tags (O, B, I), 4 tokens of random log-probabilities.
  const k = 3;
  const random = mulberry32(5);
  const emissions = new Float64Array(4 * k).map(() => Math.log(0.05 + random()));
  const gold = Int32Array.from([0, 1, 2, 0]);
  const trans = new Float32Array(k * k).map(() => random() - 0.5);
  const start = new Float32Array(k).map(() => random() - 0.5);
  const gT = new Float32Array(k * k);
  const gS = new Float32Array(k);
  const nll = (): number => transitionGradient(emissions, 0, 4, k, gold, trans, start, new Float32Array(k * k), new Float32Array(k));
  transitionGradient(emissions, 0, 4, k, gold, trans, start, gT, gS);
  for (const [values, grad] of [
    [trans, gT],
    [start, gS],
  ] as const) {
    for (let i = 0; i < values.length; i++) {
      const keep = values[i];
      values[i] = keep + 1e-2;
      const plus = nll();
      values[i] = keep - 1e-2;
      const minus = nll();
      values[i] = keep;
      assert.ok(Math.abs((plus - minus) / 2e-2 - grad[i]) < 1e-3, `index ${i}`);
    }
  }
  // One token, two allowed start tags (O, B; I is forbidden), zero scores and emissions:
  // NLL = log(e^0 + e^0) − 0 = log 2.
  const one = transitionGradient(
    new Float64Array(3),
    0,
    1,
    3,
    Int32Array.of(1),
    new Float32Array(9),
    new Float32Array(3),
    new Float32Array(9),
    new Float32Array(3),
  );
  assert.ok(Math.abs(one - Math.log(2)) < 1e-12);
});
