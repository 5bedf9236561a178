import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { bioTags, DEFAULT_LABELS } from '../../../src/extraction/tagger/core/bio';
import { DEFAULT_HASHING, featurize } from '../../../src/extraction/tagger/core/features';
import { featureTensor } from '../../../src/extraction/tagger/core/feature-tensor';
import { exportOnnx } from '../../../src/extraction/tagger/onnx/onnx-export';
import { readOnnxWeights } from '../../../src/extraction/tagger/onnx/onnx-import';
import { readMetadataProps } from '../../../src/extraction/tagger/onnx/onnx-metadata';
import { loadTagger } from '../../../src/extraction/tagger/onnx-tagger';
import { tokenize } from '../../../src/extraction/tagger/core/tokens';
import { buildMetadata, METADATA_KEY, type TaggerWeights } from '../../../src/extraction/tagger/core/weights';
import { forward, initWeights } from '../../../src/training/core/network';
import { mulberry32 } from '../../../src/shared/core/prng';
import { trainTagger } from '../../../src/training/trainer';
import { syntheticReports } from '../../support/training/synthetic';

const TEXTS = ['No pleural effusion.', 'Small left pneumothorax; possible right lower lobe consolidation.', 'Clear.'];

/** Max |ONNX − TypeScript| over the real (unpadded) tokens' logits, one padded batch. */
async function maxForwardDifference(model: Uint8Array, weights: TaggerWeights, hashing = DEFAULT_HASHING): Promise<number> {
  const docs = TEXTS.map((t) => featurize(tokenize(t), hashing));
  const input = featureTensor(docs);
  const session = await InferenceSession.create(model, { executionProviders: ['cpu'] });
  const out = await session.run({ feature_ids: new Tensor('int64', input.data, [...input.dims]) });
  await session.release();
  const onnx = out['logits'];
  assert.deepEqual(onnx.dims, [docs.length, input.dims[1], weights.tagCount]);
  const probs = out['probs'].data as Float32Array;
  let worst = 0;
  docs.forEach((doc, b) => {
    const ts = forward(weights, {
      ids: doc.ids,
      offsets: doc.offsets,
      tokens: doc.offsets.length - 1,
      docStarts: Int32Array.of(0, doc.offsets.length - 1),
    }).logits;
    const base = b * input.dims[1] * weights.tagCount;
    for (let i = 0; i < ts.length; i++) worst = Math.max(worst, Math.abs((onnx.data as Float32Array)[base + i] - ts[i]));
    let rowSum = 0;
    for (let k = 0; k < weights.tagCount; k++) rowSum += probs[base + k];
    assert.ok(Math.abs(rowSum - 1) < 1e-5, 'probs rows sum to 1');
  });
  return worst;
}

// First, so that the runtime's own log level is set before any session exists.
test("providers ['cuda', 'cpu'] on a CPU-only machine fall back to cpu with one log line and no text", async () => {
  const tags = bioTags(DEFAULT_LABELS);
  const hashing = { ...DEFAULT_HASHING, buckets: 64 };
  const weights = initWeights(
    { buckets: 64, embeddingDim: 4, hiddenDim: 4, tagCount: tags.length, activation: 'tanh', contextWidth: 0 },
    mulberry32(1),
  );
  const lines: string[] = [];
  const tagger = await loadTagger(exportOnnx(weights, buildMetadata(hashing, DEFAULT_LABELS, tags, 'tanh')), ['cuda', 'cpu'], {
    logger: { warn: (m) => lines.push(m) },
  });
  assert.equal(tagger.executionProvider, 'cpu');
  assert.ok(lines.length <= 1, lines.join('\n'));
  if (lines.length === 1) assert.match(lines[0], /"cuda" unavailable .*using "cpu"/);
  await tagger.tagBatch(['Secret patient text']);
  assert.ok(!lines.join('').includes('Secret'));
  await tagger.dispose();
});

