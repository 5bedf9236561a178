/**
 * trainTagger: examples → exported ONNX bytes, with early stopping on dev span-F1.
 * CPU only and free of I/O, so it can run inside a worker_thread. It yields to the event
 * loop after every step, so an AbortSignal aborted from a message handler is seen; a
 * SharedArrayBuffer-backed `{ aborted }` flag works too. Same seed and data ⇒ same bytes.
 */
import { bioTags } from '../extraction/tagger/core/bio';
import { exportOnnx } from '../extraction/tagger/onnx/onnx-export';
import { buildMetadata } from '../extraction/tagger/core/weights';
import { resolveConfig, type ResolvedConfig, type TrainConfig } from './config';
import { encodeExample, tagCounts, type TrainingExample } from './core/dataset';
import { fit, type FitProgress } from './core/fit';
import { buildLoss } from './core/losses';
import { initWeights } from './core/network';
import { mulberry32 } from '../shared/core/prng';
import type { SpanMetrics } from './core/metrics';
import { splitReports, type SplitRecord } from './core/split';

/** A refit (config.refit) reports its epochs again from 1, with devF1 null. */
export type TrainProgress = FitProgress;

export interface AbortFlag {
  readonly aborted: boolean;
}

export interface TrainResult {
  readonly modelBytes: Uint8Array;
  /** dev metrics of the exported (best) epoch; null without a dev set */
  readonly metrics: SpanMetrics | null;
  readonly split: SplitRecord;
  readonly epochsRun: number;
  readonly bestEpoch: number;
  readonly history: readonly { epoch: number; loss: number; devF1: number | null }[];
  readonly config: ResolvedConfig;
}

export async function trainTagger(
  examples: readonly TrainingExample[],
  config: TrainConfig = {},
  onProgress: (p: TrainProgress) => void = () => undefined,
  signal?: AbortFlag,
): Promise<TrainResult> {
  const c = resolveConfig(config);
  const tags = bioTags(c.labels);
  const split = splitReports(
    examples.map((e) => e.reportId),
    c.seed,
    c.devFraction,
  );
  const devIds = new Set(split.dev);
  const docs = examples.map((e) => encodeExample(e, c.labels, c.hashing));
  const train = docs.filter((d) => !devIds.has(d.reportId));
  const dev = docs.filter((d) => devIds.has(d.reportId));
  if (train.length === 0) throw new Error('trainTagger needs at least one training report');
  const counts = tagCounts(train, tags.length);
  const loss = buildLoss(c.loss, tags.length, counts);
  const warmup = c.lossWarmupEpochs > 0 ? { epochs: c.lossWarmupEpochs, loss: buildLoss({ kind: 'ce' }, tags.length, counts) } : undefined;
  const shape = {
    buckets: c.hashing.buckets,
    embeddingDim: c.embeddingDim,
    hiddenDim: c.hiddenDim,
    tagCount: tags.length,
    activation: c.activation,
    contextWidth: c.contextWidth,
  };
  const random = mulberry32(c.seed);
  const chosen = await fit(initWeights(shape, random), { train, dev, epochs: c.maxEpochs, loss, warmup, random }, c, onProgress, signal);
  let final = chosen.weights;
  if (c.refit && dev.length > 0) {
    // Early stopping chose the epoch count; train again on all reports for that many epochs
    // (same initial weights and schedule). Its dev F1 cannot be measured: metrics stay the chosen run's.
    const again = mulberry32(c.seed);
    const all = [...train, ...dev];
    const epochs = chosen.bestEpoch;
    final = (await fit(initWeights(shape, again), { train: all, dev: [], epochs, loss, warmup, random: again }, c, onProgress, signal))
      .weights;
  }
  const modelBytes = exportOnnx(final, buildMetadata(c.hashing, c.labels, tags, c.activation, c.abbreviationRule));
  return {
    modelBytes,
    metrics: chosen.metrics,
    split,
    epochsRun: chosen.epochsRun,
    bestEpoch: chosen.bestEpoch,
    history: chosen.history,
    config: c,
  };
}
