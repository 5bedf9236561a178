/** Runtime configuration, read once from the environment with validated defaults. */
import { resolve } from 'node:path';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export interface ManagedNeo4jSettings {
  dataDir: string;
  heap: string;
  pageCache: string;
  boltPort?: number;
}

export const PROJECT_ROOT = resolve(__dirname, '..', '..');

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  }
  return value;
}

/** An external server when NEO4J_URI is set; otherwise null and the project manages one. */
export function externalNeo4j(): Neo4jConnection | null {
  const uri = process.env.NEO4J_URI;
  if (!uri) return null;
  return {
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE || undefined,
  };
}

export function managedNeo4jSettings(overrides: Partial<ManagedNeo4jSettings> = {}): ManagedNeo4jSettings {
  const port = intFromEnv('ONTOCASE_NEO4J_PORT', 0);
  return {
    dataDir: process.env.ONTOCASE_DATA_DIR ?? resolve(PROJECT_ROOT, '.ontocase', 'neo4j'),
    // Sized for the 2-core / 24 GiB reference machine: the rest is left to Node and the OS.
    heap: process.env.ONTOCASE_NEO4J_HEAP ?? '2g',
    pageCache: process.env.ONTOCASE_NEO4J_PAGECACHE ?? '2g',
    boltPort: port === 0 ? undefined : port,
    ...overrides,
  };
}

export function httpPort(): number {
  return intFromEnv('PORT', 4000);
}

export function httpHost(): string {
  return process.env.HOST ?? '127.0.0.1';
}
