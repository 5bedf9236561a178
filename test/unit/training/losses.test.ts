import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildLoss,
  crossEntropy,
  focalLoss,
  perTokenDsc,
  selfAdjustingDsc,
  setDice,
  softDice,
  tversky,
  weightedCrossEntropy,
  type LossFn,
  type LossInput,
} from '../../../src/training/core/losses';
import { mulberry32 } from '../../../src/shared/core/prng';
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
    plus[x] += h;
    minus[x] -= h;
    const numeric = (loss({ ...input, logits: plus }).loss - loss({ ...input, logits: minus }).loss) / (2 * h);
    const err = Math.abs(numeric - grad[x]) / Math.max(1e-3, Math.abs(numeric) + Math.abs(grad[x]));
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
  ['per-token DSC squared', perTokenDsc(1, red, true)],
  ['self-adjusting DSC α=0.1 squared', selfAdjustingDsc(0.1, 1, red, true)],
  ['Tversky α=0.3 β=0.7 squared', tversky(0.3, 0.7, 1, red, true)],
  ['Tversky α=0.3 β=0.7', tversky(0.3, 0.7, 1, red)],
  ['self-adjusting DSC α=0.1', selfAdjustingDsc(0.1, 1, red)],
  ['self-adjusting DSC α=1 γ=1e-4 O excluded', selfAdjustingDsc(1, 1e-4, redO)],
  ['batch self-adjusting Dice (γ=1, α=0.01, squared)', setDice(1, true, 0.01, red)],
  ['batch self-adjusting Dice α=0.5, not squared, O excluded', setDice(1, false, 0.5, redO)],
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

// The hand case: two tokens, two classes (0 = O, 1 = entity), plus one padding token.
//   token 1: logits [0, 0]     → p = [1/2, 1/2], gold 0
//   token 2: logits [0, ln 3]  → p = [1/4, 3/4], gold 1
// n = 2 real tokens; Dice-family losses average their two classes (c_k = 1/2).
const HAND: LossInput = {
  logits: Float64Array.from([0, 0, 0, Math.log(3), 5, -5]),
  gold: Int32Array.from([0, 1, 0]),
  tokens: 3,
  classes: 2,
  mask: Uint8Array.from([1, 1, 0]),
};
const P = [
  [1 / 2, 1 / 2],
  [1 / 4, 3 / 4],
]; // P[token][class]
const Y = [
  [1, 0],
  [0, 1],
];
const near = (a: number, b: number, what: string): void => assert.ok(Math.abs(a - b) < 1e-12, `${what}: ${a} vs ${b}`);

test('CE, weighted CE and focal equal their formulas on the hand case', () => {
  near(crossEntropy(HAND).loss, -(Math.log(1 / 2) + Math.log(3 / 4)) / 2, 'CE');
  near(weightedCrossEntropy([1, 2])(HAND).loss, -(1 * Math.log(1 / 2) + 2 * Math.log(3 / 4)) / 2, 'weighted CE');
  near(focalLoss(2)(HAND).loss, -((1 / 2) ** 2 * Math.log(1 / 2) + (1 / 4) ** 2 * Math.log(3 / 4)) / 2, 'focal');
});

test('per-token DSC, self-adjusting DSC and Tversky equal (1/n) Σ_i of their per-token terms on the hand case', () => {
  const perToken = (term: (p: number, y: number) => number): number => {
    let sum = 0;
    for (let k = 0; k < 2; k++) for (let i = 0; i < 2; i++) sum += 0.5 * term(P[i][k], Y[i][k]);
    return sum / 2;
  };
  const dsc = (r: number, y: number): number => 1 - (2 * r * y + 1) / (r + y + 1);
  // Written out: class 0 terms 1 − 2/2.5 and 1 − 1/1.25; class 1 terms 1 − 1/1.5 and 1 − 2.5/2.75.
  near(perToken(dsc), (0.5 * (0.2 + 0.2) + 0.5 * (1 / 3 + 1 / 11)) / 2, 'written-out DSC');
  near(perTokenDsc(1, red)(HAND).loss, perToken(dsc), 'per-token DSC');
  near(
    selfAdjustingDsc(0.1, 1, red)(HAND).loss,
    perToken((p, y) => dsc((1 - p) ** 0.1 * p, y)),
    'self-adjusting DSC',
  );
  const tv = (p: number, y: number): number => 1 - (p * y + 1) / (p * y + 0.3 * p * (1 - y) + 0.7 * (1 - p) * y + 1);
  near(tversky(0.3, 0.7, 1, red)(HAND).loss, perToken(tv), 'Tversky');
  // O excluded and summed: only class 1, still averaged over tokens.
  near(perTokenDsc(1, redO)(HAND).loss, (1 / 3 + 1 / 11) / 2, 'per-token DSC, O excluded');
});

