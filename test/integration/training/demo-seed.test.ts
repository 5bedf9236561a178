import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { seedDemoCorpus } from '../../../src/seed/demo-corpus';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import { trainDefaultTagger } from '../../../src/training/default-tagger';
import type { TestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { syntheticReports } from '../../support/training/synthetic';
import { startTrainingApi } from './support';

let db: Database;
let api: TestApi;
const dir = mkdtempSync(join(tmpdir(), 'ontocase-corpus-'));

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  api = await startTrainingApi(db.executor);
});
after(async () => {
  await api.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

test('no corpus file: a no-op with one log line', async () => {
  const lines: string[] = [];
  assert.deepEqual(await seedDemoCorpus(api.services, (l) => lines.push(l), join(dir, 'absent.jsonl')), {
    reports: 0,
    spans: 0,
    rejectedSpanLines: 0,
  });
  assert.equal(lines.length, 1);
  assert.match(lines[0], /No demo corpus/);
});

test('a corpus file: reports ingested in batches, gold spans stored, a default tagger trained and activated', async () => {
  const reports = syntheticReports(620, 9);
  const lines = reports.map((r, i) =>
    JSON.stringify({
      id: r.reportId,
      text: r.text,
      metadata: { modality: 'CR', studyDate: '2024-01-02' },
      labels: [],
      goldLabelNames: [],
      spans: i === 0 ? [{ start: 0, end: 9999, label: 'OBS-DP' }] : r.spans.map((s) => ({ ...s, conceptId: null, assertion: 'PRESENT' })),
    }),
  );
  const file = join(dir, 'reports.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const log: string[] = [];
  const result = await seedDemoCorpus(api.services, (l) => log.push(l), file);
  assert.equal(result.reports, 620);
  assert.equal(result.rejectedSpanLines, 1);
  assert.equal(
    result.spans,
    reports.slice(1).reduce((n, r) => n + r.spans.length, 0),
  );
  assert.ok(
    log.some((l) => l.includes('500/620')),
    'progress per batch',
  );
  const stored = await api.gql('{ report(id: "r5") { modality spans { label } mentions { text } } }');
  assert.equal(stored.data!.report.modality, 'CR');
  assert.ok(stored.data!.report.spans.length > 0 && stored.data!.report.mentions.length > 0);

  const id = await trainDefaultTagger(api.services.training, (l) => log.push(l), { epochs: 4, hashBuckets: 1 << 14 });
  assert.ok(id !== null, log.join('\n'));
  assert.equal(api.services.extractor.tagger?.id, id);
  assert.ok(
    log.some((l) => /epoch \d+: dev span-F1/.test(l)),
    `progress per epoch:\n${log.join('\n')}`,
  );
  assert.ok(
    log.every((l) => !reports.slice(0, 5).some((r) => l.includes(r.text))),
    'no report text in the log',
  );
});
