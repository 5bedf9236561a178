/** Training configuration: defaults and validation (errors name the field). */
import { ABBREVIATION_RULES, type AbbreviationRule } from '../extraction/tagger/core/abbreviation-spans';
import { DEFAULT_LABELS } from '../extraction/tagger/core/bio';
import { DEFAULT_HASHING, type HashingConfig } from '../extraction/tagger/core/features';
import type { Activation } from '../extraction/tagger/core/weights';
import { ConfigError } from './errors';
import { validateLossConfig, type LossConfig } from './core/losses';
import { LEARNING_RATE_SCHEDULES, type LearningRateSchedule } from './core/lr-schedule';

export interface TrainConfig {
  readonly labels?: readonly string[];
  readonly hashing?: Partial<HashingConfig>;
  readonly embeddingDim?: number;
  readonly hiddenDim?: number;
  readonly activation?: Activation;
  /** r ≥ 0: the context layer convolves tokens t−r..t+r; 0 = the smaller window model */
  readonly contextWidth?: number;
  /** dropout rate on the hidden vectors while training, in [0, 1) */
  readonly dropout?: number;
  /** probability of dropping each hashed feature id of a token while training, in [0, 1) */
  readonly featureDropout?: number;
  readonly loss?: LossConfig;
  /**
   * W ≥ 0: train the first W epochs with CE, then with `loss` (Dice-family losses are unstable
   * from random weights); early stopping only picks epochs after W. 0 = no warm-up.
   */
  readonly lossWarmupEpochs?: number;
  /**
   * λ ≥ 0: train the network on token loss + λ·(CRF NLL per token), jointly with the CRF's
   * transitions (whose gradient then reaches the emissions); 0 = the CRF trains only the decoder.
   */
  readonly crfWeight?: number;
  readonly learningRate?: number;
  /** decay of the learning rate over maxEpochs: constant, linear or cosine to 0 */
  readonly learningRateSchedule?: LearningRateSchedule;
  readonly beta1?: number;
  readonly beta2?: number;
  readonly epsilon?: number;
  /** reports per mini-batch */
  readonly batchSize?: number;
  readonly maxEpochs?: number;
  /** epochs without a dev span-F1 improvement before stopping (counted once dev F1 > 0) */
  readonly patience?: number;
  readonly seed?: number;
  readonly devFraction?: number;
  /** after early stopping chose the epoch count, train again on train + dev for that many epochs */
  readonly refit?: boolean;
  /** decode-time rule for abbreviations defined in a document (dev evaluation and inference) */
  readonly abbreviationRule?: AbbreviationRule;
}

export type ResolvedConfig = Required<Omit<TrainConfig, 'hashing' | 'loss'>> & {
  readonly hashing: HashingConfig;
  readonly loss: LossConfig;
};

const DEFAULT_TRAIN_CONFIG: ResolvedConfig = {
  labels: DEFAULT_LABELS,
  hashing: DEFAULT_HASHING,
  embeddingDim: 32,
  hiddenDim: 64,
  activation: 'tanh',
  contextWidth: 1,
  dropout: 0.25,
  featureDropout: 0,
  loss: { kind: 'ce' },
  lossWarmupEpochs: 0,
  crfWeight: 0,
  learningRate: 0.01,
  learningRateSchedule: 'constant',
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-8,
  batchSize: 16,
  maxEpochs: 30,
  patience: 3,
  seed: 1,
  devFraction: 0.2,
  refit: false,
  abbreviationRule: 'none',
};

function int(value: number, field: string, min: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(field, `must be an integer in [${min}, ${max}], got ${String(value)}`);
}

function real(value: number, field: string, ok: (v: number) => boolean, range: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || !ok(value))
    throw new ConfigError(field, `must be ${range}, got ${String(value)}`);
}

