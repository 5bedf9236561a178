/**
 * Extracts chosen members of a wheel (a zip) by streaming them, so a 500 MB archive is never
 * held in memory. Each member lands under its base name, written to a temporary name first
 * so an interrupted extraction leaves no half file under the real name.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { openPromise, type Entry } from 'yauzl';
import { baseName } from './cuda-packages';

/** Writes `members` of the wheel at `wheelPath` into `dir`; fails naming any member missing. */
export async function extractMembers(wheelPath: string, members: readonly string[], dir: string, mode = 0o755): Promise<void> {
  const zip = await openPromise(wheelPath, { autoClose: false });
  try {
    const byName = new Map<string, Entry>();
    for await (const entry of zip.eachEntry()) byName.set(entry.fileName, entry);
    const missing = members.filter((member) => !byName.has(member));
    if (missing.length > 0) throw new Error(`${baseName(wheelPath)} lacks ${missing.join(', ')}`);
    for (const member of members) {
      const target = join(dir, baseName(member));
      const partial = `${target}.part`;
      try {
        await pipeline(await zip.openReadStreamPromise(byName.get(member)!), createWriteStream(partial, { mode }));
        await rename(partial, target);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    }
  } finally {
    zip.close();
  }
}
