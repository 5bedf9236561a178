/**
 * The trainTagger request → a validated training configuration. Pure. Every problem is a
 * ConfigError whose `field` names the request field (`epochs`, `lossParams.alpha`, …), so
 * the API can say which input was wrong before any work starts. The trainer's own
 * validator is reused; this layer adds the API's tighter bounds and renames its fields.
 */
import type { AbbreviationRule } from '../extraction/tagger/core/abbreviation-spans';
import { resolveConfig, type ResolvedConfig, type TrainConfig } from './config';
import { ConfigError } from './errors';
import type { SpanSource } from './examples';
import { LOSS_KINDS, type LossConfig, type LossKind } from './core/losses';

interface LossParams {
  alpha?: number | null;
  beta?: number | null;
  smoothing?: number | null;
  focalGamma?: number | null;
  ceWeight?: number | null;
  squaredDenominator?: boolean | null;
  excludeOutside?: boolean | null;
  classWeights?: number[] | null;
}

export interface TrainTaggerRequest {
  name: string;
  loss?: string | null;
  lossParams?: LossParams | null;
  epochs?: number | null;
  learningRate?: number | null;
  batchSize?: number | null;
  hidden?: number | null;
  contextWidth?: number | null;
  embeddingDim?: number | null;
  hashBuckets?: number | null;
  patience?: number | null;
  devFraction?: number | null;
  seed?: number | null;
  labelSet?: string[] | null;
  spanSources?: SpanSource[] | null;
  abbreviationRule?: string | null;
  crfWeight?: number | null;
  lexiconSemanticTypes?: string[] | null;
}

export interface TrainingPlan {
  readonly name: string;
  readonly spanSources: readonly SpanSource[];
  /** semantic types (TUIs) whose concepts' names and synonyms the service reads as the lexicon */
  readonly lexiconSemanticTypes: readonly string[];
  readonly config: ResolvedConfig;
}

/** API bounds, tighter than the trainer's: a request must not tie the server up for hours. */
const BOUNDS = {
  epochs: [1, 200],
  batchSize: [1, 1024],
  hidden: [1, 1024],
  contextWidth: [0, 8],
  embeddingDim: [1, 256],
  hashBuckets: [256, 1 << 20],
  patience: [0, 200],
} as const;

/** Trainer field → request field. */
const FIELD_OF: Record<string, string> = {
  'loss.kind': 'loss',
  maxEpochs: 'epochs',
  hiddenDim: 'hidden',
  labels: 'labelSet',
  'hashing.buckets': 'hashBuckets',
};

export function requestField(trainerField: string): string {
  return FIELD_OF[trainerField] ?? trainerField.replace(/^loss\./, 'lossParams.');
}

/** "SELF_ADJUSTING_DSC", "self-adjusting-dsc" → 'self-adjusting-dsc'. */
export function lossKind(name: string): LossKind {
  const kind = name.trim().toLowerCase().replace(/_/g, '-');
  if (!(LOSS_KINDS as readonly string[]).includes(kind))
    throw new ConfigError('loss', `unknown loss "${name}"; one of ${LOSS_KINDS.join(', ')}`);
  return kind as LossKind;
}

function bounded(value: number | null | undefined, field: keyof typeof BOUNDS): number | undefined {
  if (value == null) return undefined;
  const [min, max] = BOUNDS[field];
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(field, `must be an integer in [${min}, ${max}], got ${value}`);
  return value;
}

const TUI = /^T\d{3}$/;

function semanticTypes(value: string[] | null | undefined): string[] {
  const tuis = [...new Set(value ?? [])];
  const bad = tuis.find((t) => typeof t !== 'string' || !TUI.test(t));
  if (bad !== undefined) throw new ConfigError('lexiconSemanticTypes', `must be semantic type ids like "T047", got "${String(bad)}"`);
  return tuis;
}

function lossConfig(kind: LossKind, p: LossParams): LossConfig {
  const defined = Object.fromEntries(Object.entries(p).filter(([, v]) => v != null));
  return { kind, ...defined };
}

export function planTraining(request: TrainTaggerRequest, knownLabels: readonly string[], defaults: TrainConfig = {}): TrainingPlan {
  const name = (request.name ?? '').trim();
  if (name === '' || name.length > 100) throw new ConfigError('name', 'must be 1 to 100 characters');
  const sources = request.spanSources ?? ['GOLD'];
  if (sources.length === 0) throw new ConfigError('spanSources', 'must name at least one source (GOLD, RULES)');
  const labels = request.labelSet ?? defaults.labels ?? knownLabels;
  for (const label of labels) {
    if (!knownLabels.includes(label)) throw new ConfigError('labelSet', `unknown label "${label}"; one of ${knownLabels.join(', ')}`);
  }
  const config: TrainConfig = {
    ...defaults,
    labels,
    loss: lossConfig(lossKind(request.loss ?? defaults.loss?.kind ?? 'ce'), request.lossParams ?? {}),
    maxEpochs: bounded(request.epochs, 'epochs') ?? defaults.maxEpochs,
    batchSize: bounded(request.batchSize, 'batchSize') ?? defaults.batchSize,
    hiddenDim: bounded(request.hidden, 'hidden') ?? defaults.hiddenDim,
    contextWidth: bounded(request.contextWidth, 'contextWidth') ?? defaults.contextWidth,
    embeddingDim: bounded(request.embeddingDim, 'embeddingDim') ?? defaults.embeddingDim,
    patience: bounded(request.patience, 'patience') ?? defaults.patience,
    hashing: { ...defaults.hashing, ...(request.hashBuckets != null ? { buckets: bounded(request.hashBuckets, 'hashBuckets') } : {}) },
    learningRate: request.learningRate ?? defaults.learningRate,
    devFraction: request.devFraction ?? defaults.devFraction,
    seed: request.seed ?? defaults.seed,
    abbreviationRule: (request.abbreviationRule ?? defaults.abbreviationRule) as AbbreviationRule | undefined,
    crfWeight: request.crfWeight ?? defaults.crfWeight,
  };
  const defined = Object.fromEntries(Object.entries(config).filter(([, v]) => v !== undefined)) as TrainConfig;
  const lexiconSemanticTypes = semanticTypes(request.lexiconSemanticTypes);
  try {
    return { name, spanSources: [...new Set(sources)], lexiconSemanticTypes, config: resolveConfig(defined) };
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(requestField(error.field), error.message.replace(/^[^:]*: /, ''));
    throw error;
  }
}
