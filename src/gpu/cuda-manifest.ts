/** `installed.json`: what gpu:setup has put in the library folder, wheel by wheel. */
import { readFile, rename, writeFile } from 'node:fs/promises';

export interface InstalledWheel {
  readonly project: string;
  readonly version: string;
  readonly filename: string;
  readonly sha256: string;
  readonly files: readonly { name: string; size: number }[];
}

export interface CudaManifest {
  readonly onnxruntimeVersion: string;
  readonly cuda: string;
  readonly wheels: readonly InstalledWheel[];
  /** true once every wheel is in and the links are made */
  readonly complete: boolean;
}

export async function readManifest(path: string): Promise<CudaManifest | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as CudaManifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function writeManifest(path: string, manifest: CudaManifest): Promise<void> {
  await writeFile(`${path}.part`, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(`${path}.part`, path);
}
