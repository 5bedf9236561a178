/**
 * Forward and backward passes of the token tagger (pure, float32 like the ONNX graph).
 *
 *   bag_t    = Σ_s E[id_ts]              (id 0 = padding, zero row, never updated)
 *   hidden_t = act(bag_t · W1 + b1) · keep_t        (keep: inverted dropout, training only)
 *   feat_t   = hidden_t, or the context layer's output when contextWidth > 0
 *   logits_t = feat_t · W2 + b2
 */
import type { Activation, TaggerWeights } from '../../extraction/tagger/core/weights';
import { contextBackward, contextForward, type ContextParams } from './context-layer';
import { gaussian, type Random } from '../../shared/core/prng';

/** Ragged feature ids of documents back to back; document d is tokens docStarts[d]..docStarts[d+1]. */
export interface TokenBatch {
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
  readonly tokens: number;
  readonly docStarts: Int32Array;
}

export interface ForwardCache {
  readonly bag: Float32Array;
  /** act(bag W1 + b1), before dropout */
  readonly active: Float32Array;
  /** after dropout (= active without it) */
  readonly hidden: Float32Array;
  /** dropout multipliers (0 or 1/(1−rate)); null without dropout */
  readonly keep: Float32Array | null;
  /** act(conv) of the context layer; null for the window model */
  readonly context: Float32Array | null;
  readonly feat: Float32Array;
  readonly logits: Float64Array;
}

export interface Shape {
  readonly buckets: number;
  readonly embeddingDim: number;
  readonly hiddenDim: number;
  readonly tagCount: number;
  readonly activation: Activation;
  readonly contextWidth: number;
}

export interface Dropout {
  readonly rate: number;
  readonly random: Random;
}

export function initWeights(shape: Shape, random: Random): TaggerWeights {
  const { buckets, embeddingDim: d, hiddenDim: h, tagCount: k, contextWidth: r } = shape;
  const embeddings = new Float32Array(buckets * d);
  for (let i = d; i < embeddings.length; i++) embeddings[i] = 0.05 * gaussian(random);
  const uniform = (n: number, limit: number): Float32Array => new Float32Array(n).map(() => (2 * random() - 1) * limit);
  const kw = r > 0 ? 2 * r + 1 : 0;
  return {
    ...shape,
    embeddings,
    w1: uniform(d * h, Math.sqrt(6 / (d + h))),
    b1: new Float32Array(h),
    wc: uniform(kw * h * h, Math.sqrt(6 / (kw * h + h))),
    bc: new Float32Array(r > 0 ? h : 0),
    w2: uniform(h * k, Math.sqrt(6 / (h + k))),
    b2: new Float32Array(k),
    transitions: new Float32Array(k * k),
    startScores: new Float32Array(k),
  };
}

function contextParams(w: TaggerWeights): ContextParams {
  return { width: w.contextWidth, dim: w.hiddenDim, activation: w.activation, wc: w.wc, bc: w.bc };
}

export function forward(w: TaggerWeights, batch: TokenBatch, dropout?: Dropout): ForwardCache {
  const { embeddingDim: d, hiddenDim: h, tagCount: k } = w;
  const n = batch.tokens;
  const bag = new Float32Array(n * d);
  const active = new Float32Array(n * h);
  const keep = dropout === undefined || dropout.rate === 0 ? null : new Float32Array(n * h);
  const hidden = keep === null ? active : new Float32Array(n * h);
  for (let t = 0; t < n; t++) {
    for (let s = batch.offsets[t]; s < batch.offsets[t + 1]; s++) {
      const row = batch.ids[s] * d;
      for (let j = 0; j < d; j++) bag[t * d + j] += w.embeddings[row + j];
    }
    for (let u = 0; u < h; u++) {
      let z = w.b1[u];
      for (let j = 0; j < d; j++) z += bag[t * d + j] * w.w1[j * h + u];
      const a = w.activation === 'relu' ? Math.max(0, z) : Math.tanh(z);
      active[t * h + u] = a;
      if (keep !== null) {
        const m = dropout!.random() < dropout!.rate ? 0 : 1 / (1 - dropout!.rate);
        keep[t * h + u] = m;
        hidden[t * h + u] = a * m;
      }
    }
  }
  let context: Float32Array | null = null;
  let feat = hidden;
  if (w.contextWidth > 0) {
    context = new Float32Array(n * h);
    feat = new Float32Array(n * h);
    contextForward(contextParams(w), batch.docStarts, hidden, context, feat);
  }
  const logits = new Float64Array(n * k);
  for (let t = 0; t < n; t++) {
    for (let c = 0; c < k; c++) {
      let z = w.b2[c];
      for (let u = 0; u < h; u++) z += feat[t * h + u] * w.w2[u * k + c];
      logits[t * k + c] = z;
    }
  }
  return { bag, active, hidden, keep, context, feat, logits };
}

