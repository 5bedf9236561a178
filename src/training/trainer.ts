/**
 * trainTagger: examples → exported ONNX bytes, with early stopping on dev span-F1.
 * CPU only and free of I/O, so it can run inside a worker_thread. It yields to the event
 * loop after every step, so an AbortSignal aborted from a message handler is seen; a
 * SharedArrayBuffer-backed `{ aborted }` flag works too. Same seed and data ⇒ same bytes.
 */
import { bioTags } from '../tagger/bio';
import { exportOnnx } from '../tagger/onnx-export';
import { buildMetadata, type TaggerWeights } from '../tagger/weights';
import { resolveConfig, type ResolvedConfig, type TrainConfig } from './config';
import { encodeExample, joinDocuments, tagCounts, type EncodedDocument, type TrainingExample } from './dataset';
import { TrainingCancelledError } from './errors';
import { evaluate } from './evaluate';
import { adamSlot, adamUpdate, type AdamSlot } from './math/adam';
import { buildLoss } from './math/losses';
import { backward, createGradients, forward, initWeights, resetGradients } from './math/network';
import { mulberry32, shuffle } from './math/prng';
import type { SpanMetrics } from './metrics';
import { splitReports, type SplitRecord } from './split';

export interface TrainProgress {
  readonly phase: 'step' | 'epoch';
  readonly epoch: number;
  /** steps taken so far (all epochs) */
  readonly step: number;
  /** the step's loss, or the epoch's mean step loss */
  readonly loss: number;
  /** dev micro span-F1 after the epoch; null on steps and when there is no dev set */
  readonly devF1: number | null;
}

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

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function snapshot(w: TaggerWeights): TaggerWeights {
  return { ...w, embeddings: w.embeddings.slice(), w1: w.w1.slice(), b1: w.b1.slice(), w2: w.w2.slice(), b2: w.b2.slice() };
}

export async function trainTagger(
  examples: readonly TrainingExample[],
  config: TrainConfig = {},
  onProgress: (p: TrainProgress) => void = () => undefined,
  signal?: AbortFlag,
): Promise<TrainResult> {
  const c = resolveConfig(config);
  const tags = bioTags(c.labels);
  const split = splitReports(examples.map((e) => e.reportId), c.seed, c.devFraction);
  const devIds = new Set(split.dev);
  const docs = examples.map((e) => encodeExample(e, c.labels, c.hashing));
  const train = docs.filter((d) => !devIds.has(d.reportId));
  const dev = docs.filter((d) => devIds.has(d.reportId));
  if (train.length === 0) throw new Error('trainTagger needs at least one training report');
  const loss = buildLoss(c.loss, tags.length, tagCounts(train, tags.length));
  const random = mulberry32(c.seed);
  const shape = { buckets: c.hashing.buckets, embeddingDim: c.embeddingDim, hiddenDim: c.hiddenDim, tagCount: tags.length, activation: c.activation };
  const weights = initWeights(shape, random);
  const grads = createGradients(weights);
  const slots: Record<'embeddings' | 'w1' | 'b1' | 'w2' | 'b2', AdamSlot> = {
    embeddings: adamSlot(weights.embeddings.length),
    w1: adamSlot(weights.w1.length),
    b1: adamSlot(weights.b1.length),
    w2: adamSlot(weights.w2.length),
    b2: adamSlot(weights.b2.length),
  };
  const rowSteps = new Float64Array(weights.buckets); // lazy Adam: per-row update count
  let best = { f1: -1, epoch: 0, weights: snapshot(weights), metrics: null as SpanMetrics | null };
  const history: { epoch: number; loss: number; devF1: number | null }[] = [];
  let step = 0;
  let epoch = 0;
  while (epoch < c.maxEpochs) {
    epoch++;
    const order: EncodedDocument[] = shuffle([...train], random);
    let lossSum = 0;
    let batches = 0;
    for (let b = 0; b < order.length; b += c.batchSize) {
      if (signal?.aborted) throw new TrainingCancelledError();
      const { batch, gold } = joinDocuments(order.slice(b, b + c.batchSize));
      const cache = forward(weights, batch);
      const result = loss({ logits: cache.logits, gold, tokens: batch.tokens, classes: tags.length });
      resetGradients(grads, c.embeddingDim);
      backward(weights, batch, cache, result.grad, grads);
      step++;
      for (const name of ['w1', 'b1', 'w2', 'b2'] as const) adamUpdate(weights[name], grads[name], slots[name], step, c);
      for (const row of grads.rows) {
        rowSteps[row]!++;
        adamUpdate(weights.embeddings, grads.embeddings, slots.embeddings, rowSteps[row]!, c, row * c.embeddingDim, (row + 1) * c.embeddingDim);
      }
      lossSum += result.loss;
      batches++;
      onProgress({ phase: 'step', epoch, step, loss: result.loss, devF1: null });
      await yieldToEventLoop();
    }
    const metrics = dev.length > 0 ? evaluate(weights, dev, c.labels) : null;
    const devF1 = metrics === null ? null : metrics.micro.f1;
    history.push({ epoch, loss: lossSum / batches, devF1 });
    onProgress({ phase: 'epoch', epoch, step, loss: lossSum / batches, devF1 });
    if (devF1 === null || devF1 > best.f1) best = { f1: devF1 ?? 0, epoch, weights: snapshot(weights), metrics };
    else if (epoch - best.epoch > c.patience) break;
  }
  const modelBytes = exportOnnx(best.weights, buildMetadata(c.hashing, c.labels, tags, c.activation));
  return { modelBytes, metrics: best.metrics, split, epochsRun: epoch, bestEpoch: best.epoch, history, config: c };
}
