/** `npm run labels -- --label-set chexpert --out labels.csv`: CheXpert-style labels of every stored report. */
import { createWriteStream, type WriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { exportLabels, requireLabelSet } from '../evaluation/labels-export';
import { lazyDiskLabelSets } from '../../src/labels/label-set.store';
import type { LabelSet } from '../../src/labels/core/label-set';
import { LabelService } from '../../src/labels/label.service';
import { runWithDatabase, UsageError } from '../../src/cli/run-with-database';

const USAGE = `Usage: npm run labels -- --label-set <name> [--out labels.csv] [--page 500]
Writes report id, then one column per label (No Finding first): 1 positive, 0 negative,
-1 uncertain, blank not mentioned. Without --out the CSV goes to standard output.`;

function lineWriter(stream: WriteStream | NodeJS.WriteStream): (line: string) => Promise<void> {
  return (line) => (stream.write(`${line}\n`) ? Promise.resolve() : new Promise((resolve) => stream.once('drain', () => resolve())));
}

function closeStream(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

/** Arguments checked before any database is opened, so a typo costs no server start. */
function parseOptions(): { set: LabelSet; out?: string; pageSize: number } {
  const { values } = parseArgs({
    options: {
      'label-set': { type: 'string' },
      out: { type: 'string' },
      page: { type: 'string', default: '500' },
    },
  });
  if (!values['label-set']) throw new UsageError('--label-set is required');
  const pageSize = Number(values.page);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 5000) throw new UsageError('--page must be an integer from 1 to 5000');
  return { set: requireLabelSet(lazyDiskLabelSets, values['label-set']), out: values.out, pageSize };
}

let options: ReturnType<typeof parseOptions> | null = null;
try {
  options = parseOptions();
} catch (error) {
  console.error(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : `Error: ${(error as Error).message}`);
  process.exitCode = 1;
}

if (options) {
  const { set, out, pageSize } = options;
  runWithDatabase(USAGE, async (db) => {
    const file = out ? createWriteStream(out) : null;
    const labels = new LabelService(db.executor, lazyDiskLabelSets);
    const written = await exportLabels(db.executor, labels, set, lineWriter(file ?? process.stdout), { pageSize });
    if (file) {
      await closeStream(file);
      console.error(`${written} report(s) written to ${out}.`);
    }
  });
}
