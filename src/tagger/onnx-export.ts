/**
 * Writes the window tagger as a plain ONNX ModelProto (IR 8, opset 17) with a hand-written
 * protobuf encoder. Field numbers are those of onnx/onnx.proto. Graph:
 *
 *   feature_ids int64 [batch, tokens, slots]
 *     → Gather(embeddings, axis 0) → ReduceSum(axes=[2], keepdims=0)
 *     → MatMul(w1) → Add(b1) → Tanh|Relu → MatMul(w2) → Add(b2) → logits [batch, tokens, tags]
 *     → Softmax(axis −1) → probs
 *
 * The output is a pure function of its arguments: same weights ⇒ same bytes.
 */
import { bytesField, concat, intField, packedIntsField, stringField } from './protobuf';
import { METADATA_KEY, type TaggerMetadata, type TaggerWeights } from './weights';

export const IR_VERSION = 8;
export const OPSET_VERSION = 17;
const FLOAT = 1;
const INT64 = 7;

// AttributeProto.AttributeType
const ATTR_INT = 2;

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
  return concat([packedIntsField(1, dims), intField(2, dataType), stringField(8, name), bytesField(9, raw)]);
}

/** AttributeProto: name = 1, i = 3, type = 20. */
function intAttribute(name: string, value: number): Uint8Array {
  return concat([stringField(1, name), intField(3, value), intField(20, ATTR_INT)]);
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

export function exportOnnx(weights: TaggerWeights, metadata: TaggerMetadata): Uint8Array {
  const { buckets, embeddingDim: d, hiddenDim: h, tagCount: k } = weights;
  const act = weights.activation === 'relu' ? 'Relu' : 'Tanh';
  const nodes = [
    node('Gather', ['embeddings', 'feature_ids'], 'gathered', [intAttribute('axis', 0)]),
    node('ReduceSum', ['gathered', 'slot_axis'], 'bag', [intAttribute('keepdims', 0)]),
    node('MatMul', ['bag', 'w1'], 'hidden_mm'),
    node('Add', ['hidden_mm', 'b1'], 'hidden_pre'),
    node(act, ['hidden_pre'], 'hidden'),
    node('MatMul', ['hidden', 'w2'], 'logits_mm'),
    node('Add', ['logits_mm', 'b2'], 'logits'),
    // axis 2 (the tag axis) rather than −1: the encoder writes non-negative varints only.
    node('Softmax', ['logits'], 'probs', [intAttribute('axis', 2)]),
  ];
  const initializers = [
    tensor('embeddings', [buckets, d], FLOAT, float32Raw(weights.embeddings)),
    tensor('slot_axis', [1], INT64, int64Raw([2])),
    tensor('w1', [d, h], FLOAT, float32Raw(weights.w1)),
    tensor('b1', [h], FLOAT, float32Raw(weights.b1)),
    tensor('w2', [h, k], FLOAT, float32Raw(weights.w2)),
    tensor('b2', [k], FLOAT, float32Raw(weights.b2)),
  ];
  // GraphProto: node = 1, name = 2, initializer = 5, input = 11, output = 12.
  const graph = concat([
    ...nodes.map((n) => bytesField(1, n)),
    stringField(2, 'ontocase_window_tagger'),
    ...initializers.map((t) => bytesField(5, t)),
    bytesField(11, valueInfo('feature_ids', INT64, ['batch', 'tokens', 'slots'])),
    bytesField(12, valueInfo('logits', FLOAT, ['batch', 'tokens', k])),
    bytesField(12, valueInfo('probs', FLOAT, ['batch', 'tokens', k])),
  ]);
  // OperatorSetIdProto: domain = 1 (empty = ai.onnx), version = 2.
  const opset = concat([stringField(1, ''), intField(2, OPSET_VERSION)]);
  // StringStringEntryProto: key = 1, value = 2.
  const meta = concat([stringField(1, METADATA_KEY), stringField(2, JSON.stringify(metadata))]);
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
