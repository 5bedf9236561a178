import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { loadMeshTree } from '../../../src/ontology/mesh/mesh-loader';
import { loadUmls } from '../../../src/ontology/rrf/umls-loader';
import { openTestDatabase, resetDatabase } from '../../support/integration';

const ROOT = resolve(__dirname, '../../../..');
const UMLS_SMALL = join(ROOT, 'test/fixtures/umls-small');
const MESH_SMALL = join(ROOT, 'test/fixtures/mesh/tree-small.tsv');
const SHARED_MESH = resolve(ROOT, '../shared/data/mesh-2017-tree.tsv');

let db: Database;

before(async () => {
  db = await openTestDatabase();
});
after(async () => db.close());

async function stats(): Promise<Record<string, unknown>> {
  const [row] = await db.executor.read('ontology-stats');
  return row;
}

async function ancestorDistances(id: string): Promise<Record<string, number>> {
  const [row] = await db.executor.read<{ related: { concept: { id: string }; distance: number }[] }>('concept-ancestors', {
    ids: [id],
    maxDepth: 20,
  });
  return Object.fromEntries(row.related.map((r) => [r.concept.id, r.distance]));
}

describe('UMLS RRF loader', () => {
  before(async () => resetDatabase(db));

  test('loads English, unsuppressed strings, semantic types, is-a and synonymy; reports malformed lines', async () => {
    const report = await loadUmls(db.executor, UMLS_SMALL);
    assert.equal(report.malformedCount, 2);
    assert.deepEqual(
      report.malformed.map((m) => `${m.file}:${m.line}`),
      ['MRCONSO.RRF:10', 'MRREL.RRF:7'],
    );
    const s = await stats();
    assert.equal(s.concepts, 6);
    assert.equal(s.names, 8, 'the French and the obsolete strings are left out');
    assert.equal(s.isaRelations, 3, 'PAR twice and CHD once; RB only on request');
    assert.equal(s.synonymRelations, 1);
    assert.equal(report.counts['rows skipped (concept not loaded)'], 2);
    const [pneumonia] = await db.executor.read<{ concept: Record<string, unknown> }>('concepts-by-ids', { ids: ['C0000002'] });
    assert.equal(pneumonia.concept.name, 'Pneumonia');
    assert.deepEqual(pneumonia.concept.sources, ['MSH', 'SNOMEDCT_US']);
    assert.deepEqual(pneumonia.concept.synonyms, ['Pneumonia', 'Pneumonitis']);
    assert.deepEqual(pneumonia.concept.tuis, ['T047']);
    assert.deepEqual(await ancestorDistances('C0000004'), { C0000002: 1, C0000001: 2, C0000003: 2 });
  });

  test('a second load adds nothing', async () => {
    const first = await stats();
    await loadUmls(db.executor, UMLS_SMALL);
    assert.deepEqual(await stats(), first);
  });

  test('RB/RN become is-a only when asked', async () => {
    await loadUmls(db.executor, UMLS_SMALL, { includeBroaderNarrower: true });
    assert.equal((await stats()).isaRelations, 4);
  });

  test('a source filter keeps only the named vocabularies', async () => {
    await resetDatabase(db);
    await loadUmls(db.executor, UMLS_SMALL, { sources: ['SNOMEDCT_US'] });
    const s = await stats();
    assert.equal(s.concepts, 2);
    assert.equal(s.isaRelations, 0);
  });

  test('a truncated file is reported clearly, after its complete lines', async () => {
    await resetDatabase(db);
    const dir = mkdtempSync(join(tmpdir(), 'ontocase-rrf-'));
    for (const name of ['MRCONSO.RRF', 'MRSTY.RRF']) copyFileSync(join(UMLS_SMALL, name), join(dir, name));
    copyFileSync(join(ROOT, 'test/fixtures/MRREL-truncated.RRF'), join(dir, 'MRREL.RRF'));
    await assert.rejects(loadUmls(db.executor, dir), /MRREL\.RRF ends mid-line at line 2 \(truncated\?\)/);
    assert.equal((await stats()).isaRelations, 1);
  });

  test('a file of the wrong kind or a missing file is refused with a clear error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ontocase-rrf-'));
    writeFileSync(join(dir, 'MRCONSO.RRF'), 'Tree Number\tDesc Ui\tTerm\nC08\tD012140\tRespiratory Tract Diseases\n');
    copyFileSync(join(UMLS_SMALL, 'MRSTY.RRF'), join(dir, 'MRSTY.RRF'));
    await assert.rejects(loadUmls(db.executor, dir), /MRREL\.RRF not found/);
    copyFileSync(join(UMLS_SMALL, 'MRREL.RRF'), join(dir, 'MRREL.RRF'));
    await assert.rejects(loadUmls(db.executor, dir), /does not look like MRCONSO\.RRF/);
  });
});

describe('MeSH tree loader', () => {
  before(async () => resetDatabase(db));

  test('derives is-a edges from tree numbers, several parents for several tree numbers', async () => {
    const report = await loadMeshTree(db.executor, MESH_SMALL);
    assert.equal(report.malformedCount, 1);
    assert.equal(report.malformed[0].line, 8);
    assert.deepEqual(await ancestorDistances('D011014'), { D008171: 1, D012141: 1, D012140: 2, D007239: 2 });
    assert.deepEqual(await ancestorDistances('D011020'), { D011014: 1, D008171: 2, D012141: 2, D012140: 3, D007239: 3 });
    const before = await stats();
    await loadMeshTree(db.executor, MESH_SMALL);
    assert.deepEqual(await stats(), before, 'a re-run adds nothing');
  });

  test('the full 2017 MeSH tree: hand-checked ancestries', async (t) => {
    if (!existsSync(SHARED_MESH)) {
      t.skip(`../shared/data/mesh-2017-tree.tsv is absent; skipping the full MeSH check`);
      return;
    }
    await resetDatabase(db);
    const report = await loadMeshTree(db.executor, SHARED_MESH);
    assert.equal(report.malformedCount, 0);
    assert.equal(report.counts['tree numbers'], 57_840);
    // Cardiomegaly: C14.280.195 (Heart Diseases) and C23.300.775.250 (Hypertrophy).
    const cardiomegaly = await ancestorDistances('D006332');
    assert.deepEqual(
      {
        heartDiseases: cardiomegaly.D006331,
        hypertrophy: cardiomegaly.D006984,
        cvd: cardiomegaly.D002318,
        anatomical: cardiomegaly.D020763,
        signs: cardiomegaly.D013568,
      },
      { heartDiseases: 1, hypertrophy: 1, cvd: 2, anatomical: 2, signs: 3 },
    );
    // Pneumonia: C08.381.677 (Lung Diseases) and C08.730.610 (Respiratory Tract Infections).
    const pneumonia = await ancestorDistances('D011014');
    assert.equal(pneumonia.D008171, 1);
    assert.equal(pneumonia.D012141, 1);
    assert.equal(pneumonia.D012140, 2);
    const first = await stats();
    await loadMeshTree(db.executor, SHARED_MESH);
    assert.deepEqual(await stats(), first, 'a re-run adds nothing');
  });
});
