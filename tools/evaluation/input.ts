/**
 * Reads an evaluation CSV: report id, text columns (joined as ingestion joins them) and a
 * gold label column of `;`-separated names. A missing column is an error naming it and the
 * file's columns; a bad row (empty id or text, repeated id) is reported with its line.
 */
import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { composeText } from '../../src/reports/ingest-source';
import { parseGoldCell } from './gold-labels';

export interface EvalColumns {
  id: string;
  text: string[];
  labels: string;
}

export interface EvalRecord {
  id: string;
  text: string;
  gold: string[];
}

export interface EvalInput {
  records: EvalRecord[];
  bad: { line: number; message: string }[];
}

function checkHeader(header: string[], columns: EvalColumns, path: string): string[] {
  const named: [string, string][] = [
    [columns.id, '--id-col'],
    ...columns.text.map((c): [string, string] => [c, '--text-cols']),
    [columns.labels, '--labels-col'],
  ];
  const missing = named.filter(([column]) => !header.includes(column));
  if (missing.length > 0) {
    const which = missing.map(([column, flag]) => `"${column}" (${flag})`).join(', ');
    throw new Error(`${path}: no column ${which}; the file's columns are: ${header.join(', ')}`);
  }
  return header;
}

/** The first `limit` data rows (all when absent). */
export async function readEvalFile(path: string, columns: EvalColumns, limit = Infinity): Promise<EvalInput> {
  const parser = createReadStream(path).pipe(
    parse({
      columns: (header: string[]) => checkHeader(header, columns, path),
      info: true,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }),
  );
  const result: EvalInput = { records: [], bad: [] };
  const seen = new Set<string>();
  let rows = 0;
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    if (rows >= limit) break;
    rows += 1;
    const id = (record[columns.id] ?? '').trim();
    const text = composeText(record, columns.text);
    const problem = id === '' ? 'empty id' : text === '' ? 'no text in the text columns' : seen.has(id) ? `id "${id}" repeated` : null;
    if (problem) {
      result.bad.push({ line: info.lines, message: problem });
      continue;
    }
    seen.add(id);
    result.records.push({ id, text, gold: parseGoldCell(record[columns.labels]) });
  }
  parser.destroy();
  return result;
}
