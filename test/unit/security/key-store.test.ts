/**
 * Issue 14, finding 4: a fresh secret for a live key id ran scrypt on the event loop (an
 * admin's cheap query went from 20 to 1,854 ms), and whether a key id exists showed in the
 * timing (49 vs 1.5 ms). Both paths now hash once, off the loop.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { KeysFile, KeyStore, newKey, writeKeysFile } from '../../../src/security/api-keys';
import { turnsDuring } from '../../support/event-loop';

const dir = mkdtempSync(join(tmpdir(), 'ontocase-keys-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const admin = newKey('admin', 'admin');
const path = join(dir, 'keys.json');
writeKeysFile(path, [admin.stored]);
const secretOf = (key: string): string => key.split('_').slice(2).join('_');

test('the right key is accepted, and its scrypt runs while the event loop keeps turning', async () => {
  const store = new KeyStore(new KeysFile(path), []);
  const { result, turns } = await turnsDuring(() => store.verify(admin.key));
  assert.deepEqual(result, { keyId: admin.stored.id, name: 'admin', role: 'admin' });
  assert.ok(turns > 0, 'scrypt held the event loop');
});

test('a wrong secret for a live id and any secret for an unknown id both go through scrypt, off the loop', async () => {
  const store = new KeyStore(new KeysFile(path), []);
  const wrongSecret = `oc_${admin.stored.id}_${'x'.repeat(secretOf(admin.key).length)}`;
  const unknownId = `oc_zzzzzzzz_${secretOf(admin.key)}`;
  for (const key of [wrongSecret, unknownId]) {
    const { result, turns } = await turnsDuring(() => store.verify(key));
    assert.equal(result, null);
    // An unknown id answered without hashing would resolve before the loop turned once.
    assert.ok(turns > 0, `${key === unknownId ? 'unknown id' : 'wrong secret'} answered without the scrypt step`);
  }
});

test('a verified key is cached: the second check does not hash again', async () => {
  const store = new KeyStore(new KeysFile(path), []);
  await store.verify(admin.key);
  const { result, turns } = await turnsDuring(() => store.verify(admin.key));
  assert.equal((result as { keyId: string }).keyId, admin.stored.id);
  assert.equal(turns, 0);
});
