import assert from 'node:assert/strict';
import { test } from 'node:test';
import { partitionReportInputs } from '../../../src/reports/report-input';
import { normaliseReportId } from '../../../src/reports/report-id';

test('ids are NFC-normalised and trimmed; bad ones are refused naming the field', () => {
  assert.deepEqual(normaliseReportId('  r1 \n'), { id: 'r1' });
  assert.deepEqual(normaliseReportId('cafe\u0301'), { id: 'caf\u00e9' });
  assert.deepEqual(normaliseReportId('a\uD800b', 'reportId'), { problem: 'reportId is not valid Unicode (unpaired surrogate)' });
  assert.deepEqual(normaliseReportId('a\u0000b'), { problem: 'id must not contain control characters' });
  assert.deepEqual(normaliseReportId('   '), { problem: 'id must not be empty' });
  assert.deepEqual(normaliseReportId('x'.repeat(257)), { problem: 'id must be at most 256 characters' });
  assert.deepEqual(normaliseReportId('\uD83D\uDE00 ok'), { id: '\uD83D\uDE00 ok' });
});

test('a batch stores normalised ids; ids equal after normalisation are duplicates', () => {
  const { valid, errors } = partitionReportInputs([
    { id: ' r1', text: 'a' },
    { id: 'r1 ', text: 'b' },
    { id: 'r\uDC00', text: 'c' },
  ]);
  assert.deepEqual(
    valid.map((r) => r.id),
    ['r1'],
  );
  assert.deepEqual(
    errors.map((e) => [e.index, e.message]),
    [
      [1, 'id appears more than once in this batch'],
      [2, 'id is not valid Unicode (unpaired surrogate)'],
    ],
  );
});
