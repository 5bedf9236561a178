import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { EvalResult, runHarness } from '../../../src/evaluation/harness';
import { METHOD_NAMES } from '../../../src/evaluation/retrievers';
import { csvLine } from '../../../src/shared/csv';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import { openTestDatabase, resetDatabase } from '../../support/integration';

const DEMO = join(resolve(__dirname, '../../../..'), 'seed/corpus/reports.csv');
const ROWS = 80;
const dir = mkdtempSync(join(tmpdir(), 'ontocase-eval-test-'));
const CSV = join(dir, 'slice.csv');

/** The demo corpus's first rows, then a row with a name no concept carries and a row without text. */
function writeSlice(): void {
  const rows = (parse(readFileSync(DEMO), { columns: true }) as Record<string, string>[]).slice(0, ROWS);
  const lines = [csvLine(['id', 'findings', 'impression', 'labels'])];
  for (const r of rows) lines.push(csvLine([r.id, r.findings, r.impression, r.labels]));
  lines.push(csvLine(['extra-1', 'Small left pleural effusion.', '', 'Pleural Effusion;Zebra Sign']));
  lines.push(csvLine(['extra-2', '', '', 'No Finding']));
  writeFileSync(CSV, `${lines.join('\n')}\n`);
}

let db: Database;
let result: EvalResult;

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  writeSlice();
  const started = Date.now();
  result = await runHarness(db.executor, {
    file: CSV,
    columns: { id: 'id', text: ['findings', 'impression'], labels: 'labels' },
    quiet: true,
  });
  const perMethod = result.retrieval.methods.map((m) => `${m.method} ${m.seconds.toFixed(1)} s`).join(', ');
  console.log(`harness on ${result.reports} reports: ${((Date.now() - started) / 1000).toFixed(1)} s (ingest ${result.seconds.ingest.toFixed(1)} s, labelling ${result.seconds.labelling.toFixed(1)} s; ${perMethod})`);
});
after(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const between = (x: number, lo = 0, hi = 1): boolean => Number.isFinite(x) && x >= lo && x <= hi;

test('every report read, gold names mapped through the ontology, unmapped ones listed', () => {
  assert.equal(result.reports, ROWS + 1);
  assert.equal(result.bad.length, 1);
  assert.match(result.bad[0].message, /no text/);
  const byName = new Map(result.gold.names.map((g) => [g.name, g]));
  assert.ok(byName.get('Pleural Effusion')?.concepts?.includes('D010996'));
  assert.equal(byName.get('No Finding')?.concepts, null);
  assert.ok(!result.gold.unmapped.includes('No Finding'));
  assert.deepEqual(result.gold.unmapped, ['Zebra Sign']);
  for (const name of result.gold.unmapped) assert.equal(byName.get(name)?.concepts, null);
  assert.ok(result.gold.nonFinding.includes('Support Devices'));
});

test('labelling: per-label and summary scores are sane', () => {
  const { all, longTail, labels } = result.labelling;
  assert.ok(labels.includes('No Finding') && labels.includes('Pleural Effusion'));
  for (const l of all.perLabel) assert.ok(between(l.prf.f1), l.label);
  assert.ok(all.micro.f1 > 0.5, `micro F1 ${all.micro.f1}`);
  assert.ok(between(all.macroF1) && between(longTail.macroF1));
  const effusion = all.perLabel.find((l) => l.label === 'Pleural Effusion')!;
  assert.ok(effusion.prf.f1 > 0.6, `Pleural Effusion F1 ${effusion.prf.f1}`);
});

test('retrieval: every method scored; the ontology measure beats the random baseline at k = 1', () => {
  const { methods, randomPrecision, ks } = result.retrieval;
  assert.deepEqual(ks, [1, 5, 10]);
  assert.deepEqual(methods.map((m) => m.method), [...METHOD_NAMES]);
  for (const m of methods) {
    assert.equal(m.queries, ROWS + 1);
    for (const k of ks) {
      assert.ok(between(m.precisionAtK[k]), `${m.method} P@${k}`);
      assert.ok(between(m.vote[k].macroF1) && between(m.vote[k].longTailMacroF1), `${m.method} vote@${k}`);
    }
    assert.ok(m.seconds >= 0 && m.msPerQuery >= 0);
  }
  const ours = methods.find((m) => m.method === 'ontology')!;
  assert.ok(between(randomPrecision) && randomPrecision > 0);
  assert.ok(ours.precisionAtK[1] > randomPrecision + 0.1, `P@1 ${ours.precisionAtK[1]} vs random ${randomPrecision}`);
  assert.ok(methods.find((m) => m.method === 'BM25')!.precisionAtK[1] > randomPrecision, 'BM25 finds neighbours');
});
