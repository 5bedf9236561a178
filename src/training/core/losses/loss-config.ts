/**
 * Loss selection and parameter validation. Out-of-range parameters are refused with a
 * `ConfigError` naming the field (e.g. `loss.alpha`). Defaults: smoothing γ = 1 (the
 * paper's value and the reference NER scripts'), every class (O included) in the
 * Dice-family class mean, focal γ = 2, per-token self-adjusting α = 0.1, Tversky
 * α = β = 0.5; a squared denominator for the per-token Dice family (the reference NER
 * setting; linear, all-O is a stable point — see dice.ts) and for the batch self-adjusting
 * Dice, which also takes the reference's α = 0.01.
 */
import { ConfigError } from '../../errors';
import { crossEntropy, focalLoss, weightedCrossEntropy } from './cross-entropy';
import { perTokenDsc, selfAdjustingDsc, setDice, softDice, tversky, type ClassReduction } from './dice';
import type { LossFn } from './types';

export type LossKind = 'ce' | 'weighted-ce' | 'focal' | 'soft-dice' | 'dsc' | 'tversky' | 'self-adjusting-dsc' | 'batch-self-adjusting-dsc';
export const LOSS_KINDS: readonly LossKind[] = [
  'ce',
  'weighted-ce',
  'focal',
  'soft-dice',
  'dsc',
  'tversky',
  'self-adjusting-dsc',
  'batch-self-adjusting-dsc',
];

export interface LossConfig {
  readonly kind: LossKind;
  /** weighted CE: one weight per tag, or 'inverse-frequency' (from training tag counts). */
  readonly classWeights?: readonly number[] | 'inverse-frequency';
  /** focal γ_f ≥ 0 */
  readonly focalGamma?: number;
  /** Dice smoothing γ ≥ 0 */
  readonly smoothing?: number;
  /** r² + y² in the Dice denominator (set-level: Σr² + Σy²; per-token DSC: r_i² + y_i²; Tversky: α r_i² (1 − y_i)) */
  readonly squaredDenominator?: boolean;
  /** Tversky α ∈ [0, 1] (false-positive weight); self-adjusting DSC α ≥ 0 */
  readonly alpha?: number;
  /** Tversky β ∈ [0, 1] (false-negative weight) */
  readonly beta?: number;
  readonly excludeOutside?: boolean;
  readonly reduction?: 'mean' | 'sum';
  /**
   * λ ≥ 0: the loss is L + λ·CE, both on the per-token mean scale (default 0 = the pure
   * loss). Per-token Dice losses are not proper scoring rules; a CE term keeps a gradient
   * where they saturate (see docs/tagger.md).
   */
  readonly ceWeight?: number;
}

const SQUARED_BY_DEFAULT = new Set<LossKind>(['dsc', 'self-adjusting-dsc', 'tversky', 'batch-self-adjusting-dsc']);

function num(value: number | undefined, fallback: number, field: string, ok: (v: number) => boolean, range: string): number {
  const v = value ?? fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || !ok(v)) throw new ConfigError(field, `must be ${range}, got ${String(v)}`);
  return v;
}

