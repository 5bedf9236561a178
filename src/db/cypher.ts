/** Every Cypher statement lives in cypher/<name>.cypher and is loaded by name, once. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config';

const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');
const cache = new Map<string, string>();

const NAME = /^[a-z0-9][a-z0-9-]*$/;

export function cypher(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  if (!NAME.test(name)) throw new Error(`Invalid Cypher statement name "${name}"`);
  const text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8').trim();
  cache.set(name, text);
  return text;
}

/** A file of several statements (the schema), split on semicolons that end a line. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*$/m)
    .map((statement) =>
      statement
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((statement) => statement.length > 0);
}