export function resolveConfig(config: TrainConfig = {}): ResolvedConfig {
  const c: ResolvedConfig = {
    ...DEFAULT_TRAIN_CONFIG,
    ...config,
    hashing: { ...DEFAULT_HASHING, ...config.hashing },
    loss: config.loss ?? DEFAULT_TRAIN_CONFIG.loss,
  };
  if (!Array.isArray(c.labels) || c.labels.length === 0) throw new ConfigError('labels', 'must be a non-empty array of label names');
  if (new Set(c.labels).size !== c.labels.length || c.labels.some((l) => typeof l !== 'string' || l === '' || l === 'O')) {
    throw new ConfigError('labels', 'must be distinct non-empty strings other than "O"');
  }
  const h = c.hashing;
  int(h.buckets, 'hashing.buckets', 2, 1 << 24);
  int(h.window, 'hashing.window', 0, 8);
  int(h.ngramMin, 'hashing.ngramMin', 1, 8);
  int(h.ngramMax, 'hashing.ngramMax', h.ngramMin, 8);
  int(h.affixLength, 'hashing.affixLength', 0, 8);
  int(h.leftBag, 'hashing.leftBag', 0, 64);
  int(h.maxSlots, 'hashing.maxSlots', 1, 1024);
  if (h.lexicon !== undefined && (!Array.isArray(h.lexicon) || h.lexicon.some((t) => typeof t !== 'string' || t.trim() === '')))
    throw new ConfigError('hashing.lexicon', 'must be an array of non-empty term strings');
  int(c.embeddingDim, 'embeddingDim', 1, 1024);
  int(c.hiddenDim, 'hiddenDim', 1, 4096);
  int(c.contextWidth, 'contextWidth', 0, 8);
  real(c.dropout, 'dropout', (v) => v >= 0 && v < 1, 'in [0, 1)');
  real(c.featureDropout, 'featureDropout', (v) => v >= 0 && v < 1, 'in [0, 1)');
  if (!LEARNING_RATE_SCHEDULES.includes(c.learningRateSchedule))
    throw new ConfigError(
      'learningRateSchedule',
      `must be one of ${LEARNING_RATE_SCHEDULES.join(', ')}, got ${String(c.learningRateSchedule)}`,
    );
  if (!ABBREVIATION_RULES.includes(c.abbreviationRule))
    throw new ConfigError('abbreviationRule', `must be one of ${ABBREVIATION_RULES.join(', ')}, got ${String(c.abbreviationRule)}`);
  if (typeof c.refit !== 'boolean') throw new ConfigError('refit', `must be true or false, got ${String(c.refit)}`);
  if (c.activation !== 'tanh' && c.activation !== 'relu')
    throw new ConfigError('activation', `must be "tanh" or "relu", got ${String(c.activation)}`);
  real(c.learningRate, 'learningRate', (v) => v > 0, '> 0');
  real(c.crfWeight, 'crfWeight', (v) => v >= 0 && v <= 100, 'in [0, 100]');
  real(c.beta1, 'beta1', (v) => v >= 0 && v < 1, 'in [0, 1)');
  real(c.beta2, 'beta2', (v) => v >= 0 && v < 1, 'in [0, 1)');
  real(c.epsilon, 'epsilon', (v) => v > 0, '> 0');
  int(c.batchSize, 'batchSize', 1);
  int(c.maxEpochs, 'maxEpochs', 1, 10000);
  int(c.patience, 'patience', 0, 10000);
  int(c.seed, 'seed', 0, 0xffffffff);
  real(c.devFraction, 'devFraction', (v) => v >= 0 && v < 1, 'in [0, 1)');
  validateLossConfig(c.loss, 1 + 2 * c.labels.length);
  int(c.lossWarmupEpochs, 'lossWarmupEpochs', 0, c.maxEpochs - 1);
  if (c.lossWarmupEpochs > 0 && c.loss.kind === 'ce')
    throw new ConfigError('lossWarmupEpochs', 'a CE warm-up needs another loss to warm up for; got loss ce');
  return c;
}
