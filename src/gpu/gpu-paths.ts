/** Where the GPU setup keeps its files, and where onnxruntime-node looks for providers. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../config';

export interface GpuPaths {
  readonly root: string;
  /** the installed libraries: the only copy of each */
  readonly lib: string;
  /** wheels being downloaded or waiting to be extracted; emptied as each is extracted */
  readonly cache: string;
  readonly manifest: string;
}

/** ONTOCASE_GPU_DIR, default `.ontocase/gpu` in the project (ignored by git). */
export function gpuPaths(root = process.env.ONTOCASE_GPU_DIR ?? resolve(PROJECT_ROOT, '.ontocase', 'gpu')): GpuPaths {
  return { root, lib: join(root, 'lib'), cache: join(root, 'cache'), manifest: join(root, 'installed.json') };
}

interface OrtPackage {
  version: string;
  binary?: { napi_versions?: number[] };
}

function ortPackage(): { dir: string; pkg: OrtPackage } {
  const file = require.resolve('onnxruntime-node/package.json');
  return { dir: dirname(file), pkg: JSON.parse(readFileSync(file, 'utf8')) as OrtPackage };
}

export function onnxruntimeVersion(): string {
  return ortPackage().pkg.version;
}

/**
 * The folder of onnxruntime-node's native binding: the runtime loads execution providers
 * only from beside its own library (libonnxruntime.so.1), which lives here.
 */
export function bindingDir(): string {
  const { dir, pkg } = ortPackage();
  const napi = pkg.binary?.napi_versions?.[0] ?? 6;
  return join(dir, 'bin', `napi-v${napi}`, process.platform, process.arch);
}
