/**
 * Reads ModelProto.metadata_props (field 14: StringStringEntryProto key = 1, value = 2)
 * straight from the model bytes; onnxruntime-node does not expose custom metadata.
 */
import { readFields } from './protobuf';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readMetadataProps(model: Uint8Array): Map<string, string> {
  const props = new Map<string, string>();
  for (const f of readFields(model)) {
    if (f.field !== 14 || f.bytes === undefined) continue;
    let key = '';
    let value = '';
    for (const entry of readFields(f.bytes)) {
      if (entry.bytes === undefined) continue;
      if (entry.field === 1) key = utf8.decode(entry.bytes);
      else if (entry.field === 2) value = utf8.decode(entry.bytes);
    }
    props.set(key, value);
  }
  return props;
}
