import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readReports, type SourceRecord } from '../../../src/reports/ingest-source';

async function records(
  name: string,
  content: string,
  columns = { id: 'id', text: ['text'] },
): Promise<{ records: SourceRecord[]; size: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-source-'));
  try {
    const path = join(dir, name);
    writeFileSync(path, content);
    const out: SourceRecord[] = [];
    for await (const record of readReports(path, columns)) out.push(record);
    return { records: out, size: statSync(path).size };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('JSONL records say how far into the file they end, so progress reaches 100 %', async () => {
  const { records: read, size } = await records(
    'r.jsonl',
    '{"id":"a","text":"Pleural effusion."}\n\nnot json\n{"id":"b","text":"Épanchement"}\n',
  );
  assert.deepEqual(
    read.map((r) => [r.line, 'error' in r ? r.error : r.report.id]),
    [
      [1, 'a'],
      [3, 'not valid JSON'],
      [4, 'b'],
    ],
  );
  const bytes = read.map((r) => r.bytes);
  assert.deepEqual(
    bytes,
    [...bytes].sort((x, y) => x - y),
  );
  assert.equal(bytes.at(-1), size, 'multi-byte characters counted as bytes');
});

test('CSV records (a quoted multi-line field included) end at their byte offset', async () => {
  const { records: read, size } = await records('r.csv', 'id,text\na,"Right\neffusion."\nb,Clear.\n');
  assert.deepEqual(
    read.map((r) => ('report' in r ? r.report.id : r.error)),
    ['a', 'b'],
  );
  assert.ok(read[0].bytes < read[1].bytes);
  assert.equal(read[1].bytes, size);
});
