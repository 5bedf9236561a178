/**
 * The ONNX export is a pure function of the weights: the same seed gives the same bytes.
 * The hashes below were computed with the hand-written protobuf encoder this module
 * replaced, so a change of encoder (or field order, packing, defaults) that would alter
 * stored models' bytes fails here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { bioTags, DEFAULT_LABELS } from '../../../src/tagger/bio';
import { DEFAULT_HASHING } from '../../../src/tagger/features';
import { exportOnnx } from '../../../src/tagger/onnx-export';
import { readMetadataProps } from '../../../src/tagger/onnx-metadata';
import { buildMetadata } from '../../../src/tagger/weights';
import { initWeights } from '../../../src/training/math/network';
import { mulberry32 } from '../../../src/training/math/prng';

const PINNED: Record<string, string> = {
  'seed 1 r=0 tanh': 'f279488f1a379ba04cf39c613ce8aa005514abf7aa8d801d493bd200727785a6',
  'seed 2 r=1 relu': 'e1ebab932ac7e6197429545414ef100c491621902de662c20f11bc023181c620',
  'seed 3 r=2 tanh': '7d099a5f1eb7624a8f87fbd557f572aee1d3c7836f85fadc5d91c93b6efcaca6',
};

function exportOf(seed: number, contextWidth: number, activation: 'tanh' | 'relu'): Uint8Array {
  const tags = bioTags(DEFAULT_LABELS);
  const hashing = { ...DEFAULT_HASHING, buckets: 512 };
  const weights = initWeights({ buckets: 512, embeddingDim: 8, hiddenDim: 6, tagCount: tags.length, activation, contextWidth }, mulberry32(seed));
  weights.transitions.set(tags.map((_, i) => i * 0.25 - 1)); // negative decoder scores travel in the metadata
  return exportOnnx(weights, buildMetadata(hashing, DEFAULT_LABELS, tags, activation));
}

test('ONNX export bytes are pinned per seed (sha256 of the hand-written encoder output)', () => {
  const cases: [string, number, number, 'tanh' | 'relu'][] = [
    ['seed 1 r=0 tanh', 1, 0, 'tanh'],
    ['seed 2 r=1 relu', 2, 1, 'relu'],
    ['seed 3 r=2 tanh', 3, 2, 'tanh'],
  ];
  for (const [name, seed, r, activation] of cases) {
    const first = exportOf(seed, r, activation);
    assert.deepEqual(exportOf(seed, r, activation), first, `${name}: same seed, same bytes`);
    const digest = createHash('sha256').update(first).digest('hex');
    assert.equal(digest, PINNED[name], name);
  }
});

test('metadata with invalid UTF-8 or truncated bytes is refused, not read as replacement characters', () => {
  // ModelProto.metadata_props (field 14) = { key "k", value 0x76 "v" | 0xff }
  assert.deepEqual(readMetadataProps(Uint8Array.from([0x72, 6, 0x0a, 1, 0x6b, 0x12, 1, 0x76])), new Map([['k', 'v']]));
  assert.throws(() => readMetadataProps(Uint8Array.from([0x72, 6, 0x0a, 1, 0x6b, 0x12, 1, 0xff])), /utf-8/i);
  assert.throws(() => readMetadataProps(Uint8Array.from([0x72, 9, 0x0a, 1])));
});
