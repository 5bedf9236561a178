/**
 * The stored corpus as a CheXpert-style CSV (report id, then the label set's columns, No
 * Finding first), streamed in pages: a cursor over report ids, labels per page through
 * `LabelService.labelsOf`. Report text is never read.
 */
import type { CypherRunner } from '../db/executor';
import { asInt } from '../db/executor';
import { chexpertColumns, chexpertRow } from '../labels/chexpert';
import type { LabelSet } from '../labels/label-set';
import type { LabelSetSource } from '../labels/label-set.store';
import type { LabelService } from '../labels/label.service';
import { safeCsvLine } from '../shared/csv';
import { createProgress } from '../util/progress';

export interface LabelsExportOptions {
  pageSize?: number;
  idColumn?: string;
  quiet?: boolean;
}

/** The named set, or an error that lists the known ones. */
export function requireLabelSet(source: LabelSetSource, name: string): LabelSet {
  const set = source.get(name);
  if (set) return set;
  const known = source.all().map((s) => s.name);
  throw new Error(`Unknown label set "${name}" (--label-set). Known label sets: ${known.join(', ') || '(none)'}.`);
}

/** Writes the header and one line per stored report, in id order; returns the number of reports written. */
export async function exportLabels(
  runner: CypherRunner,
  labels: LabelService,
  set: LabelSet,
  writeLine: (line: string) => Promise<void>,
  options: LabelsExportOptions = {},
): Promise<number> {
  const pageSize = options.pageSize ?? 500;
  const columns = chexpertColumns(set);
  await writeLine(safeCsvLine([options.idColumn ?? 'id', ...columns]));
  const [{ reports: total }] = await runner.read<{ reports: number }>('labels-export-count');
  const progress = options.quiet ? null : createProgress('Labelling', total, 'reports');
  let after: string | null = null;
  let written = 0;
  for (;;) {
    const page: string[] = (await runner.read<{ id: string }>('reports-page', { after, limit: asInt(pageSize) })).map((row) => row.id);
    if (page.length === 0) break;
    const assigned = await labels.labelsOf(page, set.name);
    for (const id of page) {
      const assignments = assigned.get(id);
      if (!assignments) continue; // deleted since the page was read
      await writeLine(safeCsvLine([id, ...chexpertRow(assignments, columns)]));
      written += 1;
    }
    progress?.update(written, written);
    after = page[page.length - 1];
    if (page.length < pageSize) break;
  }
  progress?.finish(`${written.toLocaleString('en-US')} reports labelled`);
  return written;
}
