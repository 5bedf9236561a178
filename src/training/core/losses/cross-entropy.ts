/**
 * The cross-entropy family (method.md §2), averaged over real tokens n:
 *   CE           −(1/n) Σ_i log p_{i,y_i}
 *   weighted CE  −(1/n) Σ_i w_{y_i} log p_{i,y_i}
 *   focal        −(1/n) Σ_i (1 − p_{i,y_i})^γ log p_{i,y_i}
 * One routine computes the weighted focal loss; CE is w ≡ 1, γ = 0.
 */
import { complementRows, logSoftmaxRows } from '../softmax';
import { isReal, realCount, type LossFn, type LossInput, type LossResult } from './types';

function weightedFocal(input: LossInput, weights: readonly number[] | null, gamma: number): LossResult {
  const { tokens, classes: k, gold } = input;
  const logP = logSoftmaxRows(input.logits, tokens, k);
  const probs = logP.map(Math.exp);
  const comp = complementRows(probs, tokens, k);
  const grad = new Float64Array(tokens * k);
  const n = realCount(input);
  if (n === 0) return { loss: 0, grad };
  let loss = 0;
  for (let i = 0; i < tokens; i++) {
    if (!isReal(input, i)) continue;
    const base = i * k;
    const y = gold[i];
    const w = weights === null ? 1 : weights[y];
    const p = probs[base + y];
    const q = comp[base + y];
    const l = logP[base + y];
    const qg = gamma === 0 ? 1 : Math.pow(q, gamma);
    loss -= (w * qg * l) / n;
    // f = −q^γ log p; ∂f/∂z_j = (γ q^(γ−1) p log p − q^γ)(δ_jy − p_j), written so that
    // q^(γ−1) only ever meets p_j / q ≤ 1 (finite as p → 1).
    const focalTerm = gamma === 0 ? 0 : gamma * qg * p * l; // γ q^γ p log p
    for (let j = 0; j < k; j++) {
      const pj = probs[base + j];
      const g = j === y ? focalTerm - qg * q : -(focalTerm * (q > 0 ? pj / q : 0)) + qg * pj;
      grad[base + j] = (w * g) / n;
    }
  }
  return { loss, grad };
}

export const crossEntropy: LossFn = (input) => weightedFocal(input, null, 0);

export function weightedCrossEntropy(weights: readonly number[]): LossFn {
  return (input) => weightedFocal(input, weights, 0);
}

export function focalLoss(gamma: number): LossFn {
  return (input) => weightedFocal(input, null, gamma);
}
