import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setupCuda, UnsupportedPlatformError } from '../../../src/gpu/cuda-install';

test('gpu:setup for a version or platform it cannot match says so and writes nothing', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'gpu-setup-')), 'gpu');
  process.env.ONTOCASE_GPU_DIR = dir;
  const said: string[] = [];
  const linux = { os: 'linux', arch: 'x64', glibc: '2.36' };
  await assert.rejects(
    setupCuda((l) => said.push(l), { version: '1.29.0', platform: linux }),
    (error: Error) => {
      assert.ok(error instanceof UnsupportedPlatformError);
      assert.match(error.message, /cannot match onnxruntime-node 1\.29\.0 here: no CUDA packages are pinned .* Nothing was changed\./);
      return true;
    },
  );
  await assert.rejects(
    setupCuda((l) => said.push(l), { version: '1.30.0', platform: { ...linux, arch: 'arm64' } }),
    /linux\/x64 only, this is linux\/arm64/,
  );
  assert.equal(existsSync(dir), false);
  assert.deepEqual(said, []);
});
