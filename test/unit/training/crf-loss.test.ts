import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mulberry32 } from '../../../src/shared/core/prng';
import { crfBatch } from '../../../src/training/core/crf-loss';

// 3 tags (O, B, I); two documents of 3 and 2 tokens back to back.
const K = 3;
const BATCH = { tokens: 5, docStarts: Int32Array.of(0, 3, 5) };
const GOLD = Int32Array.of(1, 2, 0, 0, 1);

function scores(seed: number): { tagCount: number; transitions: Float32Array; startScores: Float32Array } {
  const random = mulberry32(seed);
  return {
    tagCount: K,
    transitions: new Float32Array(K * K).map(() => random() - 0.5),
    startScores: new Float32Array(K).map(() => random() - 0.5),
  };
}
const grads = (): { transitions: Float32Array; startScores: Float32Array } => ({
  transitions: new Float32Array(K * K),
  startScores: new Float32Array(K),
});

test('joint CRF: ∂NLL/∂logits (through the log-softmax emissions) matches central differences', () => {
  const w = scores(7);
  const random = mulberry32(8);
  const logits = new Float64Array(BATCH.tokens * K).map(() => 2 * random() - 1);
  const { logitGrad } = crfBatch(w, BATCH, logits, GOLD, grads(), true);
  const nll = (): number => crfBatch(w, BATCH, logits, GOLD, grads(), false).nll;
  const h = 1e-5;
  for (let i = 0; i < logits.length; i++) {
    const keep = logits[i];
    logits[i] = keep + h;
    const plus = nll();
    logits[i] = keep - h;
    const minus = nll();
    logits[i] = keep;
    const numeric = (plus - minus) / (2 * h);
    assert.ok(Math.abs(numeric - logitGrad![i]) < 1e-6, `logit ${i}: numeric ${numeric}, analytic ${logitGrad![i]}`);
  }
});

test('joint CRF on a hand case: one token, zero scores, gold B', () => {
  // Emissions log(1/3) each; I may not start a sequence, so P(O) = P(B) = 1/2:
  // NLL = log(2/3) − log(1/3) = log 2; ∂/∂logits = marginals − one-hot = (1/2, −1/2, 0).
  const zero = { tagCount: K, transitions: new Float32Array(K * K), startScores: new Float32Array(K) };
  const r = crfBatch(zero, { tokens: 1, docStarts: Int32Array.of(0, 1) }, new Float64Array(K), Int32Array.of(1), grads(), true);
  assert.ok(Math.abs(r.nll - Math.log(2)) < 1e-12);
  const expected = [0.5, -0.5, 0];
  r.logitGrad!.forEach((g, j) => assert.ok(Math.abs(g - expected[j]) < 1e-12, `tag ${j}: ${g}`));
});

test('without joint training the decoder gradient is the same and no logit gradient is computed', () => {
  const w = scores(9);
  const logits = new Float64Array(BATCH.tokens * K).map((_, i) => Math.sin(i));
  const joint = grads();
  const decoderOnly = grads();
  const a = crfBatch(w, BATCH, logits, GOLD, joint, true);
  const b = crfBatch(w, BATCH, logits, GOLD, decoderOnly, false);
  assert.equal(b.logitGrad, null);
  assert.equal(a.nll, b.nll);
  assert.deepEqual(joint, decoderOnly);
});
