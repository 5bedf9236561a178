/**
 * Long texts are extracted on a worker thread (issue 14: one allowed 200,000-character
 * `extract` held the event loop, and so every other caller, for its whole run).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { Extractor } from '../../../src/reports/extractor';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import { turnsDuring } from '../../support/event-loop';
import { openTestDatabase, resetDatabase } from '../../support/integration';

const PARAGRAPH =
  'FINDINGS: Small right pleural effusion. No pneumothorax. The heart is enlarged. ' +
  'Possible left lower lobe atelectasis, no focal consolidation.\nIMPRESSION: Right lower lobe pneumonia.\n';
const LONG_TEXT = PARAGRAPH.repeat(Math.ceil(200_000 / PARAGRAPH.length)).slice(0, 200_000);

let db: Database;
const extractors: Extractor[] = [];
const extractor = (workerMinChars: number): Extractor => {
  const e = new Extractor(db.executor, { workerMinChars });
  extractors.push(e);
  return e;
};

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
});
after(async () => {
  await Promise.all(extractors.map((e) => e.close()));
  await db.close();
});

test('a long text gives the same mentions and sections on the worker as on the main thread', async () => {
  const [inline] = await extractor(Number.MAX_SAFE_INTEGER).extractBatch([LONG_TEXT], { withSections: true });
  const [worked] = await extractor(10_000).extractBatch([LONG_TEXT], { withSections: true });
  assert.ok(inline.mentions.length > 1_000, `${inline.mentions.length} mentions`);
  assert.deepEqual(worked, inline);
});

test('the event loop keeps turning while a long text is extracted', async () => {
  const onWorker = extractor(10_000);
  await onWorker.extractBatch(['FINDINGS: Warm-up.']); // the dictionary read is not what is measured
  const { result, turns } = await turnsDuring(() => onWorker.extractBatch([LONG_TEXT]));
  assert.ok(result[0].mentions.length > 1_000);
  // On the main thread the whole text is one synchronous run: no turn until it ends.
  assert.ok(turns > 10, `only ${turns} event-loop turns during a 200,000-character extraction`);
});

test('section choices reach the worker', async () => {
  const options = { sections: ['IMPRESSION' as const] };
  const [inline] = await extractor(Number.MAX_SAFE_INTEGER).extractBatch([LONG_TEXT], options);
  const [worked] = await extractor(10_000).extractBatch([LONG_TEXT], options);
  assert.ok(worked.mentions.every((m) => m.section === 'IMPRESSION'));
  assert.deepEqual(worked, inline);
});
