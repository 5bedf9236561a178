/**
 * Adam (Kingma & Ba) on float32 parameters with float32 moments. Embedding rows use the
 * "lazy" variant: only rows that received a gradient in the step are updated (their
 * moments decay only when touched), which keeps a step proportional to the batch, not to
 * the hash-table size.
 */
export interface AdamConfig {
  readonly learningRate: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
}

export interface AdamSlot {
  readonly m: Float32Array;
  readonly v: Float32Array;
}

export function adamSlot(size: number): AdamSlot {
  return { m: new Float32Array(size), v: new Float32Array(size) };
}

/** One Adam update of param[from..to) with gradient grad[from..to); `step` counts from 1. */
export function adamUpdate(
  param: Float32Array,
  grad: Float32Array | Float64Array,
  slot: AdamSlot,
  step: number,
  cfg: AdamConfig,
  from = 0,
  to = param.length,
): void {
  const c1 = 1 - Math.pow(cfg.beta1, step);
  const c2 = 1 - Math.pow(cfg.beta2, step);
  for (let i = from; i < to; i++) {
    const g = grad[i];
    const m = (slot.m[i] = cfg.beta1 * slot.m[i] + (1 - cfg.beta1) * g);
    const v = (slot.v[i] = cfg.beta2 * slot.v[i] + (1 - cfg.beta2) * g * g);
    param[i] -= (cfg.learningRate * (m / c1)) / (Math.sqrt(v / c2) + cfg.epsilon);
  }
}
