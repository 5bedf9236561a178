/** A plan as the run's recorded config; a trainer result as the model to store. */
import { sha256Hex } from '../shared/core/hash';
import type { TrainResult } from './trainer';
import type { TrainingPlan } from './training-input';
import type { RunConfig } from './training.record';
import type { NewModel } from './training.repository';

export function runConfigOf(plan: TrainingPlan): RunConfig {
  const c = plan.config;
  const { kind, ...lossParams } = c.loss;
  return {
    name: plan.name,
    spanSources: [...plan.spanSources],
    loss: kind,
    lossParams,
    epochs: c.maxEpochs,
    learningRate: c.learningRate,
    batchSize: c.batchSize,
    hidden: c.hiddenDim,
    embeddingDim: c.embeddingDim,
    hashBuckets: c.hashing.buckets,
    patience: c.patience,
    devFraction: c.devFraction,
    seed: c.seed,
    labelSet: [...c.labels],
    lexiconSemanticTypes: [...plan.lexiconSemanticTypes],
    lexiconTerms: c.hashing.lexicon?.length ?? 0,
  };
}

export function storedModelOf(id: string, config: RunConfig, result: TrainResult): NewModel {
  const bytes = result.modelBytes;
  return {
    id,
    name: config.name,
    loss: config.loss,
    params: { ...config, epochsRun: result.epochsRun, bestEpoch: result.bestEpoch },
    labelSet: config.labelSet,
    metrics: result.metrics,
    bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    sha256: sha256Hex(bytes),
    sizeBytes: bytes.byteLength,
  };
}
