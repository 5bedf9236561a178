/**
 * The in-process BM25 (lexical-index.ts) against the full-text index it mirrors (Lucene's
 * english analyzer and BM25 in Neo4j) on stored demo reports, after a load and after further
 * ingests and re-ingests through the hook. Not bit-equal by design: the tokenizer is a subset
 * of UAX #29, and Lucene keeps a replaced document in its statistics (N, average length) until
 * segments merge, so the test bounds the disagreement: mean top-10 overlap ≥ 0.9; a report both
 * rank scores within 1 % of Lucene's after a load, within 5 % once 10 % of the reports were
 * replaced (measured: 0 % and 2.4 %).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { AppServices } from '../../../src/api/context';
import type { Database } from '../../../src/db/database';
import { lexicalInIndex } from '../../../src/similarity/memory/index-lexical';
import { LexicalSearch } from '../../../src/similarity/lexical/lexical-search.service';
import type { LexicalHit } from '../../../src/similarity/core/hybrid';
import { demoReports } from '../../support/demo-reports';
import { openIndexedDemo } from '../../support/integration';

const REPORTS = demoReports(400);
const K = 10;
let db: Database;
let services: AppServices;

before(async () => {
  ({ db, services } = await openIndexedDemo(REPORTS.slice(0, 300)));
});
after(async () => {
  await db.close();
});

/** Mean top-K overlap over the queries, and the largest relative score difference on shared reports. */
async function agreement(queries: readonly { id: string; text: string }[]): Promise<{ overlap: number; worst: number }> {
  const lucene = new LexicalSearch(db.executor);
  let overlap = 0;
  let worst = 0;
  for (const query of queries) {
    const theirs = await lucene.neighbours(query.text, query.id, K);
    const ours: LexicalHit[] = lexicalInIndex(services.similarityIndex!.current!, { reportId: query.id }, K);
    const scoreOf = new Map(theirs.map((h) => [h.reportId, h.score]));
    const shared = ours.filter((h) => scoreOf.has(h.reportId));
    overlap += theirs.length === 0 ? 1 : shared.length / theirs.length;
    for (const h of shared) worst = Math.max(worst, Math.abs(h.score - scoreOf.get(h.reportId)!) / scoreOf.get(h.reportId)!);
  }
  return { overlap: overlap / queries.length, worst };
}

test('after a load: top-10 overlap with Lucene ≥ 0.9, shared scores within 1 %', async (t) => {
  const { overlap, worst } = await agreement(REPORTS.slice(0, 100));
  t.diagnostic(`mean top-${K} overlap ${overlap.toFixed(3)}, largest relative score difference ${worst.toFixed(4)}`);
  assert.ok(overlap >= 0.9, `mean top-${K} overlap ${overlap.toFixed(3)}`);
  assert.ok(worst <= 0.01, `largest relative score difference ${worst.toFixed(4)}`);
});

test('after ingests and re-ingests through the hook: overlap ≥ 0.9, scores within 5 %, and a text query agrees too', async (t) => {
  const rewritten = REPORTS.slice(0, 40).map((r, i) => ({ ...r, text: REPORTS[399 - i].text }));
  assert.equal((await services.ingest.ingest([...REPORTS.slice(300), ...rewritten])).errors.length, 0);
  const stored = [...rewritten.slice(0, 20), ...REPORTS.slice(300, 380)];
  const { overlap, worst } = await agreement(stored);
  t.diagnostic(`mean top-${K} overlap ${overlap.toFixed(3)}, largest relative score difference ${worst.toFixed(4)}`);
  assert.ok(overlap >= 0.9, `mean top-${K} overlap ${overlap.toFixed(3)}`);
  assert.ok(worst <= 0.05, `largest relative score difference ${worst.toFixed(4)}`);
  const text = 'Small right pleural effusion with adjacent atelectasis. No pneumothorax.';
  const theirs = (await new LexicalSearch(db.executor).neighbours(text, null, K)).map((h) => h.reportId);
  const ours = lexicalInIndex(services.similarityIndex!.current!, { text }, K).map((h) => h.reportId);
  assert.ok(ours.filter((id) => theirs.includes(id)).length >= K - 2, `${ours.join()} vs ${theirs.join()}`);
});
