/**
 * Labels of stored reports computed in process (the report's concept edges, the similarity
 * index's ontology) against the graph's statement (report-label-mentions), the reference:
 * every demo report, both bundled label sets, identical assignments; through the API,
 * `report { labels }` is one round trip.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { AppServices } from '../../../src/api/context';
import type { Database } from '../../../src/db/database';
import { LabelService } from '../../../src/labels/label.service';
import { lazyDiskLabelSets } from '../../../src/labels/label-set.store';
import { ReportService } from '../../../src/reports/report.service';
import { startTestApi, type TestApi } from '../../support/api-client';
import { demoReports } from '../../support/demo-reports';
import { openIndexedDemo } from '../../support/integration';

const REPORTS = demoReports(400);
let db: Database;
let services: AppServices;
let api: TestApi;

before(async () => {
  ({ db, services } = await openIndexedDemo(REPORTS));
  api = await startTestApi(db.executor);
  await api.services.similarityIndex!.load();
});
after(async () => {
  await api.close();
  await db.close();
});

test('in process and in the graph: the same labels for every demo report and both label sets', async () => {
  const labels = new LabelService(db.executor, lazyDiskLabelSets);
  const reports = new ReportService(db.executor);
  const ids = REPORTS.map((r) => r.id);
  const ontology = services.similarityIndex!.current!.ontology;
  for (const set of ['chexpert', 'chest-radiograph']) {
    const graph = await labels.labelsOf(ids, set);
    let differing = 0;
    for (const id of ids) {
      const inProcess = labels.labelsFromConcepts(await reports.conceptsOf(id, null), set, ontology);
      if (JSON.stringify(inProcess) !== JSON.stringify(graph.get(id))) differing += 1;
    }
    assert.equal(differing, 0, `${differing} of ${ids.length} reports labelled differently with ${set}`);
  }
});

test('report { labels } through the API: one round trip, the graph statement’s labels', async () => {
  const id = REPORTS[7].id;
  const response = await api.gql(`{ report(id: "${id}") { labels(labelSet: "chexpert") { label status evidenceConcepts } } }`);
  assert.equal(response.errors, undefined);
  assert.equal(response.extensions!.cypherRoundTrips, 1);
  const graph = (await new LabelService(db.executor, lazyDiskLabelSets).labelsOf([id], 'chexpert')).get(id)!;
  assert.deepEqual(
    response.data!.report.labels,
    graph.map((a) => ({ label: a.label, status: a.status, evidenceConcepts: a.evidence })),
  );
});