test('set-level soft Dice and batch self-adjusting Dice equal their formulas on the hand case', () => {
  const setLevel = (phi: (p: number) => number, squared: boolean): number => {
    let loss = 0;
    for (let k = 0; k < 2; k++) {
      let inter = 0;
      let den = 0;
      for (let i = 0; i < 2; i++) {
        const r = phi(P[i][k]);
        inter += r * Y[i][k];
        den += (squared ? r * r : r) + Y[i][k];
      }
      loss += 0.5 * (1 - (2 * inter + 1) / (den + 1));
    }
    return loss;
  };
  near(
    softDice(1, false, red)(HAND).loss,
    setLevel((p) => p, false),
    'soft Dice',
  );
  near(
    softDice(1, true, red)(HAND).loss,
    setLevel((p) => p, true),
    'soft Dice squared',
  );
  near(
    setDice(1, true, 0.01, red)(HAND).loss,
    setLevel((p) => (1 - p) ** 0.01 * p, true),
    'batch self-adjusting Dice',
  );
  // class 1 written out, plain soft Dice: 1 − (2·3/4 + 1) / (1/2 + 3/4 + 1 + 1) = 1 − 2.5/3.25
  near(softDice(1, false, redO)(HAND).loss, 1 - 2.5 / 3.25, 'soft Dice, O excluded');
});

test('per-token losses are on the CE scale: repeating the batch leaves the loss unchanged and halves each token gradient, like CE', () => {
  const input = randomInput(4);
  const doubled: LossInput = {
    logits: Float64Array.from([...input.logits, ...input.logits]),
    gold: Int32Array.from([...input.gold, ...input.gold]),
    tokens: 2 * TOKENS,
    classes: CLASSES,
    mask: Uint8Array.from([...input.mask!, ...input.mask!]),
  };
  for (const [name, loss] of [
    ['CE', crossEntropy],
    ['DSC', perTokenDsc(1, red)],
    ['Tversky', tversky(0.3, 0.7, 1, red)],
    ['self-adjusting DSC', selfAdjustingDsc(0.1, 1, red)],
  ] as const) {
    const one = loss(input);
    const two = loss(doubled);
    near(two.loss, one.loss, `${name} loss`);
    for (let x = 0; x < one.grad.length; x++) near(two.grad[x], one.grad[x] / 2, `${name} grad[${x}]`);
  }
});

test('ceWeight λ means loss + λ·CE, both per-token means; refused with kind "ce"', () => {
  const input = randomInput(6);
  for (const kind of ['dsc', 'self-adjusting-dsc', 'batch-self-adjusting-dsc', 'focal'] as const) {
    const base = buildLoss({ kind }, CLASSES)(input);
    const mixed = buildLoss({ kind, ceWeight: 0.5 }, CLASSES)(input);
    const ce = crossEntropy(input);
    near(mixed.loss, base.loss + 0.5 * ce.loss, `${kind} loss`);
    for (let x = 0; x < ce.grad.length; x++) near(mixed.grad[x], base.grad[x] + 0.5 * ce.grad[x], `${kind} grad`);
  }
  assert.throws(
    () => buildLoss({ kind: 'ce', ceWeight: 1 }, CLASSES),
    (e: unknown) => e instanceof ConfigError && e.field === 'loss.ceWeight',
  );
});

test('batch self-adjusting Dice defaults to the reference settings: γ = 1, α = 0.01, squared denominator', () => {
  const input = randomInput(8);
  near(buildLoss({ kind: 'batch-self-adjusting-dsc' }, CLASSES)(input).loss, setDice(1, true, 0.01, red)(input).loss, 'defaults');
});