export function validateLossConfig(
  config: LossConfig,
  tagCount: number,
): Required<Omit<LossConfig, 'classWeights'>> & Pick<LossConfig, 'classWeights'> {
  if (!LOSS_KINDS.includes(config.kind))
    throw new ConfigError('loss.kind', `must be one of ${LOSS_KINDS.join(', ')}, got ${String(config.kind)}`);
  const unit = (v: number): boolean => v >= 0 && v <= 1;
  const nonNegative = (v: number): boolean => v >= 0;
  const reduction = config.reduction ?? 'mean';
  if (reduction !== 'mean' && reduction !== 'sum')
    throw new ConfigError('loss.reduction', `must be "mean" or "sum", got ${String(reduction)}`);
  const tv = config.kind === 'tversky';
  const batch = config.kind === 'batch-self-adjusting-dsc';
  const alpha = num(
    config.alpha,
    tv ? 0.5 : batch ? 0.01 : 0.1,
    'loss.alpha',
    tv ? unit : nonNegative,
    tv ? 'in [0, 1]' : 'a finite number >= 0',
  );
  const beta = num(config.beta, 0.5, 'loss.beta', unit, 'in [0, 1]');
  const smoothing = num(config.smoothing, 1, 'loss.smoothing', nonNegative, 'a finite number >= 0');
  if (tv && alpha + beta === 0 && smoothing === 0) throw new ConfigError('loss.beta', 'alpha + beta + smoothing must be > 0');
  const ceWeight = num(config.ceWeight, 0, 'loss.ceWeight', nonNegative, 'a finite number >= 0');
  if (config.kind === 'ce' && ceWeight !== 0)
    throw new ConfigError('loss.ceWeight', 'adds λ·CE to another loss; it is meaningless with kind "ce"');
  const focalGamma = num(config.focalGamma, 2, 'loss.focalGamma', nonNegative, 'a finite number >= 0');
  const weights = config.classWeights;
  if (config.kind === 'weighted-ce' && weights !== undefined && weights !== 'inverse-frequency') {
    if (!Array.isArray(weights) || weights.length !== tagCount)
      throw new ConfigError('loss.classWeights', `must be 'inverse-frequency' or ${tagCount} numbers (one per tag)`);
    // Array.isArray widens a readonly array to any[]; the declared element type is number.
    (weights as readonly number[]).forEach((w, i) => num(w, 0, `loss.classWeights[${i}]`, nonNegative, 'a finite number >= 0'));
  }
  return {
    kind: config.kind,
    classWeights: weights ?? 'inverse-frequency',
    focalGamma,
    smoothing,
    squaredDenominator: config.squaredDenominator ?? SQUARED_BY_DEFAULT.has(config.kind),
    alpha,
    beta,
    excludeOutside: config.excludeOutside ?? false,
    reduction,
    ceWeight,
  };
}

/** Balanced inverse-frequency weights n / (K · (count + 1)), from gold tag counts. */
function inverseFrequencyWeights(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => total / (counts.length * (c + 1)));
}

/** The loss function for a validated config; `tagCounts` feeds inverse-frequency weights. */
export function buildLoss(config: LossConfig, tagCount: number, tagCounts: readonly number[] = []): LossFn {
  const c = validateLossConfig(config, tagCount);
  const base = baseLoss(c, tagCount, tagCounts);
  const lambda = c.ceWeight;
  if (lambda === 0) return base;
  return (input) => {
    const a = base(input);
    const b = crossEntropy(input);
    return { loss: a.loss + lambda * b.loss, grad: a.grad.map((g, i) => g + lambda * b.grad[i]) };
  };
}

function baseLoss(c: ReturnType<typeof validateLossConfig>, tagCount: number, tagCounts: readonly number[]): LossFn {
  const red: ClassReduction = { excludeOutside: c.excludeOutside, reduction: c.reduction };
  switch (c.kind) {
    case 'ce':
      return crossEntropy;
    case 'weighted-ce':
      return weightedCrossEntropy(
        c.classWeights === 'inverse-frequency' || c.classWeights === undefined
          ? inverseFrequencyWeights(tagCounts.length === tagCount ? tagCounts : new Array<number>(tagCount).fill(0))
          : c.classWeights,
      );
    case 'focal':
      return focalLoss(c.focalGamma);
    case 'soft-dice':
      return softDice(c.smoothing, c.squaredDenominator, red);
    case 'dsc':
      return perTokenDsc(c.smoothing, red, c.squaredDenominator);
    case 'tversky':
      return tversky(c.alpha, c.beta, c.smoothing, red, c.squaredDenominator);
    case 'self-adjusting-dsc':
      return selfAdjustingDsc(c.alpha, c.smoothing, red, c.squaredDenominator);
    case 'batch-self-adjusting-dsc':
      return setDice(c.smoothing, c.squaredDenominator, c.alpha, red);
  }
}
