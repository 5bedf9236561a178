/**
 * Reads ModelProto.metadata_props straight from the model bytes; onnxruntime-node does not
 * expose custom metadata.
 */
import { decodeModel } from './protobuf';

export function readMetadataProps(model: Uint8Array): Map<string, string> {
  return new Map(decodeModel(model).metadataProps.map((entry) => [entry.key, entry.value]));
}
