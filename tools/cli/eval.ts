/**
 * `npm run eval -- --file data.csv --id-col id --text-cols findings,impression --labels-col labels`
 * Labelling and leave-one-out retrieval quality on a throw-away database (docs/evaluation.md).
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openEvalDatabase } from '../evaluation/database';
import { parseGoldCell } from '../evaluation/gold-labels';
import { evalMarkdown } from '../evaluation/report';
import { errorsMarkdown } from '../evaluation/label-errors';
import { runHarness, type HarnessOptions } from '../evaluation/harness';
import { METHOD_NAMES, parseMethods } from '../evaluation/retrievers';

const USAGE = `Usage: npm run eval -- --file <reports.csv> [--id-col id] --text-cols <c1,c2> [--labels-col labels]
  [--limit N]             only the first N data rows
  [--out dir]             where results.json and results.md go (default ./eval-out)
  [--ontology-dir dir]    an RRF ontology (MRCONSO/MRREL/MRSTY) instead of the demo one
  [--methods list]        subset of ${METHOD_NAMES.join(',')}, or none (labelling only)
  [--label-names "a;b"]   score labelling on these gold names only (';'-separated, as in the gold column)
  [--concurrency 4]       queries in flight per method
  [--errors N]            per label, the first N false positives / negatives with the mentions that decided them
  [--no-text]             with --errors: no report text at all (concept ids and names, assertions, spans)
Gold labels are names separated by ';'. Uses a fresh Neo4j in a temporary directory, or
NEO4J_URI's server when ONTOCASE_EVAL_ALLOW_WIPE=1 (it is wiped).`;

class UsageError extends Error {}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive integer, got "${value}"`);
  return n;
}

function labelNamesOf(list: string): string[] {
  const names = parseGoldCell(list);
  if (names.length === 0) throw new UsageError('--label-names needs at least one name (separated by ";")');
  return names;
}

function parseOptions(): HarnessOptions & { out: string; ontologyDir?: string } {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      'id-col': { type: 'string', default: 'id' },
      'text-cols': { type: 'string' },
      'labels-col': { type: 'string', default: 'labels' },
      limit: { type: 'string' },
      out: { type: 'string', default: 'eval-out' },
      'ontology-dir': { type: 'string' },
      methods: { type: 'string', default: METHOD_NAMES.join(',') },
      'label-names': { type: 'string' },
      concurrency: { type: 'string', default: '4' },
      errors: { type: 'string' },
      'no-text': { type: 'boolean', default: false },
    },
  });
  if (!values.file) throw new UsageError('--file is required');
  const text = (values['text-cols'] ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  if (text.length === 0) throw new UsageError('--text-cols is required (comma-separated column names)');
  let methods;
  try {
    methods = values.methods === 'none' ? [] : parseMethods(values.methods);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return {
    file: resolve(values.file),
    columns: { id: values['id-col'], text, labels: values['labels-col'] },
    limit: positiveInt(values.limit, '--limit'),
    concurrency: positiveInt(values.concurrency, '--concurrency'),
    errors: values.errors === undefined ? undefined : { n: positiveInt(values.errors, '--errors')!, withText: !values['no-text'] },
    methods,
    labelNames: values['label-names'] === undefined ? undefined : labelNamesOf(values['label-names']),
    out: resolve(values.out),
    ontologyDir: values['ontology-dir'] ? resolve(values['ontology-dir']) : undefined,
  };
}

async function main(): Promise<void> {
  const options = parseOptions();
  const log = (line: string): void => console.error(line);
  const db = await openEvalDatabase(log, options.ontologyDir);
  const close = (): void => void db.close().then(() => process.exit(130));
  process.once('SIGINT', close);
  try {
    const result = await runHarness(db.executor, { ...options, log });
    const markdown = evalMarkdown(result) + (result.labelErrors ? `\n${errorsMarkdown(result.labelErrors)}\n` : '');
    mkdirSync(options.out, { recursive: true });
    writeFileSync(join(options.out, 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(join(options.out, 'results.md'), markdown);
    console.log(markdown);
    log(`Written ${join(options.out, 'results.json')} and results.md.`);
  } finally {
    process.off('SIGINT', close);
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof UsageError ? `${error.message}\n\n${USAGE}` : `Failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
});
