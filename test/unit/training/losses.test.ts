import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildLoss,
  crossEntropy,
  focalLoss,
  perTokenDsc,
  selfAdjustingDsc,
  softDice,
  tversky,
  weightedCrossEntropy,
  type LossFn,
  type LossInput,
} from '../../../src/training/math/losses';
import { mulberry32 } from '../../../src/training/math/prng';
import { ConfigError } from '../../../src/training/errors';

const TOKENS = 7;
const CLASSES = 5;

function randomInput(seed: number, scale = 2): LossInput {
  const random = mulberry32(seed);
  const logits = new Float64Array(TOKENS * CLASSES).map(() => (random() - 0.5) * 2 * scale);
  const gold = new Int32Array(TOKENS).map(() => Math.floor(random() * CLASSES));
  const mask = Uint8Array.from([1, 1, 1, 1, 1, 0, 0]); // two padding tokens
  return { logits, gold, tokens: TOKENS, classes: CLASSES, mask };
}

/** Central differences; max relative error over all logits (absolute where tiny). */
function gradientError(loss: LossFn, input: LossInput): number {
  const { grad } = loss(input);
  const h = 1e-5;
  let worst = 0;
  for (let x = 0; x < input.logits.length; x++) {
    const plus = Float64Array.from(input.logits);
    const minus = Float64Array.from(input.logits);
    plus[x]! += h;
    minus[x]! -= h;
    const numeric = (loss({ ...input, logits: plus }).loss - loss({ ...input, logits: minus }).loss) / (2 * h);
    const err = Math.abs(numeric - grad[x]!) / Math.max(1e-3, Math.abs(numeric) + Math.abs(grad[x]!));
    worst = Math.max(worst, err);
  }
  return worst;
}

const red = { excludeOutside: false, reduction: 'mean' as const };
const redO = { excludeOutside: true, reduction: 'sum' as const };
const cases: [string, LossFn][] = [
  ['CE', crossEntropy],
  ['weighted CE', weightedCrossEntropy([0.2, 1, 2, 3, 0.5])],
  ['focal γ=2', focalLoss(2)],
  ['focal γ=0.5', focalLoss(0.5)],
  ['soft Dice', softDice(1, false, red)],
  ['soft Dice squared, γ=1e-4, O excluded', softDice(1e-4, true, redO)],
  ['per-token DSC', perTokenDsc(1, red)],
  ['per-token DSC γ=1e-4 O excluded', perTokenDsc(1e-4, redO)],
  ['Tversky α=0.3 β=0.7', tversky(0.3, 0.7, 1, red)],
  ['self-adjusting DSC α=0.1', selfAdjustingDsc(0.1, 1, red)],
  ['self-adjusting DSC α=1 γ=1e-4 O excluded', selfAdjustingDsc(1, 1e-4, redO)],
];

for (const [name, loss] of cases) {
  test(`gradient of ${name} matches central differences (rel. err < 1e-4)`, () => {
    for (const seed of [1, 2, 3]) {
      const input = randomInput(seed);
      const err = gradientError(loss, input);
      assert.ok(err < 1e-4, `seed ${seed}: relative error ${err}`);
      const { grad, loss: value } = loss(input);
      assert.ok(Number.isFinite(value));
      for (let c = 0; c < CLASSES; c++) {
        assert.equal(grad[5 * CLASSES + c], 0, 'padding gets no gradient');
        assert.equal(grad[6 * CLASSES + c], 0, 'padding gets no gradient');
      }
    }
  });
}

test('losses stay finite with saturated softmax (p = 1 in double precision)', () => {
  const input = randomInput(9, 60);
  for (const [name, loss] of cases) {
    const { loss: value, grad } = loss(input);
    assert.ok(Number.isFinite(value), name);
    assert.ok(grad.every(Number.isFinite), name);
  }
});

test('CE equals −mean log p on a hand case', () => {
  const logits = Float64Array.from([0, 0, Math.log(3), 0]); // p = [.5,.5], [.75,.25]
  const { loss } = crossEntropy({ logits, gold: Int32Array.from([0, 0]), tokens: 2, classes: 2 });
  assert.ok(Math.abs(loss - -(Math.log(0.5) + Math.log(0.75)) / 2) < 1e-12);
});

test('per-token DSC on a hand case', () => {
  // one token, two classes, p = [.5, .5], gold 0, γ = 1, O excluded, sum:
  // class 1: y = 0 → 1 − 1 / (0.5 + 0 + 1) = 1/3
  const { loss } = perTokenDsc(1, redO)({ logits: Float64Array.from([0, 0]), gold: Int32Array.from([0]), tokens: 1, classes: 2 });
  assert.ok(Math.abs(loss - 1 / 3) < 1e-12);
});

test('invalid loss parameters are refused with the field named', () => {
  const bad: [object, string][] = [
    [{ kind: 'tversky', alpha: 1.5 }, 'loss.alpha'],
    [{ kind: 'tversky', beta: -0.1 }, 'loss.beta'],
    [{ kind: 'self-adjusting-dsc', alpha: -1 }, 'loss.alpha'],
    [{ kind: 'focal', focalGamma: -2 }, 'loss.focalGamma'],
    [{ kind: 'dsc', smoothing: -1 }, 'loss.smoothing'],
    [{ kind: 'dsc', smoothing: Number.NaN }, 'loss.smoothing'],
    [{ kind: 'weighted-ce', classWeights: [1, 2] }, 'loss.classWeights'],
    [{ kind: 'hinge' }, 'loss.kind'],
  ];
  for (const [config, field] of bad) {
    assert.throws(() => buildLoss(config as never, 5), (e: unknown) => e instanceof ConfigError && e.field === field, JSON.stringify(config));
  }
});
