/** JSONL and RFC 4180 CSV encodings round-trip the reports. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_HEADER, encode, fileHeader } from '../../../tools/corpus';
import { sample } from './fixture';

/** A strict RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
      continue;
    }
    if (c === ',') {
      row.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
      continue;
    }
    assert.ok(c !== '\n' && c !== '"', `bare ${JSON.stringify(c)} outside quotes at ${i}`);
    field += c;
    i++;
  }
  assert.equal(field, '');
  return rows;
}

const reports = sample(300, 2);

test('CSV: header, one record per report, fields round-trip (multi-line impressions included)', () => {
  const text = fileHeader('csv')! + reports.map((r) => encode(r, 'csv')).join('');
  const rows = parseCsv(text);
  assert.deepEqual(rows[0], CSV_HEADER.split(','));
  assert.equal(rows.length, reports.length + 1);
  reports.forEach((r, i) => assert.deepEqual(rows[i + 1], [r.id, r.findings, r.impression, r.goldLabelNames.join(';')]));
  assert.ok(reports.some((r) => r.impression.includes('\n')));
});

test('JSONL: one object per line with the documented fields and no pattern counts', () => {
  for (const r of reports) {
    const line = encode(r, 'jsonl');
    assert.equal(line.indexOf('\n'), line.length - 1);
    const parsed = JSON.parse(line) as Record<string, unknown>;
    assert.deepEqual(Object.keys(parsed), [
      'id',
      'text',
      'findings',
      'impression',
      'metadata',
      'labels',
      'goldLabelNames',
      'goldLabelsBySet',
      'spans',
      'sections',
    ]);
    assert.match(String((parsed.metadata as { modality: string }).modality), /^(CR|DX)$/);
  }
});
