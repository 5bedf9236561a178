/**
 * Forward and backward passes of the window tagger (pure). Parameters are float32 — the
 * values ONNX runs — and the arithmetic is double precision on top of them.
 *
 *   bag_t    = Σ_s E[id_ts]              (id 0 = padding, zero row, never updated)
 *   hidden_t = act(bag_t · W1 + b1)
 *   logits_t = hidden_t · W2 + b2
 */
import type { Activation, TaggerWeights } from '../../tagger/weights';
import { gaussian, type Random } from './prng';

/** Ragged feature ids of a run of tokens (possibly several documents back to back). */
export interface TokenBatch {
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
  readonly tokens: number;
}

export interface ForwardCache {
  readonly bag: Float64Array;
  readonly hidden: Float64Array;
  readonly logits: Float64Array;
}

export interface Shape {
  readonly buckets: number;
  readonly embeddingDim: number;
  readonly hiddenDim: number;
  readonly tagCount: number;
  readonly activation: Activation;
}

export function initWeights(shape: Shape, random: Random): TaggerWeights {
  const { buckets, embeddingDim: d, hiddenDim: h, tagCount: k } = shape;
  const embeddings = new Float32Array(buckets * d);
  for (let i = d; i < embeddings.length; i++) embeddings[i] = 0.05 * gaussian(random);
  const uniform = (n: number, limit: number): Float32Array => new Float32Array(n).map(() => (2 * random() - 1) * limit);
  return {
    ...shape,
    embeddings,
    w1: uniform(d * h, Math.sqrt(6 / (d + h))),
    b1: new Float32Array(h),
    w2: uniform(h * k, Math.sqrt(6 / (h + k))),
    b2: new Float32Array(k),
  };
}

export function forward(w: TaggerWeights, batch: TokenBatch): ForwardCache {
  const { embeddingDim: d, hiddenDim: h, tagCount: k } = w;
  const n = batch.tokens;
  const bag = new Float64Array(n * d);
  const hidden = new Float64Array(n * h);
  const logits = new Float64Array(n * k);
  for (let t = 0; t < n; t++) {
    for (let s = batch.offsets[t]!; s < batch.offsets[t + 1]!; s++) {
      const row = batch.ids[s]! * d;
      for (let j = 0; j < d; j++) bag[t * d + j]! += w.embeddings[row + j]!;
    }
    for (let u = 0; u < h; u++) {
      let z = w.b1[u]!;
      for (let j = 0; j < d; j++) z += bag[t * d + j]! * w.w1[j * h + u]!;
      hidden[t * h + u] = w.activation === 'relu' ? Math.max(0, z) : Math.tanh(z);
    }
    for (let c = 0; c < k; c++) {
      let z = w.b2[c]!;
      for (let u = 0; u < h; u++) z += hidden[t * h + u]! * w.w2[u * k + c]!;
      logits[t * k + c] = z;
    }
  }
  return { bag, hidden, logits };
}

/** Gradient buffers; embedding rows touched since the last reset are listed in `rows`. */
export interface Gradients {
  readonly embeddings: Float64Array;
  readonly touched: Uint8Array;
  rows: number[];
  readonly w1: Float64Array;
  readonly b1: Float64Array;
  readonly w2: Float64Array;
  readonly b2: Float64Array;
}

export function createGradients(w: TaggerWeights): Gradients {
  return {
    embeddings: new Float64Array(w.embeddings.length),
    touched: new Uint8Array(w.buckets),
    rows: [],
    w1: new Float64Array(w.w1.length),
    b1: new Float64Array(w.b1.length),
    w2: new Float64Array(w.w2.length),
    b2: new Float64Array(w.b2.length),
  };
}

export function resetGradients(g: Gradients, embeddingDim: number): void {
  for (const r of g.rows) {
    g.embeddings.fill(0, r * embeddingDim, (r + 1) * embeddingDim);
    g.touched[r] = 0;
  }
  g.rows = [];
  for (const a of [g.w1, g.b1, g.w2, g.b2]) a.fill(0);
}

/** Accumulates the gradients of a loss whose gradient w.r.t. the logits is `dLogits`. */
export function backward(w: TaggerWeights, batch: TokenBatch, cache: ForwardCache, dLogits: Float64Array, g: Gradients): void {
  const { embeddingDim: d, hiddenDim: h, tagCount: k } = w;
  const dHidden = new Float64Array(h);
  const dBag = new Float64Array(d);
  for (let t = 0; t < batch.tokens; t++) {
    for (let u = 0; u < h; u++) {
      const hv = cache.hidden[t * h + u]!;
      let acc = 0;
      for (let c = 0; c < k; c++) {
        const dl = dLogits[t * k + c]!;
        g.w2[u * k + c]! += hv * dl;
        acc += w.w2[u * k + c]! * dl;
      }
      const slope = w.activation === 'relu' ? (hv > 0 ? 1 : 0) : 1 - hv * hv;
      dHidden[u] = acc * slope;
    }
    for (let c = 0; c < k; c++) g.b2[c]! += dLogits[t * k + c]!;
    for (let j = 0; j < d; j++) {
      const bv = cache.bag[t * d + j]!;
      let acc = 0;
      for (let u = 0; u < h; u++) {
        g.w1[j * h + u]! += bv * dHidden[u]!;
        acc += w.w1[j * h + u]! * dHidden[u]!;
      }
      dBag[j] = acc;
    }
    for (let u = 0; u < h; u++) g.b1[u]! += dHidden[u]!;
    for (let s = batch.offsets[t]!; s < batch.offsets[t + 1]!; s++) {
      const id = batch.ids[s]!;
      if (id === 0) continue;
      if (g.touched[id] === 0) {
        g.touched[id] = 1;
        g.rows.push(id);
      }
      for (let j = 0; j < d; j++) g.embeddings[id * d + j]! += dBag[j]!;
    }
  }
}
