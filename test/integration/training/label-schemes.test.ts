import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { importSpanFile } from '../../../src/spans/span-file.import';
import type { TestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { imbalancedReports } from '../../support/training/synthetic';
import { SMALL, startTrainingApi, storeSyntheticSpans, trainAndWait } from './support';

let db: Database;
let api: TestApi;

/** Synthetic abstracts as PubTator: the text is the title, the abstract empty. */
function pubtator(count: number): string {
  return imbalancedReports(count)
    .map((r) =>
      [
        `${r.reportId}|t|${r.text}`,
        `${r.reportId}|a|`,
        ...r.spans.map(
          (s) =>
            `${r.reportId}\t${s.start}\t${s.end}\t${r.text.slice(s.start, s.end)}\t${s.start % 2 === 0 ? 'SpecificDisease' : 'DiseaseClass'}\tD000001`,
        ),
        '',
      ].join('\n'),
    )
    .join('\n');
}

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  api = await startTrainingApi(db.executor);
});
after(async () => {
  await api.close();
  await db.close();
});

test('import:spans: a PubTator file under the ncbi-disease scheme, checked as importSpans checks; a bad file stores nothing', async () => {
  const bad = pubtator(3).replace(/\t(\d+)\t(\d+)\t/, (_, s, e) => `\t${Number(s) + 1}\t${Number(e) + 1}\t`);
  await assert.rejects(importSpanFile(db.executor, api.services, 'pubtator', bad, 'ncbi-disease'), /PubTator line \d+: mention text/);
  assert.equal((await api.gql('{ reports(first: 1) { edges { cursor } } }')).data!.reports.edges.length, 0, 'nothing stored');
  const result = await importSpanFile(db.executor, api.services, 'pubtator', pubtator(80), 'ncbi-disease');
  assert.deepEqual([result.reports, result.createdReports, result.newScheme, result.scheme.labels], [80, 80, false, ['Disease']]);
  const overlap = JSON.stringify({
    reportId: 'a0',
    spans: [
      { start: 0, end: 3, label: 'Disease' },
      { start: 1, end: 4, label: 'Disease' },
    ],
  });
  await assert.rejects(importSpanFile(db.executor, api.services, 'jsonl', overlap, 'ncbi-disease'), /overlaps/);
  const own = JSON.stringify({ reportId: 'own-1', text: 'Tumour here.', spans: [{ start: 0, end: 6, label: 'Tumour' }] });
  const stored = await importSpanFile(db.executor, api.services, 'jsonl', own, 'my-labels');
  assert.deepEqual([stored.newScheme, stored.scheme.labels], [true, ['Tumour']]);
});

test("trainTagger on a scheme's labels: radiology reports annotated under another scheme are left out", async () => {
  await storeSyntheticSpans(api, 30);
  const run = await trainAndWait(api, { name: 'disease', labelSet: ['Disease'], ...SMALL, contextWidth: 1 });
  assert.equal(run.status, 'SUCCEEDED', run.error);
  const runs = await api.gql('{ trainingRuns(first: 1) { edges { node { examples } } } }');
  assert.equal(runs.data!.trainingRuns.edges[0].node.examples, 80, 'the 80 abstracts, not the 30 radiology reports');
  const { data } = await api.gql('{ taggers { labelSet metrics { microF1 } } }');
  assert.deepEqual(data!.taggers[0].labelSet, ['Disease']);
  assert.ok(data!.taggers[0].metrics.microF1 > 0.5, `dev F1 ${data!.taggers[0].metrics.microF1}`);
});
