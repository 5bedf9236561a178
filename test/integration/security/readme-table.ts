/** Reads the access-control table of README.md: operation → expected outcome per caller. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CALLERS = ['no key', 'reader', 'annotator', 'admin', 'revoked key'] as const;
export type Caller = (typeof CALLERS)[number];
/** `ok`, an auth refusal, or (for an admin sent an invalid request on purpose) the validation code. */
export type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND';

const README = join(resolve(__dirname, '../../../..'), 'README.md');
const OUTCOMES = new Set<string>(['ok', 'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND']);
// Footnote marks (¹) are for readers; the outcome is the code before them.
const cells = (line: string): string[] =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) =>
      c
        .trim()
        .replace(/`/g, '')
        .replace(/[¹²³]$/, ''),
    );

/** Rows keyed "Query.name" / "Mutation.name"; throws on a malformed table. */
export function readAccessTable(): Map<string, Record<Caller, Outcome>> {
  const lines = readFileSync(README, 'utf8').split('\n');
  const start = lines.findIndex((line) => line.trim() === '## Access control');
  if (start === -1) throw new Error('README.md has no "## Access control" section');
  const tableAt = lines.findIndex((line, i) => i > start && line.trim().startsWith('|'));
  const header = cells(lines[tableAt]);
  if (header.join(',') !== ['operation', ...CALLERS].join(',')) throw new Error(`unexpected access table header: ${header.join(' | ')}`);
  const table = new Map<string, Record<Caller, Outcome>>();
  for (const line of lines.slice(tableAt + 2)) {
    if (!line.trim().startsWith('|')) break;
    const [operation, ...values] = cells(line);
    if (values.length !== CALLERS.length || values.some((v) => !OUTCOMES.has(v))) throw new Error(`bad access table row: ${line}`);
    table.set(operation, Object.fromEntries(CALLERS.map((caller, i) => [caller, values[i]])) as Record<Caller, Outcome>);
  }
  return table;
}
