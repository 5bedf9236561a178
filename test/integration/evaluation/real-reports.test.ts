/**
 * Real radiologists' reports (issue 10): the IU chest X-ray dev set from ../shared, through
 * the evaluation harness. Floors a little under what was measured (BENCHMARKS.md), so that a
 * change that breaks real reports fails here. Skipped, saying so, when the data is absent.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { EvalResult, runHarness } from '../../../src/evaluation/harness';
import { KeywordLabeller } from '../../../src/evaluation/keyword-baseline';
import type { RetrievalScores } from '../../../src/evaluation/leave-one-out';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import { openTestDatabase, resetDatabase } from '../../support/integration';

const DEV = join(resolve(__dirname, '../../../..'), '../shared/data/iu-cxr/dev.csv');
const absent = !existsSync(DEV) && `${DEV} is absent (the IU chest X-ray dev set lives outside the repository); skipping the real-report floors`;

// Measured on the dev set (BENCHMARKS.md); each floor sits a little under its figure.
const LABELLING_FLOORS = { macroF1: 0.89, microF1: 0.89 }; // measured 0.902 / 0.903 (branch real, 2026-11-30)
const LEAD_OVER_BM25 = 0.03;

let db: Database | undefined;
let result: EvalResult;

before(async () => {
  if (absent) return;
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  const started = Date.now();
  result = await runHarness(db.executor, {
    file: DEV,
    columns: { id: 'uid', text: ['findings', 'impression'], labels: 'Problems' },
    labelNames: new KeywordLabeller().names,
    methods: ['ontology', 'TVERSKY', 'BM25'],
    quiet: true,
  });
  console.log(`dev set: ${result.reports} reports in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
after(async () => {
  await db?.close();
});

const method = (name: string): RetrievalScores => result.retrieval.methods.find((m) => m.method === name)!;
const figures = (m: RetrievalScores): Record<string, number> => ({
  'P@1': m.precisionAtK[1]!,
  'vote F1@1': m.vote[1]!.macroF1,
  'vote F1@5': m.vote[5]!.macroF1,
  'long-tail F1@1': m.vote[1]!.longTailMacroF1,
});

test('labelling the 25 common findings stays above its floors', { skip: absent }, () => {
  const { all, labels } = result.labelling;
  assert.equal(labels.length, 25);
  assert.ok(all.macroF1 >= LABELLING_FLOORS.macroF1, `macro F1 ${all.macroF1}`);
  assert.ok(all.micro.f1 >= LABELLING_FLOORS.microF1, `micro F1 ${all.micro.f1}`);
});

test('retrieval: the default measure leads BM25 by 3 points, the concept part alone is level with it', { skip: absent }, () => {
  const bm25 = figures(method('BM25'));
  const ours = figures(method('ontology'));
  const concepts = figures(method('TVERSKY'));
  for (const [name, value] of Object.entries(bm25)) {
    assert.ok(ours[name]! >= value + LEAD_OVER_BM25, `default ${name} ${ours[name]} vs BM25 ${value}`);
    assert.ok(concepts[name]! >= value, `TVERSKY ${name} ${concepts[name]} vs BM25 ${value}`);
  }
});
