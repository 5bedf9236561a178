/**
 * 16 callers ingest overlapping ids at once (the probe's 22 of ~640 writes failed with a
 * Neo4j deadlock as INTERNAL_SERVER_ERROR): every call succeeds, each id is created once,
 * and the graph holds exactly one report and one set of concept edges per id.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { newKey, writeKeysFile } from '../../../src/security/api-keys';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import { mulberry32, shuffle } from '../../../src/shared/core/prng';
import { startTestApi, TestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';

const WRITERS = 16;
const CALLS_PER_WRITER = 5;
const IDS = Array.from({ length: 24 }, (_, i) => `cw-${String(i).padStart(2, '0')}`);
const TEXTS = [
  'FINDINGS: Small right pleural effusion. No pneumothorax.',
  'FINDINGS: Cardiomegaly. Left lower lobe atelectasis.\nIMPRESSION: Possible pneumonia.',
  'FINDINGS: No focal consolidation, pleural effusion or pneumothorax.',
];
const textOf = (id: string): string => TEXTS[Number(id.slice(3)) % TEXTS.length];
const INGEST = 'mutation($r: [ReportInput!]!) { ingestReports(reports: $r) { created updated failed } }';

let db: Database;
let api: TestApi;
let keysDir: string;
let keys: string[];

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  keysDir = mkdtempSync(join(tmpdir(), 'ontocase-writers-'));
  const made = Array.from({ length: WRITERS }, (_, i) => newKey(`writer-${i}`, 'annotator'));
  writeKeysFile(
    join(keysDir, 'keys.json'),
    made.map((m) => m.stored),
  );
  keys = made.map((m) => m.key);
  api = await startTestApi(db.executor, { keysFile: join(keysDir, 'keys.json'), rateLimit: { perSecond: 1000, burst: 1000 } });
});
after(async () => {
  await api.close();
  await db.close();
  rmSync(keysDir, { recursive: true, force: true });
});

test('16 concurrent writers on overlapping ids: no error, each id created once, nothing duplicated', async () => {
  const random = mulberry32(14);
  const plans = keys.map(() =>
    Array.from({ length: CALLS_PER_WRITER }, () =>
      shuffle([...IDS], random)
        .slice(0, 12)
        .map((id) => ({ id, text: textOf(id) })),
    ),
  );
  const outcomes = await Promise.all(
    plans.map(async (calls, writer) => {
      const answers = [];
      for (const reports of calls) answers.push(await api.gql(INGEST, { r: reports }, keys[writer]));
      return answers;
    }),
  );
  const answers = outcomes.flat();
  const errors = answers.flatMap((a) => (a.errors ?? []).map((e) => e.extensions?.code));
  assert.deepEqual(errors, []);
  const created = answers.reduce((sum, a) => sum + a.data!.ingestReports.created, 0);
  const updated = answers.reduce((sum, a) => sum + a.data!.ingestReports.updated, 0);
  assert.equal(created, IDS.length, 'each id created exactly once');
  assert.equal(created + updated, WRITERS * CALLS_PER_WRITER * 12);

  const [stats] = await db.executor.read<{ reports: number; conceptEdges: number }>('corpus-stats');
  assert.equal(stats.reports, IDS.length);
  // One edge set per report: the edges equal those of a single ingest of each id.
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  const once = await api.gql(INGEST, { r: IDS.map((id) => ({ id, text: textOf(id) })) }, keys[0]);
  assert.equal(once.data?.ingestReports.created, IDS.length);
  const [single] = await db.executor.read<{ conceptEdges: number }>('corpus-stats');
  assert.equal(stats.conceptEdges, single.conceptEdges);
});
