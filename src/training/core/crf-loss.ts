/**
 * The linear-chain CRF over a batch (pure): emissions are the network's log-softmax rows, as
 * in the decoder. Returns the NLL summed over documents, adds its gradient for the decoder
 * scores to `g`, and — for joint training — returns its gradient with respect to the logits:
 *   ∂NLL/∂e_t(j) = P(y_t = j | x) − [gold_t = j], and through the log-softmax
 *   ∂NLL/∂z_t(j) = ∂NLL/∂e_t(j) − p_t(j) · Σ_i ∂NLL/∂e_t(i)
 * (the second term is 0 up to rounding, since marginals and one-hot both sum to 1).
 */
import type { TokenBatch } from './network';
import { logSoftmaxRows } from './softmax';
import { transitionGradient } from './transitions';

export interface CrfScores {
  readonly tagCount: number;
  readonly transitions: Float32Array;
  readonly startScores: Float32Array;
}

export interface CrfBatchResult {
  readonly nll: number;
  /** ∂NLL/∂logits (row-major [tokens × tags]); null when not asked for */
  readonly logitGrad: Float64Array | null;
}

export function crfBatch(
  w: CrfScores,
  batch: Pick<TokenBatch, 'tokens' | 'docStarts'>,
  logits: Float64Array,
  gold: Int32Array,
  g: { transitions: Float32Array; startScores: Float32Array },
  withLogitGrad: boolean,
): CrfBatchResult {
  const k = w.tagCount;
  const logProbs = logSoftmaxRows(logits, batch.tokens, k);
  const gE = withLogitGrad ? new Float64Array(batch.tokens * k) : undefined;
  g.transitions.fill(0);
  g.startScores.fill(0);
  let nll = 0;
  for (let d = 0; d + 1 < batch.docStarts.length; d++) {
    const from = batch.docStarts[d];
    const n = batch.docStarts[d + 1] - from;
    nll += transitionGradient(logProbs, from, n, k, gold, w.transitions, w.startScores, g.transitions, g.startScores, gE);
  }
  if (gE === undefined) return { nll, logitGrad: null };
  for (let t = 0; t < batch.tokens; t++) {
    const row = t * k;
    let sum = 0;
    for (let j = 0; j < k; j++) sum += gE[row + j];
    for (let j = 0; j < k; j++) gE[row + j] -= Math.exp(logProbs[row + j]) * sum;
  }
  return { nll, logitGrad: gE };
}
