/**
 * The little of the protobuf wire format that ONNX export and metadata reading need:
 * varints (wire type 0), 32-bit (5) and length-delimited (2) fields. Messages are built as
 * byte arrays bottom-up, so a field's length is known when it is written.
 */
const utf8 = new TextEncoder();

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_BYTES = 2;
export const WIRE_FIXED32 = 5;

/** Unsigned varint of a non-negative safe integer (int64 fields here are never negative). */
export function varint(value: number): Uint8Array {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`varint needs a non-negative safe integer, got ${value}`);
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return Uint8Array.from(out);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function key(field: number, wire: number): Uint8Array {
  return varint(field * 8 + wire);
}

export function intField(field: number, value: number): Uint8Array {
  return concat([key(field, WIRE_VARINT), varint(value)]);
}

export function bytesField(field: number, bytes: Uint8Array): Uint8Array {
  return concat([key(field, WIRE_BYTES), varint(bytes.length), bytes]);
}

export function stringField(field: number, text: string): Uint8Array {
  return bytesField(field, utf8.encode(text));
}

/** A float field (wire type 5, little-endian IEEE 754 single). */
export function floatField(field: number, value: number): Uint8Array {
  const body = new Uint8Array(4);
  new DataView(body.buffer).setFloat32(0, value, true);
  return concat([key(field, WIRE_FIXED32), body]);
}

export function packedIntsField(field: number, values: readonly number[]): Uint8Array {
  return bytesField(field, concat(values.map(varint)));
}

export interface RawField {
  readonly field: number;
  readonly wire: number;
  /** The varint value (wire 0) — undefined for other wire types. */
  readonly value?: number;
  /** The payload of a length-delimited field (wire 2). */
  readonly bytes?: Uint8Array;
}

/** Top-level fields of one message; unknown groups (wire 3/4) are refused. */
export function readFields(buf: Uint8Array): RawField[] {
  const fields: RawField[] = [];
  let at = 0;
  const readVarint = (): number => {
    let result = 0;
    let scale = 1;
    for (;;) {
      if (at >= buf.length) throw new Error('truncated protobuf varint');
      const byte = buf[at++]!;
      result += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) return result;
      scale *= 0x80;
    }
  };
  while (at < buf.length) {
    const tag = readVarint();
    const field = Math.floor(tag / 8);
    const wire = tag % 8;
    if (wire === WIRE_VARINT) fields.push({ field, wire, value: readVarint() });
    else if (wire === WIRE_FIXED64) at += 8;
    else if (wire === WIRE_FIXED32) at += 4;
    else if (wire === WIRE_BYTES) {
      const length = readVarint();
      if (at + length > buf.length) throw new Error('truncated protobuf field');
      fields.push({ field, wire, bytes: buf.subarray(at, at + length) });
      at += length;
    } else throw new Error(`unsupported protobuf wire type ${wire}`);
  }
  if (at !== buf.length) throw new Error('truncated protobuf message');
  return fields;
}
