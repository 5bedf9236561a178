/**
 * The project's hashes. Two FNV-1a variants exist because both outputs are stored: the
 * tagger's feature ids (inside every exported ONNX model, `fnv1a32-utf16-v1`) and the
 * synthetic corpus's seeds and held-out split (inside the committed demo corpus). Merging
 * them would change one of the two, so each keeps its name and exact output.
 */
import { createHash } from 'node:crypto';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a 32-bit over UTF-16 code units, each hashed as two bytes, low first (tagger features, model splits). */
export function fnv1a32Utf16(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    hash = Math.imul(hash ^ (unit & 0xff), FNV_PRIME);
    hash = Math.imul(hash ^ (unit >>> 8), FNV_PRIME);
  }
  return hash >>> 0;
}

/** FNV-1a 32-bit with each UTF-16 code unit as one step (synthetic corpus seeds and held-out split). */
export function fnv1a32CodeUnits(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash >>> 0;
}

/** Hex SHA-256 of bytes (stored tagger models carry it and are checked against it). */
export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