test('per-token DSC, self-adjusting DSC and Tversky default to γ = 1 and a squared per-token denominator (the reference NER setting): values on the hand case', () => {
  // Squared: 1 − (2 r y + 1) / (r² + y² + 1), written out per (class, token):
  //   class 0: token 1 (p 1/2, y 1) 1 − 2/2.25 = 1/9;  token 2 (p 1/4, y 0) 1 − 1/(17/16) = 1/17
  //   class 1: token 1 (p 1/2, y 0) 1 − 1/1.25 = 1/5;  token 2 (p 3/4, y 1) 1 − 2.5/(41/16) = 1/41
  // class mean (1/2) of token means (1/2):
  near(buildLoss({ kind: 'dsc' }, 2)(HAND).loss, (1 / 9 + 1 / 17 + 1 / 5 + 1 / 41) / 4, 'per-token DSC default');
  near(perTokenDsc(1, red, true)(HAND).loss, (1 / 9 + 1 / 17 + 1 / 5 + 1 / 41) / 4, 'per-token DSC squared');
  const sa = (p: number, y: number): number => {
    const r = (1 - p) ** 0.1 * p;
    return 1 - (2 * r * y + 1) / (r * r + y + 1);
  };
  near(
    buildLoss({ kind: 'self-adjusting-dsc' }, 2)(HAND).loss,
    (sa(0.5, 1) + sa(0.25, 0) + sa(0.5, 0) + sa(0.75, 1)) / 4,
    'self-adjusting DSC default',
  );
  // Tversky α 0.3, β 0.7, squared false-positive mass 0.3 p² (1 − y):
  //   class 0: 1 − 1.5/(0.5 + 0.35 + 1) = 7/37; 1 − 1/(0.3/16 + 1) = 3/163
  //   class 1: 1 − 1/(0.3/4 + 1) = 3/43;        1 − 1.75/(0.75 + 0.175 + 1) = 1/11
  near(buildLoss({ kind: 'tversky', alpha: 0.3, beta: 0.7 }, 2)(HAND).loss, (7 / 37 + 3 / 163 + 3 / 43 + 1 / 11) / 4, 'Tversky default');
  // The linear denominator stays available: class 0 1 − 2/2.5, 1 − 1/1.25; class 1 1 − 1/1.5, 1 − 2.5/2.75.
  near(buildLoss({ kind: 'dsc', squaredDenominator: false }, 2)(HAND).loss, (0.2 + 0.2 + 1 / 3 + 1 / 11) / 4, 'per-token DSC linear');
  // Set-level soft Dice keeps γ = 1, linear: class 0 1 − (2·1/2 + 1)/(3/4 + 1 + 1), class 1 1 − (2·3/4 + 1)/(5/4 + 1 + 1).
  near(buildLoss({ kind: 'soft-dice' }, 2)(HAND).loss, (1 - 2 / 2.75 + (1 - 2.5 / 3.25)) / 2, 'soft Dice default');
});

test('squared per-token DSC and Tversky: a non-entity token stops pushing as p → 0 while an entity token still pulls (all-O is not stationary)', () => {
  // One token of each kind, entity logit z, O logit 0: at z = −12 (p ≈ 6e-6) the entity
  // token's gradient pulls z up and the O token's push is near 0; linear, the push wins.
  const at = (gold: number, squared: boolean): number =>
    perTokenDsc(
      1,
      { excludeOutside: true, reduction: 'sum' },
      squared,
    )({ logits: Float64Array.from([0, -12]), gold: Int32Array.from([gold]), tokens: 1, classes: 2 }).grad[1];
  assert.ok(at(1, true) < 0 && at(0, true) >= 0);
  assert.ok(-at(1, true) > 100 * at(0, true), `pull ${-at(1, true)} vs push ${at(0, true)}`);
  assert.ok(at(0, false) > -at(1, false), 'linear: the O token pushes harder than the entity token pulls');
  const tv = (gold: number, squared: boolean): number =>
    tversky(
      0.3,
      0.7,
      1,
      { excludeOutside: true, reduction: 'sum' },
      squared,
    )({ logits: Float64Array.from([0, -12]), gold: Int32Array.from([gold]), tokens: 1, classes: 2 }).grad[1];
  assert.ok(tv(1, true) < 0 && -tv(1, true) > 100 * tv(0, true), 'Tversky squared');
});

test('invalid loss parameters are refused with the field named', () => {
  const bad: [object, string][] = [
    [{ kind: 'tversky', alpha: 1.5 }, 'loss.alpha'],
    [{ kind: 'tversky', beta: -0.1 }, 'loss.beta'],
    [{ kind: 'self-adjusting-dsc', alpha: -1 }, 'loss.alpha'],
    [{ kind: 'batch-self-adjusting-dsc', alpha: -1 }, 'loss.alpha'],
    [{ kind: 'focal', focalGamma: -2 }, 'loss.focalGamma'],
    [{ kind: 'dsc', smoothing: -1 }, 'loss.smoothing'],
    [{ kind: 'dsc', smoothing: Number.NaN }, 'loss.smoothing'],
    [{ kind: 'weighted-ce', classWeights: [1, 2] }, 'loss.classWeights'],
    [{ kind: 'hinge' }, 'loss.kind'],
  ];
  for (const [config, field] of bad) {
    assert.throws(
      () => buildLoss(config as never, 5),
      (e: unknown) => e instanceof ConfigError && e.field === field,
      JSON.stringify(config),
    );
  }
});
