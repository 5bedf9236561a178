/**
 * After `npm run gpu:setup`: the CUDA provider and its CUDA libraries load from beside the
 * onnxruntime-node binding, and the only thing left missing on a machine without a GPU is
 * the driver or the device; the tagger then answers on CPU after one log line. Skipped, with
 * the reason, where the setup has not been run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from '../../../src/config';
import type { CudaManifest } from '../../../src/gpu/cuda-manifest';
import { gpuVisible, prepareCudaProvider } from '../../../src/gpu/cuda-provider';
import { bindingDir, gpuPaths } from '../../../src/gpu/gpu-paths';
import { bioTags, DEFAULT_LABELS } from '../../../src/extraction/tagger/core/bio';
import { DEFAULT_HASHING } from '../../../src/extraction/tagger/core/features';
import { exportOnnx } from '../../../src/extraction/tagger/onnx/onnx-export';
import { loadTagger } from '../../../src/extraction/tagger/onnx-tagger';
import { buildMetadata } from '../../../src/extraction/tagger/core/weights';
import { initWeights } from '../../../src/training/core/network';
import { mulberry32 } from '../../../src/shared/core/prng';

const paths = gpuPaths();
const installed = existsSync(paths.manifest) && (JSON.parse(readFileSync(paths.manifest, 'utf8')) as CudaManifest).complete;
const skip = installed ? false : `the CUDA provider is not installed (${paths.manifest} missing): run \`npm run gpu:setup\` to test it`;
const withGpu = gpuVisible();
/** What a machine without a usable GPU may lack: the driver library, or a device for it. */
const NO_DRIVER_OR_DEVICE = /libcuda\.so\.1: cannot open shared object file|no CUDA-capable device|CUDA driver version is insufficient/;
const CUDA_LIBRARY_MISSING = /lib(cublas|cublasLt|cudart|curand|cudnn\w*)\.so[.\d]*: cannot open shared object file/;

function tinyModel(): Uint8Array {
  const tags = bioTags(DEFAULT_LABELS);
  const weights = initWeights(
    { buckets: 64, embeddingDim: 4, hiddenDim: 4, tagCount: tags.length, activation: 'tanh', contextWidth: 0 },
    mulberry32(1),
  );
  return exportOnnx(weights, buildMetadata({ ...DEFAULT_HASHING, buckets: 64 }, DEFAULT_LABELS, tags, 'tanh'));
}

test(
  'the tagger asks for cuda and answers: on the GPU, or on CPU after one line naming the missing driver or device',
  { skip },
  async () => {
    const lines: string[] = [];
    const tagger = await loadTagger(tinyModel(), ['cuda', 'cpu'], { logger: { warn: (m) => lines.push(m) } });
    if (withGpu) {
      assert.equal(tagger.executionProvider, 'cuda', lines.join('\n'));
    } else {
      assert.equal(tagger.executionProvider, 'cpu');
      assert.equal(lines.length, 1, lines.join('\n'));
      assert.match(lines[0], /^tagger: execution provider "cuda" unavailable \(.*\); using "cpu"$/);
      assert.match(lines[0], NO_DRIVER_OR_DEVICE);
    }
    const spans = await tagger.tagBatch(['No pleural effusion.', 'Small left pneumothorax.']);
    assert.equal(spans.length, 2);
    await tagger.dispose();
  },
);

test('onnxruntime loads the CUDA provider and its CUDA libraries; only the driver or device can be missing', { skip }, async () => {
  await prepareCudaProvider();
  // Each library as the runtime reaches it (through the links): it loads with all its
  // dependencies — Node then finds no addon in it — or the loader names what is missing.
  for (const name of readdirSync(paths.lib)) {
    try {
      process.dlopen({ exports: {} }, join(bindingDir(), name), constants.dlopen.RTLD_NOW);
      assert.fail(`${name} is not an addon and should not register`);
    } catch (error) {
      const message = (error as Error).message;
      if (!message.includes('did not self-register'))
        assert.match(message, /^libcuda\.so\.1: cannot open shared object file/, `${name}: ${message}`);
    }
  }
  // The runtime's own attempt, in a fresh process with its log on: the error it prints names
  // the one library it could not load.
  const model = join(mkdtempSync(join(tmpdir(), 'cuda-probe-')), 'model.onnx');
  writeFileSync(model, tinyModel());
  const script = `require('onnxruntime-node').InferenceSession.create(process.argv[1], { executionProviders: ['cuda'] })
    .then(() => console.log('CUDA SESSION CREATED'), (e) => console.log('SESSION ERROR ' + e.message))`;
  const child = spawnSync(process.execPath, ['-e', script, model], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  const output = `${child.stdout}\n${child.stderr}`;
  if (withGpu) {
    assert.match(child.stdout, /CUDA SESSION CREATED/, output);
  } else {
    assert.match(child.stdout, /SESSION ERROR/, output);
    assert.match(output, NO_DRIVER_OR_DEVICE);
    assert.doesNotMatch(output, CUDA_LIBRARY_MISSING);
    assert.doesNotMatch(output, /libonnxruntime_providers_(cuda|shared)\.so: cannot open shared object file/);
  }
});
