/**
 * Writes the tagger as a plain ONNX ModelProto (IR 8, opset 17), encoded by protobufjs
 * (see protobuf.ts). Graph:
 *
 *   feature_ids int64 [batch, tokens, slots]
 *     → Gather(embeddings, axis 0) → ReduceSum(axes=[2], keepdims=0)
 *     → MatMul(w1) → Add(b1) → Tanh|Relu = hidden
 *   sequence model (contextWidth r > 0), padding tokens zeroed so that a padded batch
 *   equals each document alone:
 *     mask = Cast(Greater(ReduceMax(feature_ids, axes=[2]), 0)) → Unsqueeze → Mul(hidden)
 *     → Transpose → Conv(wc, bc, pads r) → Transpose → Tanh|Relu → Add(masked hidden)
 *   → MatMul(w2) → Add(b2) → logits [batch, tokens, tags] → Softmax(axis 2) → probs
 *
 * The decoder's transition scores travel in the metadata. The output is a pure function
 * of its arguments: same weights ⇒ same bytes.
 */
import { encodeModel, type AttributeProto, type NodeProto, type TensorProto, type ValueInfoProto } from './protobuf';
import { METADATA_KEY, type TaggerMetadata, type TaggerWeights } from './weights';

export const IR_VERSION = 8;
export const OPSET_VERSION = 17;
const FLOAT = 1;
const INT64 = 7;

// AttributeProto.AttributeType
const ATTR_INT = 2;
const ATTR_INTS = 7;

function float32Raw(values: Float32Array): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i]!, true);
  return out;
}

function int64Raw(values: readonly number[]): Uint8Array {
  const out = new Uint8Array(values.length * 8);
  const view = new DataView(out.buffer);
  values.forEach((v, i) => view.setBigInt64(i * 8, BigInt(v), true));
  return out;
}

function tensor(name: string, dims: readonly number[], dataType: number, rawData: Uint8Array): TensorProto {
  return { dims: [...dims], dataType, name, rawData }; // a scalar has no dims
}

function intAttribute(name: string, i: number): AttributeProto {
  return { name, i, type: ATTR_INT };
}

function intsAttribute(name: string, ints: readonly number[]): AttributeProto {
  return { name, ints: [...ints], type: ATTR_INTS };
}

function node(opType: string, input: readonly string[], output: string, attribute: AttributeProto[] = []): NodeProto {
  return { input: [...input], output: [output], name: `${opType}_${output}`, opType, attribute };
}

function valueInfo(name: string, elemType: number, dims: readonly (string | number)[]): ValueInfoProto {
  const dim = dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d }));
  return { name, type: { tensorType: { elemType, shape: { dim } } } };
}

/** Conv's weight layout [out][in][k] from the trainer's [k][in][out]. */
function convWeights(wc: Float32Array, h: number, kw: number): Float32Array {
  const out = new Float32Array(wc.length);
  for (let k = 0; k < kw; k++) for (let c = 0; c < h; c++) for (let m = 0; m < h; m++) out[(m * h + c) * kw + k] = wc[(k * h + c) * h + m]!;
  return out;
}

function contextGraph(weights: TaggerWeights): { nodes: NodeProto[]; initializers: TensorProto[]; output: string } {
  const { hiddenDim: h, contextWidth: r } = weights;
  if (r === 0) return { nodes: [], initializers: [], output: 'hidden' };
  const kw = 2 * r + 1;
  const act = weights.activation === 'relu' ? 'Relu' : 'Tanh';
  return {
    nodes: [
      node('ReduceMax', ['feature_ids'], 'max_id', [intsAttribute('axes', [2]), intAttribute('keepdims', 0)]),
      node('Greater', ['max_id', 'zero_id'], 'is_token'),
      node('Cast', ['is_token'], 'token_mask', [intAttribute('to', FLOAT)]),
      node('Unsqueeze', ['token_mask', 'slot_axis'], 'token_mask_3d'),
      node('Mul', ['hidden', 'token_mask_3d'], 'hidden_masked'),
      node('Transpose', ['hidden_masked'], 'hidden_channels', [intsAttribute('perm', [0, 2, 1])]),
      node('Conv', ['hidden_channels', 'wc', 'bc'], 'context_channels', [intsAttribute('kernel_shape', [kw]), intsAttribute('pads', [r, r])]),
      node('Transpose', ['context_channels'], 'context_pre', [intsAttribute('perm', [0, 2, 1])]),
      node(act, ['context_pre'], 'context_act'),
      node('Add', ['hidden_masked', 'context_act'], 'context'),
    ],
    initializers: [
      tensor('zero_id', [], INT64, int64Raw([0])),
      tensor('wc', [h, h, kw], FLOAT, float32Raw(convWeights(weights.wc, h, kw))),
      tensor('bc', [h], FLOAT, float32Raw(weights.bc)),
    ],
    output: 'context',
  };
}

export function exportOnnx(weights: TaggerWeights, metadata: TaggerMetadata): Uint8Array {
  const { buckets, embeddingDim: d, hiddenDim: h, tagCount: k } = weights;
  const act = weights.activation === 'relu' ? 'Relu' : 'Tanh';
  const context = contextGraph(weights);
  const nodes = [
    node('Gather', ['embeddings', 'feature_ids'], 'gathered', [intAttribute('axis', 0)]),
    node('ReduceSum', ['gathered', 'slot_axis'], 'bag', [intAttribute('keepdims', 0)]),
    node('MatMul', ['bag', 'w1'], 'hidden_mm'),
    node('Add', ['hidden_mm', 'b1'], 'hidden_pre'),
    node(act, ['hidden_pre'], 'hidden'),
    ...context.nodes,
    node('MatMul', [context.output, 'w2'], 'logits_mm'),
    node('Add', ['logits_mm', 'b2'], 'logits'),
    // axis 2 (the tag axis) rather than −1, as exports have always written it.
    node('Softmax', ['logits'], 'probs', [intAttribute('axis', 2)]),
  ];
  const initializers = [
    tensor('embeddings', [buckets, d], FLOAT, float32Raw(weights.embeddings)),
    tensor('slot_axis', [1], INT64, int64Raw([2])),
    tensor('w1', [d, h], FLOAT, float32Raw(weights.w1)),
    tensor('b1', [h], FLOAT, float32Raw(weights.b1)),
    ...context.initializers,
    tensor('w2', [h, k], FLOAT, float32Raw(weights.w2)),
    tensor('b2', [k], FLOAT, float32Raw(weights.b2)),
  ];
  const fullMetadata: TaggerMetadata = { ...metadata, transitions: Array.from(weights.transitions), startScores: Array.from(weights.startScores) };
  return encodeModel({
    irVersion: IR_VERSION,
    producerName: 'ontocase',
    producerVersion: '1',
    graph: {
      node: nodes,
      name: weights.contextWidth > 0 ? 'ontocase_sequence_tagger' : 'ontocase_window_tagger',
      initializer: initializers,
      input: [valueInfo('feature_ids', INT64, ['batch', 'tokens', 'slots'])],
      output: [valueInfo('logits', FLOAT, ['batch', 'tokens', k]), valueInfo('probs', FLOAT, ['batch', 'tokens', k])],
    },
    // The empty domain (ai.onnx) is written explicitly, as earlier exports did.
    opsetImport: [{ domain: '', version: OPSET_VERSION }],
    metadataProps: [{ key: METADATA_KEY, value: JSON.stringify(fullMetadata) }],
  });
}
