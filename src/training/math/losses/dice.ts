/**
 * The Dice family (method.md §2), computed one-vs-rest per class k over the real tokens i,
 * then reduced over the included classes (mean by default, or sum). With `excludeOutside`
 * the `O` class (index 0) is left out of the class reduction; it is still learnt through
 * the softmax, as every other class's probability pushes against it.
 *
 *   soft Dice     L_k = 1 − (2 Σ_i p_ik y_ik + γ) / (Σ_i p_ik + Σ_i y_ik + γ)   (or Σ p², Σ y²)
 *   per-token DSC L_k = Σ_i [1 − (2 p_ik y_ik + γ) / (p_ik + y_ik + γ)]
 *   Tversky       L_k = Σ_i [1 − (p y + γ) / (p y + α p (1−y) + β (1−p) y + γ)]
 *   self-adj. DSC per-token DSC with p replaced by r = (1 − p)^α p
 */
import { complementRows, softmaxRows } from '../softmax';
import { isReal, type LossFn, type LossInput, type LossResult } from './types';

export interface ClassReduction {
  readonly excludeOutside: boolean;
  readonly reduction: 'mean' | 'sum';
}

/** A per-token term f(r, y) and ∂f/∂r. */
type TokenTerm = (r: number, y: number) => [value: number, dValue: number];

interface Effective {
  /** r = φ(p) */
  readonly r: Float64Array;
  /** s = p (1 − p) φ'(p), finite even as p → 1 */
  readonly s: Float64Array;
  readonly probs: Float64Array;
  readonly comp: Float64Array;
}

function effective(input: LossInput, alpha: number): Effective {
  const n = input.tokens * input.classes;
  const probs = softmaxRows(input.logits, input.tokens, input.classes);
  const comp = complementRows(probs, input.tokens, input.classes);
  const r = new Float64Array(n);
  const s = new Float64Array(n);
  for (let x = 0; x < n; x++) {
    const p = probs[x]!;
    const q = comp[x]!;
    const qa = alpha === 0 ? 1 : Math.pow(q, alpha);
    r[x] = qa * p;
    s[x] = p * qa * (q - alpha * p); // α = 0: p q, the softmax Jacobian diagonal
  }
  return { r, s, probs, comp };
}

/** dL/dz_j = G_j s_j − p_j Σ_{k≠j} G_k s_k / (1 − p_k), from dL/dr = G. */
function backToLogits(input: LossInput, e: Effective, dr: Float64Array): Float64Array {
  const k = input.classes;
  const grad = new Float64Array(input.tokens * k);
  for (let i = 0; i < input.tokens; i++) {
    if (!isReal(input, i)) continue;
    const base = i * k;
    for (let j = 0; j < k; j++) {
      let g = dr[base + j]! * e.s[base + j]!;
      const pj = e.probs[base + j]!;
      for (let c = 0; c < k; c++) {
        const qc = e.comp[base + c]!;
        if (c !== j && qc > 0) g -= (pj / qc) * dr[base + c]! * e.s[base + c]!;
      }
      grad[base + j] = g;
    }
  }
  return grad;
}

function classWeight(k: number, input: LossInput, red: ClassReduction): number {
  if (red.excludeOutside && k === 0) return 0;
  const included = red.excludeOutside ? input.classes - 1 : input.classes;
  return red.reduction === 'mean' ? 1 / Math.max(1, included) : 1;
}

function perTokenLoss(term: TokenTerm, alpha: number, red: ClassReduction): LossFn {
  return (input) => {
    const e = effective(input, alpha);
    const k = input.classes;
    const dr = new Float64Array(input.tokens * k);
    let loss = 0;
    for (let c = 0; c < k; c++) {
      const w = classWeight(c, input, red);
      if (w === 0) continue;
      for (let i = 0; i < input.tokens; i++) {
        if (!isReal(input, i)) continue;
        const [v, dv] = term(e.r[i * k + c]!, input.gold[i] === c ? 1 : 0);
        loss += w * v;
        dr[i * k + c] = w * dv;
      }
    }
    return { loss, grad: backToLogits(input, e, dr) };
  };
}

function dscTerm(gamma: number): TokenTerm {
  return (r, y) => {
    const num = 2 * r * y + gamma;
    const den = r + y + gamma;
    return [1 - num / den, -(2 * y * den - num) / (den * den)];
  };
}

export function perTokenDsc(gamma: number, red: ClassReduction): LossFn {
  return perTokenLoss(dscTerm(gamma), 0, red);
}

export function selfAdjustingDsc(alpha: number, gamma: number, red: ClassReduction): LossFn {
  return perTokenLoss(dscTerm(gamma), alpha, red);
}

export function tversky(alpha: number, beta: number, gamma: number, red: ClassReduction): LossFn {
  return perTokenLoss((r, y) => {
    const num = r * y + gamma;
    const den = r * y + alpha * r * (1 - y) + beta * (1 - r) * y + gamma;
    const dDen = y + alpha * (1 - y) - beta * y;
    return [1 - num / den, -(y * den - num * dDen) / (den * den)];
  }, 0, red);
}

export function softDice(gamma: number, squared: boolean, red: ClassReduction): LossFn {
  return (input): LossResult => {
    const e = effective(input, 0);
    const k = input.classes;
    const dr = new Float64Array(input.tokens * k);
    let loss = 0;
    for (let c = 0; c < k; c++) {
      const w = classWeight(c, input, red);
      if (w === 0) continue;
      let inter = 0;
      let pSum = 0;
      let ySum = 0;
      for (let i = 0; i < input.tokens; i++) {
        if (!isReal(input, i)) continue;
        const p = e.r[i * k + c]!;
        const y = input.gold[i] === c ? 1 : 0;
        inter += p * y;
        pSum += squared ? p * p : p;
        ySum += y; // y² = y for one-hot gold
      }
      const num = 2 * inter + gamma;
      const den = pSum + ySum + gamma;
      loss += w * (1 - num / den);
      for (let i = 0; i < input.tokens; i++) {
        if (!isReal(input, i)) continue;
        const p = e.r[i * k + c]!;
        const y = input.gold[i] === c ? 1 : 0;
        dr[i * k + c] = (-w * (2 * y * den - num * (squared ? 2 * p : 1))) / (den * den);
      }
    }
    return { loss, grad: backToLogits(input, e, dr) };
  };
}
