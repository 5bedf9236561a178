/** Row-wise softmax helpers over row-major [rows × cols] logits (pure, double precision). */

/** The largest logit of one row: subtracted before exp so that large logits do not overflow. */
function rowMax(logits: ArrayLike<number>, base: number, cols: number): number {
  let max = -Infinity;
  for (let c = 0; c < cols; c++) max = Math.max(max, logits[base + c]);
  return max;
}

export function softmaxRows(logits: ArrayLike<number>, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    const max = rowMax(logits, base, cols);
    let sum = 0;
    for (let c = 0; c < cols; c++) {
      const e = Math.exp(logits[base + c] - max);
      out[base + c] = e;
      sum += e;
    }
    for (let c = 0; c < cols; c++) out[base + c] /= sum;
  }
  return out;
}

export function logSoftmaxRows(logits: ArrayLike<number>, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    const max = rowMax(logits, base, cols);
    let sum = 0;
    for (let c = 0; c < cols; c++) sum += Math.exp(logits[base + c] - max);
    const logSum = max + Math.log(sum);
    for (let c = 0; c < cols; c++) out[base + c] = logits[base + c] - logSum;
  }
  return out;
}

/**
 * 1 − p for every entry, computed as the sum of the other probabilities of the row so that
 * it stays accurate (and exactly 0 only when it should be) when p is close to 1.
 */
export function complementRows(probs: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let c = 0; c < cols; c++) {
      let s = 0;
      for (let j = 0; j < cols; j++) if (j !== c) s += probs[base + j];
      out[base + c] = s;
    }
  }
  return out;
}
