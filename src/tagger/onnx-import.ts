/**
 * Reads the tagger's weights back out of an exported model (graph initializers,
 * float32 raw_data) — for inspection and for checking the ONNX graph against the
 * TypeScript forward pass. Only models written by onnx-export.ts are understood.
 */
import { decodeModel, int64Number } from './protobuf';
import type { TaggerWeights } from './weights';
import { decoderScores, parseMetadata, METADATA_KEY } from './weights';
import { readMetadataProps } from './onnx-metadata';

const FLOAT = 1;

function floats(raw: Uint8Array): Float32Array {
  const out = new Float32Array(raw.length / 4);
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}

export function readOnnxWeights(model: Uint8Array): TaggerWeights {
  const graph = decodeModel(model).graph;
  if (!graph) throw new Error('model has no graph');
  const tensors = new Map<string, { dims: number[]; data: Float32Array }>();
  for (const init of graph.initializer) {
    if (init.dataType !== FLOAT) continue; // float tensors only (axes, constants are int64)
    tensors.set(init.name, { dims: (init.dims ?? []).map(int64Number), data: floats(init.rawData) });
  }
  const get = (name: string): { dims: number[]; data: Float32Array } => {
    const t = tensors.get(name);
    if (t === undefined) throw new Error(`model has no initializer "${name}"`);
    return t;
  };
  const meta = parseMetadata(readMetadataProps(model).get(METADATA_KEY) ?? '{}');
  const emb = get('embeddings');
  const w1 = get('w1');
  const w2 = get('w2');
  const h = w1.dims[1]!;
  const wc = tensors.get('wc');
  const kw = wc === undefined ? 0 : wc.dims[2]!;
  return {
    buckets: emb.dims[0]!,
    embeddingDim: emb.dims[1]!,
    hiddenDim: h,
    tagCount: w2.dims[1]!,
    activation: meta.activation,
    contextWidth: (kw - 1) / 2 > 0 ? (kw - 1) / 2 : 0,
    embeddings: emb.data,
    w1: w1.data,
    b1: get('b1').data,
    wc: wc === undefined ? new Float32Array(0) : trainerLayout(wc.data, h, kw),
    bc: tensors.get('bc')?.data ?? new Float32Array(0),
    w2: w2.data,
    b2: get('b2').data,
    ...decoderScores(meta),
  };
}

/** Conv's [out][in][k] back to the trainer's [k][in][out]. */
function trainerLayout(conv: Float32Array, h: number, kw: number): Float32Array {
  const out = new Float32Array(conv.length);
  for (let k = 0; k < kw; k++) for (let c = 0; c < h; c++) for (let m = 0; m < h; m++) out[(k * h + c) * h + m] = conv[(m * h + c) * kw + k]!;
  return out;
}

