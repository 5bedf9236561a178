import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gpuVisible } from '../../../src/gpu/cuda-provider';
import { configuredProviders } from '../../../src/extraction/tagger/execution-providers';

test('ORT_EXECUTION_PROVIDERS decides when set; otherwise cuda first only when a GPU is visible', () => {
  assert.deepEqual(
    configuredProviders('cpu', () => true),
    ['cpu'],
  );
  assert.deepEqual(
    configuredProviders(' CUDA, cpu ', () => false),
    ['cuda', 'cpu'],
  );
  assert.deepEqual(
    configuredProviders(undefined, () => true),
    ['cuda', 'cpu'],
  );
  assert.deepEqual(
    configuredProviders('  ', () => true),
    ['cuda', 'cpu'],
  );
  assert.deepEqual(
    configuredProviders(undefined, () => false),
    ['cpu'],
  );
});

test("a GPU is visible through an NVIDIA device node or WSL's GPU node", () => {
  assert.equal(gpuVisible(['null', 'nvidia0', 'nvidiactl']), true);
  assert.equal(gpuVisible(['dxg']), true);
  assert.equal(gpuVisible(['null', 'nvidiactl', 'nvidia-uvm', 'tty0']), false);
});
