/**
 * Writes a generated corpus to a file, streaming (memory stays flat for any count):
 *   node dist/tools/corpus/cli.js --count 2000 --seed 1 --out seed/corpus/reports.jsonl --format jsonl
 * Options: --ontology DIR (default seed/ontology), --label-sets a.json,b.json (default
 * the two bundled sets), --verify (check every report's gold; fail on the first problem).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { fileHeader, encode, type CorpusFormat } from './formats';
import { generateReports } from './generate';
import { verifyReport } from './verify';
import { readVocabulary } from './vocabulary.reader';

const REPO = resolve(__dirname, '../../..');

interface Args {
  count: number;
  seed: number;
  out: string;
  format: CorpusFormat;
  ontology: string;
  labelSets: string[];
  verify: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(`--${name}`);
    return at === -1 ? undefined : argv[at + 1];
  };
  const count = Number(value('count') ?? '2000');
  const seed = Number(value('seed') ?? '1');
  const out = value('out');
  const format = value('format') ?? (out?.endsWith('.csv') ? 'csv' : 'jsonl');
  if (!Number.isInteger(count) || count < 0) throw new Error('--count must be a non-negative integer');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  if (!out) throw new Error('--out PATH is required');
  if (format !== 'jsonl' && format !== 'csv') throw new Error('--format must be jsonl or csv');
  const labelSets =
    value('label-sets')?.split(',') ?? ['chexpert.json', 'chest-radiograph.json'].map((f) => resolve(REPO, 'seed/label-sets', f));
  return {
    count,
    seed,
    out,
    format,
    ontology: value('ontology') ?? resolve(REPO, 'seed/ontology'),
    labelSets,
    verify: argv.includes('--verify'),
  };
}

async function write(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const vocabulary = readVocabulary(args.ontology, args.labelSets);
  const stream = createWriteStream(args.out, { encoding: 'utf8' });
  const started = process.hrtime.bigint();
  const header = fileHeader(args.format);
  if (header) await write(stream, header);
  let written = 0;
  for (const report of generateReports(vocabulary, { count: args.count, seed: args.seed })) {
    if (args.verify) {
      const problems = verifyReport(report);
      if (problems.length > 0) throw new Error(problems.join('\n'));
    }
    await write(stream, encode(report, args.format));
    written++;
  }
  stream.end();
  await once(stream, 'finish');
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.error(`wrote ${written} reports to ${args.out} in ${seconds.toFixed(1)} s (${Math.round(written / seconds)} reports/s)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
