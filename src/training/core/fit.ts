/**
 * The epoch loop of the trainer: mini-batch Adam (lazy on embedding rows) on the network and
 * the CRF decoder scores, with feature dropout and a learning-rate schedule, and early
 * stopping on dev span-F1. Without dev documents it runs `epochs` epochs and keeps the last.
 * With a warm-up, its epochs train with the warm-up loss and early stopping starts after them.
 */
import type { TaggerWeights } from '../../extraction/tagger/core/weights';
import { shuffle, type Random } from '../../shared/core/prng';
import type { ResolvedConfig } from '../config';
import { TrainingCancelledError } from '../errors';
import { adamSlot, adamUpdate, type AdamSlot } from './adam';
import { crfBatch } from './crf-loss';
import { joinDocuments, type EncodedDocument } from './dataset';
import { evaluate } from './evaluate';
import { dropFeatures } from './feature-dropout';
import type { LossFn } from './losses';
import { scheduledRate } from './lr-schedule';
import type { SpanMetrics } from './metrics';
import { backward, createGradients, forward, resetGradients } from './network';

export interface FitProgress {
  readonly phase: 'step' | 'epoch';
  readonly epoch: number;
  /** steps taken so far (all epochs) */
  readonly step: number;
  /** the step's loss, or the epoch's mean step loss */
  readonly loss: number;
  /** dev micro span-F1 after the epoch; null on steps and when there is no dev set */
  readonly devF1: number | null;
}

export interface FitResult {
  readonly weights: TaggerWeights;
  readonly metrics: SpanMetrics | null;
  readonly bestEpoch: number;
  readonly epochsRun: number;
  readonly history: readonly { epoch: number; loss: number; devF1: number | null }[];
}

export interface FitRun {
  readonly train: readonly EncodedDocument[];
  readonly dev: readonly EncodedDocument[];
  /** epochs to run at most (early stopping may end sooner) */
  readonly epochs: number;
  readonly loss: LossFn;
  /** the first `epochs` epochs train with this loss instead (a CE warm-up); they are never the chosen epoch */
  readonly warmup?: { readonly epochs: number; readonly loss: LossFn };
  readonly random: Random;
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

/** Trains `weights` in place; returns the best epoch's copy (by dev F1), or the last without dev. */
export async function fit(
  weights: TaggerWeights,
  run: FitRun,
  c: ResolvedConfig,
  onProgress: (p: FitProgress) => void,
  signal?: { readonly aborted: boolean },
): Promise<FitResult> {
  const { random } = run;
  const grads = createGradients(weights);
  const decoderGrads = {
    transitions: new Float32Array(weights.transitions.length),
    startScores: new Float32Array(weights.startScores.length),
  };
  const names = ['embeddings', ...DENSE, 'transitions', 'startScores'] as const;
  const slots = Object.fromEntries(names.map((name) => [name, adamSlot(weights[name].length)])) as Record<string, AdamSlot>;
  const dropout = c.dropout > 0 ? { rate: c.dropout, random } : undefined;
  const rowSteps = new Float64Array(weights.buckets); // lazy Adam: per-row update count
  // The schedule spans maxEpochs even when a refit stops sooner, so a refit replays the rates.
  const totalSteps = c.maxEpochs * Math.ceil(run.train.length / c.batchSize);
  let best = { f1: -1, epoch: 0, weights: snapshot(weights), metrics: null as SpanMetrics | null };
  const history: { epoch: number; loss: number; devF1: number | null }[] = [];
  let step = 0;
  let epoch = 0;
  while (epoch < run.epochs) {
    epoch++;
    const loss = run.warmup !== undefined && epoch <= run.warmup.epochs ? run.warmup.loss : run.loss;
    const warming = loss !== run.loss;
    const order: EncodedDocument[] = shuffle([...run.train], random);
    let lossSum = 0;
    let batches = 0;
    for (let b = 0; b < order.length; b += c.batchSize) {
      if (signal?.aborted) throw new TrainingCancelledError();
      const joined = joinDocuments(order.slice(b, b + c.batchSize));
      const gold = joined.gold;
      const batch = { ...joined.batch, ids: dropFeatures(joined.batch.ids, c.featureDropout, random) };
      const cache = forward(weights, batch, dropout);
      const result = loss({ logits: cache.logits, gold, tokens: batch.tokens, classes: weights.tagCount });
      // The CRF always trains the decoder scores; with crfWeight λ > 0 the network also gets
      // λ · (CRF NLL per token), on the token loss's per-token scale.
      const crf = crfBatch(weights, batch, cache.logits, gold, decoderGrads, c.crfWeight > 0);
      const scale = c.crfWeight / Math.max(1, batch.tokens);
      const grad = crf.logitGrad === null ? result.grad : result.grad.map((v, i) => v + scale * crf.logitGrad![i]);
      const stepLoss = result.loss + (crf.logitGrad === null ? 0 : scale * crf.nll);
      resetGradients(grads, weights.embeddingDim);
      backward(weights, batch, cache, grad, grads);
      step++;
      const adam = { ...c, learningRate: scheduledRate(c.learningRateSchedule, c.learningRate, step, totalSteps) };
      for (const name of DENSE) adamUpdate(weights[name], grads[name], slots[name], step, adam);
      for (const name of ['transitions', 'startScores'] as const) adamUpdate(weights[name], decoderGrads[name], slots[name], step, adam);
      const d = weights.embeddingDim;
      for (const row of grads.rows) {
        rowSteps[row]++;
        adamUpdate(weights.embeddings, grads.embeddings, slots['embeddings'], rowSteps[row], adam, row * d, (row + 1) * d);
      }
      lossSum += stepLoss;
      batches++;
      onProgress({ phase: 'step', epoch, step, loss: stepLoss, devF1: null });
      await yieldToEventLoop();
    }
    const metrics = run.dev.length > 0 ? evaluate(weights, run.dev, c.labels, c.abbreviationRule) : null;
    const devF1 = metrics === null ? null : metrics.micro.f1;
    history.push({ epoch, loss: lossSum / batches, devF1 });
    onProgress({ phase: 'epoch', epoch, step, loss: lossSum / batches, devF1 });
    // A warm-up epoch's model is the warm-up loss's, not the configured loss's: never chosen.
    if (warming) continue;
    if (devF1 === null || devF1 > best.f1) best = { f1: devF1 ?? 0, epoch, weights: snapshot(weights), metrics };
    // Patience counts only once the model finds something: a slow-starting loss (dev F1 0
    // for its first epochs) gets maxEpochs to get off the ground.
    else if (best.f1 > 0 && epoch - best.epoch > c.patience) break;
  }
  return { weights: best.weights, metrics: best.metrics, bestEpoch: best.epoch, epochsRun: epoch, history };
}