test('ONNX export of random window and sequence models matches the TypeScript forward pass to 1e-4 (padded batch)', async () => {
  const hashing = { ...DEFAULT_HASHING, buckets: 2048 };
  const tags = bioTags(DEFAULT_LABELS);
  for (const contextWidth of [0, 1, 2]) {
    for (const activation of ['tanh', 'relu'] as const) {
      const weights = initWeights(
        { buckets: 2048, embeddingDim: 12, hiddenDim: 20, tagCount: tags.length, activation, contextWidth },
        mulberry32(5),
      );
      for (let i = 0; i < weights.embeddings.length; i++) weights.embeddings[i] *= 10; // make the layers work
      weights.b1.fill(0.2); // padding must not leak through non-zero biases
      weights.bc.fill(0.3);
      weights.transitions.set(tags.map((_, i) => i * 0.1));
      const model = exportOnnx(weights, buildMetadata(hashing, DEFAULT_LABELS, tags, activation));
      const diff = await maxForwardDifference(model, weights, hashing);
      assert.ok(diff < 1e-4, `r=${contextWidth} ${activation}: max |Δlogit| = ${diff}`);
      const back = readOnnxWeights(model);
      assert.deepEqual(back, weights, 'weights read back from the model equal the exported ones');
      assert.equal(readMetadataProps(model).has(METADATA_KEY), true);
    }
  }
});

test('a model trained jointly with the CRF (crfWeight 1): ONNX = TypeScript to 1e-4', async () => {
  const hashing = { buckets: 4096 };
  const result = await trainTagger(syntheticReports(60, 5), { hashing, embeddingDim: 8, hiddenDim: 8, maxEpochs: 2, crfWeight: 1 });
  const diff = await maxForwardDifference(result.modelBytes, readOnnxWeights(result.modelBytes), { ...DEFAULT_HASHING, ...hashing });
  assert.ok(diff < 1e-4, `max |Δlogit| = ${diff}`);
});

test('a briefly trained model: ONNX = TypeScript to 1e-4, tagBatch decodes spans, file path loads, chunking is transparent', async () => {
  const hashing = { buckets: 4096 };
  const result = await trainTagger(syntheticReports(120, 3), { hashing, embeddingDim: 16, hiddenDim: 24, maxEpochs: 4 });
  const weights = readOnnxWeights(result.modelBytes);
  const diff = await maxForwardDifference(result.modelBytes, weights, { ...DEFAULT_HASHING, ...hashing });
  assert.ok(diff < 1e-4, `max |Δlogit| = ${diff}`);

  const path = join(mkdtempSync(join(tmpdir(), 'tagger-')), 'model.onnx');
  writeFileSync(path, result.modelBytes);
  const tagger = await loadTagger(path, ['cpu']);
  assert.equal(tagger.executionProvider, 'cpu');
  const spans = await tagger.tagBatch(TEXTS);
  assert.equal(spans.length, TEXTS.length);
  const effusion = spans[0].find((s) => TEXTS[0].slice(s.start, s.end) === 'effusion');
  assert.equal(effusion?.label, 'OBS-DA');
  for (const s of spans.flat()) assert.ok(s.confidence > 0 && s.confidence <= 1);
  const small = await loadTagger(result.modelBytes, ['cpu'], { maxCellsPerRun: 1 });
  assert.deepEqual(await small.tagBatch(TEXTS), spans);
  assert.deepEqual(await tagger.tagBatch([]), []);
  await tagger.dispose();
  await small.dispose();
});

test('a lexicon travels in the model metadata: ONNX = TypeScript on lexicon-marked features, and the tagger reads it back', async () => {
  const hashing = { buckets: 4096, lexicon: ['pleural effusion', 'pneumothorax'] };
  const result = await trainTagger(syntheticReports(60, 4), { hashing, embeddingDim: 8, hiddenDim: 8, maxEpochs: 2 });
  const meta = JSON.parse(readMetadataProps(result.modelBytes).get(METADATA_KEY)!) as { hashing: { lexicon?: string[] } };
  assert.deepEqual(meta.hashing.lexicon, hashing.lexicon);
  const weights = readOnnxWeights(result.modelBytes);
  const diff = await maxForwardDifference(result.modelBytes, weights, { ...DEFAULT_HASHING, ...hashing });
  assert.ok(diff < 1e-4, `max |Δlogit| = ${diff}`);
  const tagger = await loadTagger(result.modelBytes, ['cpu']);
  assert.deepEqual(tagger.metadata.hashing.lexicon, hashing.lexicon);
  await tagger.dispose();
});
