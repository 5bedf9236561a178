import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { INTERRUPTED } from '../../../src/training/training.service';
import type { TestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { SMALL, startTrainingApi, storeSyntheticSpans, train, trainAndWait, waitForRun } from './support';

let db: Database;
let api: TestApi;
let activeId = '';

const activeTaggers = async (a: TestApi): Promise<string[]> =>
  (await a.gql('{ taggers { id active } }')).data!.taggers.filter((t: any) => t.active).map((t: any) => t.id);

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  api = await startTrainingApi(db.executor);
  await storeSyntheticSpans(api, 60);
  const run = await trainAndWait(api, { name: 'baseline', ...SMALL, epochs: 2 });
  activeId = run.model.id;
  await api.gql('mutation($id: ID!) { activateTagger(id: $id) { id } }', { id: activeId });
});
after(async () => {
  await api.close();
  await db.close();
});

test('a failing run is recorded FAILED with its reason; the active tagger is untouched', async () => {
  const failing = await startTrainingApi(db.executor, { workerFile: join(__dirname, 'failing.worker.js') });
  try {
    await failing.services.training.taggers.activate(activeId);
    const { data } = await train(failing, { name: 'doomed', ...SMALL });
    const run = await waitForRun(failing, data.trainTagger.id);
    assert.equal(run.status, 'FAILED');
    assert.match(run.error, /simulated worker crash/);
    assert.equal(run.model, null);
    assert.equal(failing.services.extractor.tagger?.id, activeId);
    assert.deepEqual(await activeTaggers(failing), [activeId]);
  } finally {
    await failing.close();
  }
});

test('runs queue one at a time; cancelling queued and running runs leaves the active tagger', async () => {
  const long = { ...SMALL, epochs: 200, patience: 200 };
  const first = (await train(api, { name: 'long', ...long })).data.trainTagger;
  const second = (await train(api, { name: 'queued', ...long })).data.trainTagger;
  assert.equal(second.status, 'QUEUED');
  await waitForRun(api, first.id, (s) => s === 'RUNNING');
  assert.equal((await waitForRun(api, second.id, () => true)).status, 'QUEUED', 'the second waits for the first');
  const cancelledQueued = await api.gql('mutation($id: ID!) { cancelTraining(id: $id) { status error } }', { id: second.id });
  assert.deepEqual(cancelledQueued.data!.cancelTraining, { status: 'CANCELLED', error: 'cancelled before it started' });
  const cancelled = await api.gql('mutation($id: ID!) { cancelTraining(id: $id) { status finishedAt model { id } } }', { id: first.id });
  assert.equal(cancelled.data!.cancelTraining.status, 'CANCELLED');
  assert.equal(cancelled.data!.cancelTraining.model, null);
  const again = await api.gql('mutation($id: ID!) { cancelTraining(id: $id) { status } }', { id: first.id });
  assert.equal(again.errors![0].extensions!.code, 'CONFLICT');
  assert.equal(api.services.extractor.tagger?.id, activeId);
  assert.deepEqual(await activeTaggers(api), [activeId]);
  const page1 = await api.gql('{ trainingRuns(first: 2) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }');
  assert.deepEqual(
    page1.data!.trainingRuns.edges.map((e: any) => e.node.id),
    [second.id, first.id],
    'newest first',
  );
  const page2 = await api.gql(
    'query($a: String) { trainingRuns(first: 5, after: $a) { edges { node { name } } pageInfo { hasNextPage } } }',
    { a: page1.data!.trainingRuns.pageInfo.endCursor },
  );
  assert.ok(page2.data!.trainingRuns.edges.length >= 1);
});

test('a run left RUNNING by a previous process is FAILED at the next start', async () => {
  const long = { ...SMALL, epochs: 200, patience: 200 };
  const run = (await train(api, { name: 'interrupted', ...long })).data.trainTagger;
  await waitForRun(api, run.id, (s) => s === 'RUNNING');
  // A second process over the same database plays the restarted server.
  const restarted = await startTrainingApi(db.executor);
  try {
    const lines: string[] = [];
    await restarted.services.training.recover((l) => lines.push(l));
    const after = await waitForRun(restarted, run.id, () => true);
    assert.equal(after.status, 'FAILED');
    assert.equal(after.error, INTERRUPTED);
    assert.match(lines[0], /1 training run/);
    assert.equal(restarted.services.extractor.tagger?.id, activeId, 'the active tagger came back');
  } finally {
    await restarted.close();
  }
});
