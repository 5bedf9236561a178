/**
 * The runtime side of the GPU setup: whether a GPU is visible, putting the provider links
 * back before a CUDA session is tried, and a readable reason when the provider cannot load
 * (onnxruntime-node itself only says "Failed to load shared library").
 */
import { existsSync, readdirSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { linkLibraries } from './binding-links';
import { readManifest } from './cuda-manifest';
import { bindingDir, gpuPaths } from './gpu-paths';

const PROVIDER = 'libonnxruntime_providers_cuda.so';

/** An NVIDIA device node (/dev/nvidia0, …) or WSL's GPU node is present. */
export function gpuVisible(devEntries: readonly string[] = readdirSync('/dev')): boolean {
  return devEntries.some((name) => /^nvidia\d+$/.test(name) || name === 'dxg');
}

/** Re-links an installed provider beside the binding (after `npm ci`); no-op without setup. */
export async function prepareCudaProvider(): Promise<void> {
  const paths = gpuPaths();
  const manifest = await readManifest(paths.manifest);
  if (manifest?.complete) await linkLibraries(paths.lib, bindingDir());
}

/**
 * Why the provider library does not load, as the dynamic loader puts it (e.g.
 * "libcuda.so.1: cannot open shared object file: No such file or directory"), or null when
 * it loads. Loading it for the probe is harmless: it is unloaded at once when Node finds no
 * addon in it.
 */
export function providerLoadError(dir = bindingDir()): string | null {
  const path = join(dir, PROVIDER);
  if (!existsSync(path)) return `${PROVIDER} is not installed (run \`npm run gpu:setup\`)`;
  try {
    process.dlopen({ exports: {} }, path, constants.dlopen.RTLD_NOW);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.includes('did not self-register') ? null : message;
  }
  return null;
}
