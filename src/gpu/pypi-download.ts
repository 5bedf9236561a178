/**
 * Wheel downloads from PyPI: the file's address comes from the package index (its JSON
 * form, PEP 691), its bytes are checked against the sha256 pinned in cuda-packages.ts while
 * they stream to disk, and a file that does not match is deleted, never used.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createProgress } from '../shared/progress';
import type { WheelFile } from './cuda-packages';

const INDEX = process.env.ONTOCASE_PYPI_INDEX ?? 'https://pypi.org/simple';

interface IndexFile {
  filename: string;
  url: string;
  hashes: { sha256?: string };
}

/** The wheel's download address, after checking the index lists it with the pinned hash. */
export async function wheelUrl(wheel: WheelFile): Promise<string> {
  const response = await fetch(`${INDEX}/${wheel.project}/`, { headers: { accept: 'application/vnd.pypi.simple.v1+json' } });
  if (!response.ok) throw new Error(`package index: ${wheel.project}: HTTP ${response.status}`);
  const listing = (await response.json()) as { files: IndexFile[] };
  const file = listing.files.find((f) => f.filename === wheel.filename);
  if (!file) throw new Error(`package index: ${wheel.project} ${wheel.version} has no file ${wheel.filename}`);
  if (file.hashes.sha256 !== wheel.sha256) {
    throw new Error(`package index: ${wheel.filename} has sha256 ${file.hashes.sha256 ?? 'none'}, pinned ${wheel.sha256}`);
  }
  return file.url;
}

/** Downloads to `<dest>.part`, verifies size and sha256, then renames to `dest`. */
export async function downloadWheel(wheel: WheelFile, url: string, dest: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`download ${wheel.filename}: HTTP ${response.status}`);
  const hash = createHash('sha256');
  const progress = createProgress(`${wheel.project} ${wheel.version}`, wheel.size, 'MB');
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      bytes += chunk.length;
      progress.update(bytes, Math.round(bytes / 1e6));
      callback(null, chunk);
    },
  });
  const part = `${dest}.part`;
  try {
    await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), meter, createWriteStream(part));
    const digest = hash.digest('hex');
    if (bytes !== wheel.size || digest !== wheel.sha256) {
      throw new Error(
        `download ${wheel.filename}: got ${bytes} bytes with sha256 ${digest}, expected ${wheel.size} bytes with ${wheel.sha256}`,
      );
    }
  } catch (error) {
    await rm(part, { force: true });
    throw error;
  }
  await rename(part, dest);
  progress.finish(`${Math.round(bytes / 1e6)} MB, sha256 verified`);
}
