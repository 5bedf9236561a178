/**
 * Writes the tagger as a plain ONNX ModelProto (IR 8, opset 17) with a hand-written
 * protobuf encoder. Field numbers are those of onnx/onnx.proto. Graph:
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
import { bytesField, concat, intField, packedIntsField, stringField } from './protobuf';
import { METADATA_KEY, type TaggerMetadata, type TaggerWeights } from '../core/weights';

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

/** TensorProto: dims = 1, data_type = 2, name = 8, raw_data = 9. */
function tensor(name: string, dims: readonly number[], dataType: number, raw: Uint8Array): Uint8Array {
  const dimsField = dims.length === 0 ? [] : [packedIntsField(1, dims)]; // a scalar has no dims
  return concat([...dimsField, intField(2, dataType), stringField(8, name), bytesField(9, raw)]);
}

/** AttributeProto: name = 1, i = 3, type = 20. */
function intAttribute(name: string, value: number): Uint8Array {
  return concat([stringField(1, name), intField(3, value), intField(20, ATTR_INT)]);
}

/** AttributeProto: name = 1, ints = 8 (unpacked, as proto2 writes them), type = 20. */
function intsAttribute(name: string, values: readonly number[]): Uint8Array {
  return concat([stringField(1, name), ...values.map((v) => intField(8, v)), intField(20, ATTR_INTS)]);
}

/** NodeProto: input = 1, output = 2, name = 3, op_type = 4, attribute = 5. */
function node(op: string, inputs: readonly string[], output: string, attributes: Uint8Array[] = []): Uint8Array {
  return concat([
    ...inputs.map((i) => stringField(1, i)),
    stringField(2, output),
    stringField(3, `${op}_${output}`),
    stringField(4, op),
    ...attributes.map((a) => bytesField(5, a)),
  ]);
}

/** ValueInfoProto(name = 1, type = 2) → TypeProto.tensor_type = 1 → elem_type = 1, shape = 2 → dim = 1. */
function valueInfo(name: string, elemType: number, dims: readonly (string | number)[]): Uint8Array {
  const shape = concat(
    dims.map((d) => bytesField(1, typeof d === 'number' ? intField(1, d) : stringField(2, d))),
  );
  const tensorType = concat([intField(1, elemType), bytesField(2, shape)]);
  return concat([stringField(1, name), bytesField(2, bytesField(1, tensorType))]);
}

/** Conv's weight layout [out][in][k] from the trainer's [k][in][out]. */
function convWeights(wc: Float32Array, h: number, kw: number): Float32Array {
  const out = new Float32Array(wc.length);
  for (let k = 0; k < kw; k++) for (let c = 0; c < h; c++) for (let m = 0; m < h; m++) out[(m * h + c) * kw + k] = wc[(k * h + c) * h + m]!;
  return out;
}

function contextGraph(weights: TaggerWeights): { nodes: Uint8Array[]; initializers: Uint8Array[]; output: string } {
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
    // axis 2 (the tag axis) rather than −1: the encoder writes non-negative varints only.
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
  // GraphProto: node = 1, name = 2, initializer = 5, input = 11, output = 12.
  const graph = concat([
    ...nodes.map((n) => bytesField(1, n)),
    stringField(2, weights.contextWidth > 0 ? 'ontocase_sequence_tagger' : 'ontocase_window_tagger'),
    ...initializers.map((t) => bytesField(5, t)),
    bytesField(11, valueInfo('feature_ids', INT64, ['batch', 'tokens', 'slots'])),
    bytesField(12, valueInfo('logits', FLOAT, ['batch', 'tokens', k])),
    bytesField(12, valueInfo('probs', FLOAT, ['batch', 'tokens', k])),
  ]);
  // OperatorSetIdProto: domain = 1 (empty = ai.onnx), version = 2.
  const opset = concat([stringField(1, ''), intField(2, OPSET_VERSION)]);
  const fullMetadata: TaggerMetadata = { ...metadata, transitions: Array.from(weights.transitions), startScores: Array.from(weights.startScores) };
  // StringStringEntryProto: key = 1, value = 2.
  const meta = concat([stringField(1, METADATA_KEY), stringField(2, JSON.stringify(fullMetadata))]);
  // ModelProto: ir_version = 1, producer_name = 2, producer_version = 3, graph = 7, opset_import = 8, metadata_props = 14.
  return concat([
    intField(1, IR_VERSION),
    stringField(2, 'ontocase'),
    stringField(3, '1'),
    bytesField(7, graph),
    bytesField(8, opset),
    bytesField(14, meta),
  ]);
}
