/**
 * The sequence model's context layer (pure): a 1-D convolution over the hidden vectors of
 * one document, with a residual connection,
 *   out_t = h_t + act(bc + Σ_{o=−r..r} h_{t+o} Wc_o),   h outside the document = 0.
 * Wc is stored [2r+1][in][out] so the inner loop runs over contiguous outputs; the ONNX
 * export transposes it to Conv's [out][in][k]. Documents never see each other: a batch is
 * documents back to back, and `docStarts` bounds every window.
 */
import type { Activation } from '../../extraction/tagger/core/weights';

export interface ContextParams {
  readonly width: number;
  readonly dim: number;
  readonly activation: Activation;
  readonly wc: Float32Array;
  readonly bc: Float32Array;
}

/** act(conv) into `act` and h + act(conv) into `out` (both [tokens × dim]). */
export function contextForward(p: ContextParams, docStarts: Int32Array, hidden: Float32Array, act: Float32Array, out: Float32Array): void {
  const { width: r, dim: h } = p;
  const z = new Float32Array(h);
  for (let d = 0; d + 1 < docStarts.length; d++) {
    const s = docStarts[d];
    const e = docStarts[d + 1];
    for (let t = s; t < e; t++) {
      z.set(p.bc);
      for (let k = 0; k <= 2 * r; k++) {
        const u = t + k - r;
        if (u < s || u >= e) continue;
        for (let c = 0; c < h; c++) {
          const hv = hidden[u * h + c];
          if (hv === 0) continue;
          const row = (k * h + c) * h;
          for (let m = 0; m < h; m++) z[m] += hv * p.wc[row + m];
        }
      }
      for (let m = 0; m < h; m++) {
        const a = p.activation === 'relu' ? Math.max(0, z[m]) : Math.tanh(z[m]);
        act[t * h + m] = a;
        out[t * h + m] = hidden[t * h + m] + a;
      }
    }
  }
}

/**
 * From dOut (∂L/∂out) accumulates gWc, gBc and writes ∂L/∂h into dHidden
 * (the residual path plus the convolution's).
 */
export function contextBackward(
  p: ContextParams,
  docStarts: Int32Array,
  hidden: Float32Array,
  act: Float32Array,
  dOut: Float32Array,
  gWc: Float32Array,
  gBc: Float32Array,
  dHidden: Float32Array,
): void {
  const { width: r, dim: h } = p;
  dHidden.set(dOut);
  const dz = new Float32Array(h);
  for (let d = 0; d + 1 < docStarts.length; d++) {
    const s = docStarts[d];
    const e = docStarts[d + 1];
    for (let t = s; t < e; t++) {
      for (let m = 0; m < h; m++) {
        const a = act[t * h + m];
        const slope = p.activation === 'relu' ? (a > 0 ? 1 : 0) : 1 - a * a;
        dz[m] = dOut[t * h + m] * slope;
        gBc[m] += dz[m];
      }
      for (let k = 0; k <= 2 * r; k++) {
        const u = t + k - r;
        if (u < s || u >= e) continue;
        for (let c = 0; c < h; c++) {
          const hv = hidden[u * h + c];
          const row = (k * h + c) * h;
          let acc = 0;
          for (let m = 0; m < h; m++) {
            gWc[row + m] += hv * dz[m];
            acc += p.wc[row + m] * dz[m];
          }
          dHidden[u * h + c] += acc;
        }
      }
    }
  }
}
