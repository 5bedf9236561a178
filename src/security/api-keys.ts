/**
 * API keys: `oc_<id>_<secret>`. The keys file holds, per key, only a salt and an scrypt
 * hash of the secret; the key itself is shown once, when it is created. Keys may also come
 * from the environment (ONTOCASE_API_KEYS="name:role:key,…"). Verification results are
 * cached by the key's SHA-256 (a bounded cache) so scrypt runs once per key, not once per
 * request; scrypt itself runs on libuv's thread pool, at most two at a time, so fresh keys
 * cannot stall the event loop; an unknown key id costs the same scrypt as a known one.
 */
import { Sema } from 'async-sema';
import { createHash, randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isRole, Principal, Role } from './roles';

export interface StoredKey {
  id: string;
  name: string;
  role: Role;
  salt: string;
  hash: string;
  createdAt: string;
  revokedAt: string | null;
}

const KEY_PATTERN = /^oc_([a-z0-9]{8})_([A-Za-z0-9_-]{32,})$/;

const hashSecret = (secret: string, salt: string): string => scryptSync(secret, salt, 32).toString('hex');

const hashSecretAsync = (secret: string, salt: string): Promise<Buffer> =>
  new Promise((resolve, reject) => scrypt(secret, salt, 32, (error, hash) => (error ? reject(error) : resolve(hash))));

/** Stands in for the stored key of an unknown id, so both paths cost one scrypt. */
const DECOY = { salt: randomBytes(16).toString('hex'), hash: Buffer.alloc(32) };
const MAX_CACHED = 10_000;
/** Fresh keys waiting for scrypt; beyond this a new one is answered 'busy' (429) instead of queued. */
const MAX_HASHING_QUEUE = 64;

export function newKey(name: string, role: Role): { key: string; stored: StoredKey } {
  const id = randomBytes(5).toString('hex').slice(0, 8);
  const secret = randomBytes(24).toString('base64url');
  const salt = randomBytes(16).toString('hex');
  return {
    key: `oc_${id}_${secret}`,
    stored: { id, name, role, salt, hash: hashSecret(secret, salt), createdAt: new Date().toISOString(), revokedAt: null },
  };
}

export function readKeysFile(path: string): StoredKey[] {
  if (!existsSync(path)) return [];
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { keys?: StoredKey[] };
  return parsed.keys ?? [];
}

export function writeKeysFile(path: string, keys: StoredKey[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ keys }, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

/** "name:role:key" entries from the environment; a bad entry stops the server. */
export function parseEnvironmentKeys(value: string | undefined): { key: string; principal: Principal }[] {
  if (!value) return [];
  return value.split(',').map((entry, i) => {
    const [name, role, key] = entry.trim().split(':');
    if (!name || !role || !key || !isRole(role)) {
      throw new Error(`ONTOCASE_API_KEYS entry ${i + 1} must be name:role:key with role reader, annotator or admin`);
    }
    return { key, principal: { keyId: `env:${name}`, name, role } };
  });
}

/** The keys file, re-read when it changes on disk (a key revoked by the CLI takes effect at once). */
export class KeysFile {
  private stamp = '';
  private keys: StoredKey[] = [];

  constructor(readonly path: string) {}

  /** Changes whenever the file does. */
  version(): string {
    if (!existsSync(this.path)) return 'absent';
    const stat = statSync(this.path);
    return `${stat.mtimeMs}:${stat.size}`;
  }

  current(): StoredKey[] {
    const version = this.version();
    if (version !== this.stamp) {
      this.keys = readKeysFile(this.path);
      this.stamp = version;
    }
    return this.keys;
  }
}

export class KeyStore {
  private readonly verified = new Map<string, Principal | null>();
  private readonly hashing = new Sema(2);
  private seenVersion = '';

  constructor(
    private readonly file: KeysFile,
    private readonly environmentKeys: { key: string; principal: Principal }[],
  ) {}

  /** Open (demo) mode is when no key at all is configured; the file is re-read when it changes. */
  get isEmpty(): boolean {
    return this.environmentKeys.length === 0 && this.file.current().filter((key) => !key.revokedAt).length === 0;
  }

  /** The key's holder, null for an unknown, malformed or revoked key, or 'busy' when too many wait for scrypt. */
  async verify(key: string): Promise<Principal | null | 'busy'> {
    const version = this.file.version();
    if (version !== this.seenVersion) {
      this.verified.clear();
      this.seenVersion = version;
    }
    const digest = createHash('sha256').update(key).digest('hex');
    if (this.verified.has(digest)) return this.verified.get(digest)!;
    if (this.hashing.nrWaiting() >= MAX_HASHING_QUEUE) return 'busy';
    const principal = await this.lookup(key);
    // Oldest first out: a flood of distinct bad keys cannot grow the cache without bound.
    if (this.verified.size >= MAX_CACHED) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(digest, principal);
    return principal;
  }

  private async lookup(key: string): Promise<Principal | null> {
    const fromEnvironment = this.environmentKeys.find(
      (entry) => entry.key.length === key.length && timingSafeEqual(Buffer.from(entry.key), Buffer.from(key)),
    );
    if (fromEnvironment) return fromEnvironment.principal;
    const match = KEY_PATTERN.exec(key);
    if (!match) return null;
    const stored = this.file.current().find((candidate) => candidate.id === match[1]);
    const reference = stored && !stored.revokedAt ? { salt: stored.salt, hash: Buffer.from(stored.hash, 'hex') } : DECOY;
    await this.hashing.acquire();
    let actual: Buffer;
    try {
      actual = await hashSecretAsync(match[2], reference.salt);
    } finally {
      this.hashing.release();
    }
    const matches = timingSafeEqual(reference.hash, actual);
    return matches && stored && reference !== DECOY ? { keyId: stored.id, name: stored.name, role: stored.role } : null;
  }
}