/** Gradient buffers; embedding rows touched since the last reset are listed in `rows`. */
export interface Gradients {
  readonly embeddings: Float32Array;
  readonly touched: Uint8Array;
  rows: number[];
  readonly w1: Float32Array;
  readonly b1: Float32Array;
  readonly wc: Float32Array;
  readonly bc: Float32Array;
  readonly w2: Float32Array;
  readonly b2: Float32Array;
}

export function createGradients(w: TaggerWeights): Gradients {
  return {
    embeddings: new Float32Array(w.embeddings.length),
    touched: new Uint8Array(w.buckets),
    rows: [],
    w1: new Float32Array(w.w1.length),
    b1: new Float32Array(w.b1.length),
    wc: new Float32Array(w.wc.length),
    bc: new Float32Array(w.bc.length),
    w2: new Float32Array(w.w2.length),
    b2: new Float32Array(w.b2.length),
  };
}

export function resetGradients(g: Gradients, embeddingDim: number): void {
  for (const r of g.rows) {
    g.embeddings.fill(0, r * embeddingDim, (r + 1) * embeddingDim);
    g.touched[r] = 0;
  }
  g.rows = [];
  for (const a of [g.w1, g.b1, g.wc, g.bc, g.w2, g.b2]) a.fill(0);
}

/** Accumulates the gradients of a loss whose gradient w.r.t. the logits is `dLogits`. */
export function backward(w: TaggerWeights, batch: TokenBatch, cache: ForwardCache, dLogits: Float64Array, g: Gradients): void {
  const { embeddingDim: d, hiddenDim: h, tagCount: k } = w;
  const n = batch.tokens;
  const dFeat = new Float32Array(n * h);
  for (let t = 0; t < n; t++) {
    for (let u = 0; u < h; u++) {
      const fv = cache.feat[t * h + u];
      let acc = 0;
      for (let c = 0; c < k; c++) {
        const dl = dLogits[t * k + c];
        g.w2[u * k + c] += fv * dl;
        acc += w.w2[u * k + c] * dl;
      }
      dFeat[t * h + u] = acc;
    }
    for (let c = 0; c < k; c++) g.b2[c] += dLogits[t * k + c];
  }
  let dHidden = dFeat;
  if (cache.context !== null) {
    dHidden = new Float32Array(n * h);
    contextBackward(contextParams(w), batch.docStarts, cache.hidden, cache.context, dFeat, g.wc, g.bc, dHidden);
  }
  const dPre = new Float32Array(h);
  const dBag = new Float32Array(d);
  for (let t = 0; t < n; t++) {
    for (let u = 0; u < h; u++) {
      const a = cache.active[t * h + u];
      const slope = w.activation === 'relu' ? (a > 0 ? 1 : 0) : 1 - a * a;
      dPre[u] = dHidden[t * h + u] * slope * (cache.keep === null ? 1 : cache.keep[t * h + u]);
      g.b1[u] += dPre[u];
    }
    for (let j = 0; j < d; j++) {
      const bv = cache.bag[t * d + j];
      let acc = 0;
      for (let u = 0; u < h; u++) {
        g.w1[j * h + u] += bv * dPre[u];
        acc += w.w1[j * h + u] * dPre[u];
      }
      dBag[j] = acc;
    }
    for (let s = batch.offsets[t]; s < batch.offsets[t + 1]; s++) {
      const id = batch.ids[s];
      if (id === 0) continue;
      if (g.touched[id] === 0) {
        g.touched[id] = 1;
        g.rows.push(id);
      }
      for (let j = 0; j < d; j++) g.embeddings[id * d + j] += dBag[j];
    }
  }
}
