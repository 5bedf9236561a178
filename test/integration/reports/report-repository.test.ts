import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import type { StoredReport } from '../../../src/reports/report.record';
import { ReportRepository } from '../../../src/reports/report.repository';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import { openTestDatabase, resetDatabase } from '../../support/integration';

let db: Database;
before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
});
after(async () => db.close());

const EFFUSION = 'D010996';
const PNEUMOTHORAX = 'D011030';
const CARDIOMEGALY = 'D006332';
// Sorts first, so a lookup that dropped it would shift every other concept's position.
const MISSING = 'A-NOT-IN-THE-ONTOLOGY';

const report = (id: string, concepts: StoredReport['concepts']): StoredReport => ({
  id,
  text: `report ${id}`,
  sections: [],
  mentions: [],
  concepts,
});

async function edgesOf(ids: string[]): Promise<Record<string, string[]>> {
  const rows = await db.executor.read<{ id: string; concepts: { conceptId: string; assertion: string; count: unknown }[] }>(
    'report-concepts',
    { ids, assertion: null },
  );
  return Object.fromEntries(
    rows.map((row) => [row.id, row.concepts.map((c) => `${c.conceptId} ${c.assertion} ${Number(c.count)}`).sort()]),
  );
}

// The batch's concepts are looked up once each and the edges reach them by position: every
// edge must land on its own concept, with its own assertion, and a concept missing from the
// ontology gets no edge while the report and its other edges are stored.
test('new and replaced reports get one edge per known concept, none for a missing one', async () => {
  const repository = new ReportRepository(db.executor);
  const first = await repository.upsert([
    report('b', [
      { conceptId: PNEUMOTHORAX, assertion: 'ABSENT', count: 1 },
      { conceptId: MISSING, assertion: 'PRESENT', count: 1 },
      { conceptId: EFFUSION, assertion: 'PRESENT', count: 2 },
    ]),
    report('a', [{ conceptId: MISSING, assertion: 'UNCERTAIN', count: 1 }]),
    report('c', [{ conceptId: CARDIOMEGALY, assertion: 'UNCERTAIN', count: 3 }]),
  ]);
  assert.deepEqual(first, { created: ['b', 'a', 'c'], updated: [] });
  assert.deepEqual(await edgesOf(['a', 'b', 'c']), {
    a: [],
    b: [`${EFFUSION} PRESENT 2`, `${PNEUMOTHORAX} ABSENT 1`],
    c: [`${CARDIOMEGALY} UNCERTAIN 3`],
  });

  // One stored report replaced (report-upsert in the same transaction), one new.
  const second = await repository.upsert([
    report('b', [
      { conceptId: MISSING, assertion: 'ABSENT', count: 1 },
      { conceptId: CARDIOMEGALY, assertion: 'PRESENT', count: 1 },
    ]),
    report('d', [
      { conceptId: EFFUSION, assertion: 'ABSENT', count: 1 },
      { conceptId: PNEUMOTHORAX, assertion: 'PRESENT', count: 4 },
    ]),
  ]);
  assert.deepEqual(second, { created: ['d'], updated: ['b'] });
  assert.deepEqual(await edgesOf(['b', 'd']), {
    b: [`${CARDIOMEGALY} PRESENT 1`],
    d: [`${EFFUSION} ABSENT 1`, `${PNEUMOTHORAX} PRESENT 4`],
  });
});

// `normal` is written only where true, on the edge it belongs to, by both statements.
test('an edge is marked normal only where its concept was named in a normal statement', async () => {
  const repository = new ReportRepository(db.executor);
  const normals = async (): Promise<string[]> =>
    (await db.executor.read<{ report: string; concept: string; normal: boolean | null }>('corpus-edges'))
      .filter((edge) => edge.report === 'n')
      .map((edge) => `${edge.concept} ${String(edge.normal)}`);
  await repository.upsert([
    report('n', [
      { conceptId: PNEUMOTHORAX, assertion: 'ABSENT', count: 1, normal: false },
      { conceptId: CARDIOMEGALY, assertion: 'ABSENT', count: 1, normal: true },
      { conceptId: EFFUSION, assertion: 'PRESENT', count: 1 },
    ]),
  ]);
  assert.deepEqual(await normals(), [`${CARDIOMEGALY} true`, `${EFFUSION} null`, `${PNEUMOTHORAX} null`]);
  await repository.upsert([
    report('n', [
      { conceptId: MISSING, assertion: 'ABSENT', count: 1, normal: true },
      { conceptId: EFFUSION, assertion: 'ABSENT', count: 1, normal: true },
      { conceptId: PNEUMOTHORAX, assertion: 'PRESENT', count: 1, normal: false },
    ]),
  ]);
  assert.deepEqual(await normals(), [`${EFFUSION} true`, `${PNEUMOTHORAX} null`]);
});
