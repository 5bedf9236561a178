import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { linkLibraries, unlinkLibraries } from '../../../src/gpu/binding-links';

function dirs(): { lib: string; binding: string } {
  const root = mkdtempSync(join(tmpdir(), 'gpu-links-'));
  const lib = join(root, 'gpu', 'lib');
  const binding = join(root, 'node_modules', 'bin');
  mkdirSync(lib, { recursive: true });
  mkdirSync(binding, { recursive: true });
  writeFileSync(join(lib, 'libfoo.so.1'), 'foo');
  writeFileSync(join(lib, 'libbar.so.2'), 'bar');
  writeFileSync(join(lib, 'libhalf.so.part'), 'interrupted');
  writeFileSync(join(binding, 'libonnxruntime.so.1'), 'runtime');
  return { lib, binding };
}

test('links every library beside the binding, relatively, once; a stale link is redone', async () => {
  const { lib, binding } = dirs();
  assert.equal(await linkLibraries(lib, binding), 2);
  assert.equal(readFileSync(join(binding, 'libfoo.so.1'), 'utf8'), 'foo');
  assert.equal(readlinkSync(join(binding, 'libbar.so.2')), join('..', '..', 'gpu', 'lib', 'libbar.so.2'));
  assert.ok(!readdirSync(binding).includes('libhalf.so.part'));
  assert.equal(await linkLibraries(lib, binding), 0, 'nothing to do the second time');
  symlinkSync('/elsewhere/libbaz.so', join(lib, 'libbaz.so'));
  assert.equal(await linkLibraries(lib, binding), 1);
});

test('refuses to replace a file it did not make, and unlinking removes only its own links', async () => {
  const { lib, binding } = dirs();
  writeFileSync(join(binding, 'libfoo.so.1'), 'someone else');
  await assert.rejects(linkLibraries(lib, binding), /libfoo\.so\.1 exists and is not a link made by gpu:setup/);
  const other = dirs();
  await linkLibraries(other.lib, other.binding);
  symlinkSync('/usr/lib/libz.so.1', join(other.binding, 'libz.so.1'));
  assert.equal(await unlinkLibraries(other.lib, other.binding), 2);
  assert.deepEqual(readdirSync(other.binding).sort(), ['libonnxruntime.so.1', 'libz.so.1']);
});
