/**
 * Learned tag transitions (pure): a linear-chain CRF over fixed emission scores e_t(j)
 * (the tagger's log-probabilities), with transition scores A(i→j) and start scores π(j):
 *   score(y) = π(y_1) + e_1(y_1) + Σ_{t>1} [A(y_{t−1}→y_t) + e_t(y_t)]
 *   NLL = log Z − score(gold),  ∂NLL/∂A(i→j) = E[#(i→j)] − #gold(i→j),  ∂/∂π likewise.
 * Moves the BIO scheme forbids (into I-X from anything but B-X / I-X, or at the start) are
 * −∞, as in the decoder. With `gEmissions` the emissions get their gradient too,
 *   ∂NLL/∂e_t(j) = P(y_t = j | x) − [gold_t = j]   (forward–backward marginals − gold one-hot),
 * so the network can be trained jointly with the CRF; without it only the decoder's scores are.
 */
import { allowedTransition } from '../../extraction/tagger/core/viterbi';
import { isInside } from '../../extraction/tagger/core/bio';

function logSumExp(xs: Float64Array, n: number): number {
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (xs[i] > max) max = xs[i]!;
  if (max === -Infinity) return max;
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.exp(xs[i] - max);
  return max + Math.log(s);
}

/**
 * Adds the NLL gradient of one document (emissions rows offset..offset+tokens) to gTrans
 * and gStart, and to gEmissions (same layout as emissions) when given; returns the NLL.
 */
export function transitionGradient(
  emissions: Float64Array,
  offset: number,
  tokens: number,
  k: number,
  gold: Int32Array,
  trans: Float32Array,
  start: Float32Array,
  gTrans: Float32Array,
  gStart: Float32Array,
  gEmissions?: Float64Array,
): number {
  if (tokens === 0) return 0;
  const A = (i: number, j: number): number => (allowedTransition(i, j) ? trans[i * k + j] : -Infinity);
  const e = (t: number, j: number): number => emissions[(offset + t) * k + j];
  const alpha = new Float64Array(tokens * k);
  const beta = new Float64Array(tokens * k);
  const tmp = new Float64Array(k);
  for (let j = 0; j < k; j++) alpha[j] = isInside(j) ? -Infinity : start[j] + e(0, j);
  for (let t = 1; t < tokens; t++) {
    for (let j = 0; j < k; j++) {
      for (let i = 0; i < k; i++) tmp[i] = alpha[(t - 1) * k + i] + A(i, j);
      alpha[t * k + j] = logSumExp(tmp, k) + e(t, j);
    }
  }
  for (let j = 0; j < k; j++) beta[(tokens - 1) * k + j] = 0;
  for (let t = tokens - 2; t >= 0; t--) {
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < k; j++) tmp[j] = A(i, j) + e(t + 1, j) + beta[(t + 1) * k + j];
      beta[t * k + i] = logSumExp(tmp, k);
    }
  }
  const logZ = logSumExp(alpha.subarray((tokens - 1) * k), k);
  for (let j = 0; j < k; j++) gStart[j] += Math.exp(alpha[j] + beta[j] - logZ);
  if (gEmissions !== undefined) {
    for (let t = 0; t < tokens; t++) {
      const row = (offset + t) * k;
      for (let j = 0; j < k; j++) gEmissions[row + j] += Math.exp(alpha[t * k + j] + beta[t * k + j] - logZ);
      gEmissions[row + gold[offset + t]] -= 1;
    }
  }
  let goldScore = start[gold[offset]] + e(0, gold[offset]);
  gStart[gold[offset]] -= 1;
  for (let t = 1; t < tokens; t++) {
    for (let i = 0; i < k; i++) {
      const a = alpha[(t - 1) * k + i];
      if (a === -Infinity) continue;
      for (let j = 0; j < k; j++) {
        const s = A(i, j);
        if (s === -Infinity) continue;
        gTrans[i * k + j] += Math.exp(a + s + e(t, j) + beta[t * k + j] - logZ);
      }
    }
    const from = gold[offset + t - 1];
    const to = gold[offset + t];
    goldScore += A(from, to) + e(t, to);
    gTrans[from * k + to] -= 1;
  }
  return logZ - goldScore;
}
