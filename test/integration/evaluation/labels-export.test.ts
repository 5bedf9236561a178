import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createAppServices } from '../../../src/api/services';
import type { Database } from '../../../src/db/database';
import { exportLabels, requireLabelSet } from '../../../tools/evaluation/labels-export';
import { lazyDiskLabelSets } from '../../../src/labels/label-set.store';
import { LabelService } from '../../../src/labels/label.service';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import { openTestDatabase, resetDatabase } from '../../support/integration';

let db: Database;

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  const { ingest } = createAppServices(db.executor);
  await ingest.ingest([
    { id: 'e1', text: 'FINDINGS: Right lower lobe pneumonia. No pneumothorax.' },
    { id: 'e2', text: 'IMPRESSION: No acute cardiopulmonary process. Lungs are clear.' },
    { id: 'e3', text: 'FINDINGS: Possible small left pleural effusion. Endotracheal tube in place.' },
  ]);
});
after(async () => db.close());

test('CheXpert CSV of the stored corpus, paged, one line per report in id order', async () => {
  const set = requireLabelSet(lazyDiskLabelSets, 'chexpert');
  const lines: string[] = [];
  const labels = new LabelService(db.executor, lazyDiskLabelSets);
  const written = await exportLabels(db.executor, labels, set, async (line) => void lines.push(line), { pageSize: 2, quiet: true });
  assert.equal(written, 3);
  const header = lines[0].split(',');
  assert.equal(header[0], 'id');
  assert.equal(header[1], 'No Finding');
  assert.equal(header.length, 2 + set.labels.length);
  const rows = new Map(
    lines.slice(1).map((line) => {
      const cells = line.split(',');
      return [cells[0], Object.fromEntries(header.map((name, i) => [name, cells[i]]))] as const;
    }),
  );
  assert.deepEqual([...rows.keys()], ['e1', 'e2', 'e3']);
  assert.equal(rows.get('e1')!.Pneumonia, '1');
  assert.equal(rows.get('e1')!.Pneumothorax, '0');
  assert.equal(rows.get('e1')!['No Finding'], '');
  assert.equal(rows.get('e2')!['No Finding'], '1');
  assert.equal(rows.get('e3')!['Pleural Effusion'], '-1');
  assert.equal(rows.get('e3')!['Support Devices'], '1');
  // The same cells LabelService gives report by report.
  const direct = await labels.labelsOf(['e1', 'e2', 'e3'], 'chexpert');
  for (const [id, assignments] of direct) {
    for (const a of assignments) {
      const code = { POSITIVE: '1', NEGATIVE: '0', UNCERTAIN: '-1', NOT_MENTIONED: '' }[a.status];
      assert.equal(rows.get(id)![a.label], code, `${id} ${a.label}`);
    }
  }
});

test('an unknown label set is refused with the known ones listed', () => {
  assert.throws(
    () => requireLabelSet(lazyDiskLabelSets, 'mimic'),
    /Unknown label set "mimic".*Known label sets: chest-radiograph, chexpert/,
  );
});

test('ids that spreadsheets would run as formulas are written neutralised (OWASP CSV injection)', async () => {
  const { ingest } = createAppServices(db.executor);
  const hostile = ['=HYPERLINK("http://x.example","open")', '+cmd|/C calc!A0', '@SUM(1+1)', '-2+3'];
  await ingest.ingest(hostile.map((id) => ({ id, text: 'FINDINGS: Right lower lobe pneumonia.' })));
  const lines: string[] = [];
  const labels = new LabelService(db.executor, lazyDiskLabelSets);
  await exportLabels(db.executor, labels, requireLabelSet(lazyDiskLabelSets, 'chexpert'), async (line) => void lines.push(line), {
    quiet: true,
  });
  for (const line of lines.slice(1)) assert.doesNotMatch(line, /^"?[=+\-@]/, line);
  assert.ok(lines.some((line) => line.startsWith(`"'=HYPERLINK(""http://x.example"",""open"")"`)));
  assert.ok(lines.some((line) => line.startsWith(`'@SUM(1+1),`)));
});
