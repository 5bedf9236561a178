/** API keys for security tests: one per role plus one to revoke, in a throw-away keys file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newKey, StoredKey, writeKeysFile } from '../../../src/security/api-keys';
import type { Role } from '../../../src/security/roles';

export interface TestKeys {
  keysFile: string;
  reader: string;
  annotator: string;
  admin: string;
  /** A reader key until `revoke()`, unknown afterwards. */
  revoked: string;
  revoke(): void;
  remove(): void;
}

export function createTestKeys(): TestKeys {
  const dir = mkdtempSync(join(tmpdir(), 'ontocase-keys-'));
  const keysFile = join(dir, 'keys.json');
  const made = (['reader', 'annotator', 'admin', 'reader'] as Role[]).map((role, i) => newKey(`test-${role}-${i}`, role));
  const stored: StoredKey[] = made.map((m) => m.stored);
  writeKeysFile(keysFile, stored);
  return {
    keysFile,
    reader: made[0].key,
    annotator: made[1].key,
    admin: made[2].key,
    revoked: made[3].key,
    revoke: () =>
      writeKeysFile(
        keysFile,
        stored.map((key, i) => (i === 3 ? { ...key, revokedAt: new Date().toISOString() } : key)),
      ),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
