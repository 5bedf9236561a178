/**
 * The installed libraries reach onnxruntime-node through symbolic links beside its binding:
 * the runtime dlopens `libonnxruntime_providers_cuda.so` from there, and setup sets that
 * provider's RUNPATH to $ORIGIN — which the loader takes from the link's folder, not the
 * target's — so every CUDA library is linked there too. `npm ci` deletes node_modules and
 * with it the links (never the libraries); `linkLibraries` puts them back and is cheap when
 * nothing is missing, so it runs before every CUDA session.
 */
import { lstat, readdir, readlink, rm, symlink } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';

/** Links every entry of `libDir` into `bindingDir`; returns how many links it (re)made. */
export async function linkLibraries(libDir: string, bindingDir: string): Promise<number> {
  let made = 0;
  for (const name of await readdir(libDir)) {
    if (name.endsWith('.part')) continue;
    const link = join(bindingDir, name);
    const target = relative(bindingDir, join(libDir, name));
    const existing = await lstat(link).catch(() => null);
    if (existing && !existing.isSymbolicLink()) {
      throw new Error(`${link} exists and is not a link made by gpu:setup; move it away first`);
    }
    if (existing && (await readlink(link)) === target) continue;
    if (existing) await rm(link);
    await symlink(target, link);
    made += 1;
  }
  return made;
}

/** Removes the links in `bindingDir` that point into `libDir`; returns how many. */
export async function unlinkLibraries(libDir: string, bindingDir: string): Promise<number> {
  let removed = 0;
  const names = await readdir(bindingDir).catch(() => [] as string[]);
  for (const name of names) {
    const link = join(bindingDir, name);
    if (!(await lstat(link)).isSymbolicLink()) continue;
    const target = resolve(bindingDir, await readlink(link));
    if (relative(libDir, target).startsWith('..')) continue;
    await rm(link);
    removed += 1;
  }
  return removed;
}
