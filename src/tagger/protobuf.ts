/**
 * The ONNX messages this project writes and reads, encoded by protobufjs through a
 * reflection descriptor. Names and field numbers are those of onnx/onnx.proto (proto2,
 * the ONNX project's canonical file); only the fields used here are declared — a decoder
 * skips the others. Two wire details keep exports byte-identical to earlier releases:
 * explicit presence (proto2), so a field set to '' or 0 is still written, and packed
 * `TensorProto.dims` while `AttributeProto.ints` stay expanded, as proto2 writes them.
 */
import { Root, type IType, type Type } from 'protobufjs';

const int64 = 'int64';

const MESSAGES: Record<string, IType> = {
  ModelProto: {
    fields: {
      irVersion: { type: int64, id: 1 },
      producerName: { type: 'string', id: 2 },
      producerVersion: { type: 'string', id: 3 },
      graph: { type: 'GraphProto', id: 7 },
      opsetImport: { rule: 'repeated', type: 'OperatorSetIdProto', id: 8 },
      metadataProps: { rule: 'repeated', type: 'StringStringEntryProto', id: 14 },
    },
  },
  // The tagger's metadata is JSON that we parse: invalid UTF-8 is refused, not replaced.
  StringStringEntryProto: {
    fields: {
      key: { type: 'string', id: 1, options: { features: { utf8_validation: 'VERIFY' } } },
      value: { type: 'string', id: 2, options: { features: { utf8_validation: 'VERIFY' } } },
    },
  },
  OperatorSetIdProto: { fields: { domain: { type: 'string', id: 1 }, version: { type: int64, id: 2 } } },
  GraphProto: {
    fields: {
      node: { rule: 'repeated', type: 'NodeProto', id: 1 },
      name: { type: 'string', id: 2 },
      initializer: { rule: 'repeated', type: 'TensorProto', id: 5 },
      input: { rule: 'repeated', type: 'ValueInfoProto', id: 11 },
      output: { rule: 'repeated', type: 'ValueInfoProto', id: 12 },
    },
  },
  NodeProto: {
    fields: {
      input: { rule: 'repeated', type: 'string', id: 1 },
      output: { rule: 'repeated', type: 'string', id: 2 },
      name: { type: 'string', id: 3 },
      opType: { type: 'string', id: 4 },
      attribute: { rule: 'repeated', type: 'AttributeProto', id: 5 },
    },
  },
  AttributeProto: {
    nested: { AttributeType: { values: { UNDEFINED: 0, INT: 2, INTS: 7 } } },
    fields: {
      name: { type: 'string', id: 1 },
      i: { type: int64, id: 3 },
      ints: { rule: 'repeated', type: int64, id: 8 },
      type: { type: 'AttributeType', id: 20 },
    },
  },
  TensorProto: {
    fields: {
      dims: { rule: 'repeated', type: int64, id: 1, options: { packed: true } },
      dataType: { type: 'int32', id: 2 },
      name: { type: 'string', id: 8 },
      rawData: { type: 'bytes', id: 9 },
    },
  },
  ValueInfoProto: { fields: { name: { type: 'string', id: 1 }, type: { type: 'TypeProto', id: 2 } } },
  TypeProto: {
    nested: { Tensor: { fields: { elemType: { type: 'int32', id: 1 }, shape: { type: 'TensorShapeProto', id: 2 } } } },
    fields: { tensorType: { type: 'Tensor', id: 1 } },
  },
  TensorShapeProto: {
    nested: { Dimension: { fields: { dimValue: { type: int64, id: 1 }, dimParam: { type: 'string', id: 2 } } } },
    fields: { dim: { rule: 'repeated', type: 'Dimension', id: 1 } },
  },
};

// proto2, as onnx.proto (protobufjs reads a JSON descriptor as proto3 unless told).
const root = Root.fromJSON({
  nested: { onnx: { nested: Object.fromEntries(Object.entries(MESSAGES).map(([name, type]) => [name, { ...type, edition: 'proto2' }])) } },
});
const modelType: Type = root.lookupType('onnx.ModelProto');

/** int64 values as written (non-negative safe integers) and as read (protobufjs gives Long). */
type Int64 = number | { toNumber(): number };

export interface TensorProto {
  dims?: Int64[];
  dataType: number;
  name: string;
  rawData: Uint8Array;
}
export interface AttributeProto {
  name: string;
  i?: Int64;
  ints?: Int64[];
  type: number;
}
export interface NodeProto {
  input: string[];
  output: string[];
  name: string;
  opType: string;
  attribute?: AttributeProto[];
}
export interface ValueInfoProto {
  name: string;
  type: { tensorType: { elemType: number; shape: { dim: ({ dimValue: Int64 } | { dimParam: string })[] } } };
}
export interface ModelProto {
  irVersion: Int64;
  producerName: string;
  producerVersion: string;
  graph?: { node: NodeProto[]; name: string; initializer: TensorProto[]; input: ValueInfoProto[]; output: ValueInfoProto[] };
  opsetImport: { domain: string; version: Int64 }[];
  metadataProps: { key: string; value: string }[];
}

export function encodeModel(model: ModelProto): Uint8Array {
  // A plain Uint8Array, not protobufjs's Node Buffer: callers compare and store plain bytes.
  return new Uint8Array(modelType.encode(model).finish());
}

/** Throws on bytes that are not a well-formed ModelProto (truncated, bad wire types). */
export function decodeModel(bytes: Uint8Array): ModelProto {
  return modelType.decode(bytes) as unknown as ModelProto;
}

export function int64Number(value: Int64): number {
  return typeof value === 'number' ? value : value.toNumber();
}
