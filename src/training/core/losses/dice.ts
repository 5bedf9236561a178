/**
 * The Dice family (method.md §2), one-vs-rest per class k, then reduced over the included
 * classes (mean by default, or sum); `excludeOutside` leaves `O` (index 0) out of that
 * reduction. n = real tokens; r = (1 − p)^α p (α = 0: r = p).
 *
 *   per-token (averaged over tokens, so the scale matches CE's mean):
 *     DSC           L_k = (1/n) Σ_i [1 − (2 r_ik y_ik + γ) / (r_ik + y_ik + γ)]   (α = 0)
 *                   squared: denominator r_ik² + y_ik² + γ (the reference NER setting)
 *     self-adj. DSC the same with α > 0
 *     Tversky       L_k = (1/n) Σ_i [1 − (p y + γ) / (p y + a p (1−y) + b (1−p) y + γ)]
 *                   squared: a p² (1−y) in the denominator
 *   set-level (sums over the batch, as the reference implementation does):
 *     soft Dice     L_k = 1 − (2 Σ_i r_ik y_ik + γ) / (Σ_i r_ik + Σ_i y_ik + γ)   (or Σ r², Σ y²)
 *     batch self-adjusting Dice: soft Dice with α > 0 (reference: γ = 1, α = 0.01, squared)
 */
import { complementRows, softmaxRows } from '../softmax';
import { isReal, realCount, type LossFn, type LossInput, type LossResult } from './types';

export interface ClassReduction {
  readonly excludeOutside: boolean;
  readonly reduction: 'mean' | 'sum';
}

/** A per-token term: writes f(r, y) to out.value and ∂f/∂r to out.slope (no allocation). */
interface TermOut {
  value: number;
  slope: number;
}
type TokenTerm = (r: number, y: number, out: TermOut) => void;

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
    const p = probs[x];
    const q = comp[x];
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
      let g = dr[base + j] * e.s[base + j];
      const pj = e.probs[base + j];
      for (let c = 0; c < k; c++) {
        const qc = e.comp[base + c];
        if (c !== j && qc > 0) g -= (pj / qc) * dr[base + c] * e.s[base + c];
      }
      grad[base + j] = g;
    }
  }
  return grad;
}

function classWeight(k: number, classes: number, red: ClassReduction): number {
  if (red.excludeOutside && k === 0) return 0;
  const included = red.excludeOutside ? classes - 1 : classes;
  return red.reduction === 'mean' ? 1 / Math.max(1, included) : 1;
}

function perTokenLoss(term: TokenTerm, alpha: number, red: ClassReduction): LossFn {
  return (input) => {
    const e = effective(input, alpha);
    const k = input.classes;
    const dr = new Float64Array(input.tokens * k);
    const n = realCount(input);
    const out: TermOut = { value: 0, slope: 0 };
    let loss = 0;
    if (n === 0) return { loss, grad: dr };
    for (let c = 0; c < k; c++) {
      const w = classWeight(c, k, red) / n;
      if (w === 0) continue;
      for (let i = 0; i < input.tokens; i++) {
        if (!isReal(input, i)) continue;
        term(e.r[i * k + c], input.gold[i] === c ? 1 : 0, out);
        loss += w * out.value;
        dr[i * k + c] = w * out.slope;
      }
    }
    return { loss, grad: backToLogits(input, e, dr) };
  };
}

/**
 * Squared, a non-entity token's term r²/(r² + γ) stops pushing as r → 0 while the entity
 * term still pulls, so all-O is no longer a stationary point; linear, the push is 1/γ at
 * r = 0 and wins unless the token's posterior is above (1+γ)²/((1+γ)² + γ(2+γ)).
 */
function dscTerm(gamma: number, squared: boolean): TokenTerm {
  return (r, y, out) => {
    const num = 2 * r * y + gamma;
    const den = (squared ? r * r : r) + y + gamma; // y² = y for one-hot gold
    out.value = 1 - num / den;
    out.slope = -(2 * y * den - num * (squared ? 2 * r : 1)) / (den * den);
  };
}

export function perTokenDsc(gamma: number, red: ClassReduction, squared = false): LossFn {
  return perTokenLoss(dscTerm(gamma, squared), 0, red);
}

export function selfAdjustingDsc(alpha: number, gamma: number, red: ClassReduction, squared = false): LossFn {
  return perTokenLoss(dscTerm(gamma, squared), alpha, red);
}

/** Squared: the false-positive mass is α r² (1 − y), for the reason given at `dscTerm`. */
export function tversky(alpha: number, beta: number, gamma: number, red: ClassReduction, squared = false): LossFn {
  return perTokenLoss(
    (r, y, out) => {
      const num = r * y + gamma;
      const den = r * y + alpha * (squared ? r * r : r) * (1 - y) + beta * (1 - r) * y + gamma;
      const dDen = y + alpha * (1 - y) * (squared ? 2 * r : 1) - beta * y;
      out.value = 1 - num / den;
      out.slope = -(y * den - num * dDen) / (den * den);
    },
    0,
    red,
  );
}

/** Set-level Dice over the whole batch; α > 0 is the reference's self-adjusting Dice. */
export function setDice(gamma: number, squared: boolean, alpha: number, red: ClassReduction): LossFn {
  return (input): LossResult => {
    const e = effective(input, alpha);
    const k = input.classes;
    const dr = new Float64Array(input.tokens * k);
    let loss = 0;
    for (let c = 0; c < k; c++) {
      const w = classWeight(c, k, red);
      if (w === 0) continue;
      let inter = 0;
      let rSum = 0;
      let ySum = 0;
      for (let i = 0; i < input.tokens; i++) {
        if (!isReal(input, i)) continue;
        const r = e.r[i * k + c];
        const y = input.gold[i] === c ? 1 : 0;
        inter += r * y;
        rSum += squared ? r * r : r;
        ySum += y; // y² = y for one-hot gold
      }
      const num = 2 * inter + gamma;
      const den = rSum + ySum + gamma;
      loss += w * (1 - num / den);
      for (let i = 0; i < input.tokens; i++) {
        if (!isReal(input, i)) continue;
        const r = e.r[i * k + c];
        const y = input.gold[i] === c ? 1 : 0;
        dr[i * k + c] = (-w * (2 * y * den - num * (squared ? 2 * r : 1))) / (den * den);
      }
    }
    return { loss, grad: backToLogits(input, e, dr) };
  };
}

export function softDice(gamma: number, squared: boolean, red: ClassReduction): LossFn {
  return setDice(gamma, squared, 0, red);
}
