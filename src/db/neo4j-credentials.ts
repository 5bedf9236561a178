/**
 * The managed Neo4j runs with authentication on: any local user could otherwise connect
 * to its loopback port and read the reports. Its password is generated on first start and
 * kept in the data directory, readable by the owner only (0600); CLI tools that share the
 * running server read it from there.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { cypher } from './cypher';

export const MANAGED_USER = 'neo4j';
const DEFAULT_PASSWORD = 'neo4j';

const passwordFile = (dataDir: string): string => join(dataDir, 'neo4j-password');

export function storedPassword(dataDir: string): string | null {
  const file = passwordFile(dataDir);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
}

/** The password to log in with now, and whether the server still has Neo4j's default one. */
export function loginPassword(dataDir: string): { password: string; initial: boolean } {
  const stored = storedPassword(dataDir);
  return stored ? { password: stored, initial: false } : { password: DEFAULT_PASSWORD, initial: true };
}

/** Generates the password, sets it on the server (still on the default), then stores it. */
export async function setInitialPassword(uri: string, dataDir: string): Promise<string> {
  const password = randomBytes(24).toString('base64url');
  const driver = neo4j.driver(uri, neo4j.auth.basic(MANAGED_USER, DEFAULT_PASSWORD));
  try {
    const session = driver.session({ database: 'system' });
    try {
      await session.run(cypher('admin-set-initial-password'), { current: DEFAULT_PASSWORD, password });
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
  writeFileSync(passwordFile(dataDir), `${password}\n`, { mode: 0o600 });
  chmodSync(passwordFile(dataDir), 0o600);
  return password;
}
