/** The two stored FNV-1a variants and SHA-256 against published vectors and a byte-wise reference. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fnv1a32CodeUnits, fnv1a32Utf16, sha256Hex } from '../../../src/shared/core/hash';

/** Textbook FNV-1a 32 over bytes. */
function fnv1aBytes(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

test('code-unit FNV-1a matches the published FNV-1a 32 vectors on ASCII', () => {
  assert.equal(fnv1a32CodeUnits(''), 0x811c9dc5);
  assert.equal(fnv1a32CodeUnits('a'), 0xe40c292c);
  assert.equal(fnv1a32CodeUnits('foobar'), 0xbf9cf968);
});

test('UTF-16 FNV-1a is textbook FNV-1a over the UTF-16LE bytes', () => {
  for (const text of ['', 'a', 'foobar', 'pleural effusion', 'é→ü', '\u{1F600}']) {
    assert.equal(fnv1a32Utf16(text), fnv1aBytes(Buffer.from(text, 'utf16le')), text);
  }
  // The two variants differ (the high byte is a step of its own), which is why both are kept.
  assert.notEqual(fnv1a32Utf16('a'), fnv1a32CodeUnits('a'));
});

test('sha256Hex matches the FIPS 180-2 vector for "abc"', () => {
  assert.equal(sha256Hex(new TextEncoder().encode('abc')), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});
