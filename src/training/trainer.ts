/**
 * trainTagger: examples → exported ONNX bytes, with early stopping on dev span-F1.
 * CPU only and free of I/O, so it can run inside a worker_thread. It yields to the event
 * loop after every step, so an AbortSignal aborted from a message handler is seen; a
 * SharedArrayBuffer-backed `{ aborted }` flag works too. Same seed and data ⇒ same bytes.
 */
import { bioTags } from '../extraction/tagger/core/bio';
import { exportOnnx } from '../extraction/tagger/onnx/onnx-export';
import { buildMetadata, type TaggerWeights } from '../extraction/tagger/core/weights';
import { resolveConfig, type ResolvedConfig, type TrainConfig } from './config';
import { encodeExample, joinDocuments, tagCounts, type EncodedDocument, type TrainingExample } from './core/dataset';
import { TrainingCancelledError } from './errors';
import { evaluate } from './core/evaluate';
import { adamSlot, adamUpdate, type AdamSlot } from './core/adam';
import { buildLoss } from './core/losses';
import { backward, createGradients, forward, initWeights, resetGradients, type TokenBatch } from './core/network';
import { mulberry32, shuffle } from '../shared/core/prng';
import { logSoftmaxRows } from './core/softmax';
import { transitionGradient } from './core/transitions';
import type { SpanMetrics } from './core/metrics';
import { splitReports, type SplitRecord } from './core/split';

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

const DENSE = ['w1', 'b1', 'wc', 'bc', 'w2', 'b2'] as const;

function snapshot(w: TaggerWeights): TaggerWeights {
  return {
    ...w,
    embeddings: w.embeddings.slice(),
    w1: w.w1.slice(),
    b1: w.b1.slice(),
    wc: w.wc.slice(),
    bc: w.bc.slice(),
    w2: w.w2.slice(),
    b2: w.b2.slice(),
    transitions: w.transitions.slice(),
    startScores: w.startScores.slice(),
  };
}

/** Decoder scores: ∂NLL of the linear-chain CRF over the batch's log-probabilities. */
function transitionGradients(
  w: TaggerWeights,
  batch: TokenBatch,
  logits: Float64Array,
  gold: Int32Array,
  g: { transitions: Float32Array; startScores: Float32Array },
): void {
  const k = w.tagCount;
  const logProbs = logSoftmaxRows(logits, batch.tokens, k);
  g.transitions.fill(0);
  g.startScores.fill(0);
  for (let d = 0; d + 1 < batch.docStarts.length; d++) {
    const from = batch.docStarts[d];
    transitionGradient(logProbs, from, batch.docStarts[d + 1] - from, k, gold, w.transitions, w.startScores, g.transitions, g.startScores);
  }
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
  const loss = buildLoss(c.loss, tags.length, tagCounts(train, tags.length));
  const random = mulberry32(c.seed);
  const shape = {
    buckets: c.hashing.buckets,
    embeddingDim: c.embeddingDim,
    hiddenDim: c.hiddenDim,
    tagCount: tags.length,
    activation: c.activation,
    contextWidth: c.contextWidth,
  };
  const weights = initWeights(shape, random);
  const grads = createGradients(weights);
  const decoderGrads = {
    transitions: new Float32Array(weights.transitions.length),
    startScores: new Float32Array(weights.startScores.length),
  };
  const slot = (name: keyof typeof decoderGrads | (typeof DENSE)[number] | 'embeddings'): [string, AdamSlot] => [
    name,
    adamSlot(weights[name].length),
  ];
  const slots = Object.fromEntries([slot('embeddings'), ...DENSE.map(slot), slot('transitions'), slot('startScores')]) as Record<
    string,
    AdamSlot
  >;
  const dropout = c.dropout > 0 ? { rate: c.dropout, random } : undefined;
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
      const cache = forward(weights, batch, dropout);
      const result = loss({ logits: cache.logits, gold, tokens: batch.tokens, classes: tags.length });
      resetGradients(grads, c.embeddingDim);
      backward(weights, batch, cache, result.grad, grads);
      transitionGradients(weights, batch, cache.logits, gold, decoderGrads);
      step++;
      for (const name of DENSE) adamUpdate(weights[name], grads[name], slots[name], step, c);
      for (const name of ['transitions', 'startScores'] as const) adamUpdate(weights[name], decoderGrads[name], slots[name], step, c);
      for (const row of grads.rows) {
        rowSteps[row]++;
        adamUpdate(
          weights.embeddings,
          grads.embeddings,
          slots['embeddings'],
          rowSteps[row],
          c,
          row * c.embeddingDim,
          (row + 1) * c.embeddingDim,
        );
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
    // Patience counts only once the model finds something: a slow-starting loss (dev F1 0
    // for its first epochs) gets maxEpochs to get off the ground.
    else if (best.f1 > 0 && epoch - best.epoch > c.patience) break;
  }
  const modelBytes = exportOnnx(best.weights, buildMetadata(c.hashing, c.labels, tags, c.activation));
  return { modelBytes, metrics: best.metrics, split, epochsRun: epoch, bestEpoch: best.epoch, history, config: c };
}
