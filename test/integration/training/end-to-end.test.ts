import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import type { TestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { SMALL, startTrainingApi, storeSyntheticSpans, trainAndWait } from './support';

let db: Database;
let api: TestApi;
const TEXT = 'Small right pleural effusion. No pneumothorax. Possible left lower lobe atelectasis.';
const EXTRACT = `query($t: String!) { extract(text: $t) { taggerId executionProvider mentions { text source assertion } } }`;

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  api = await startTrainingApi(db.executor);
  await storeSyntheticSpans(api, 150);
});
after(async () => {
  await api.close();
  await db.close();
});

let modelId = '';

test('spans → trainTagger → a stored model with dev metrics', async () => {
  const run = await trainAndWait(api, {
    name: 'e2e',
    loss: 'SELF_ADJUSTING_DSC',
    lossParams: { alpha: 0.1, ceWeight: 0.1 },
    ...SMALL,
    seed: 3,
  });
  assert.equal(run.status, 'SUCCEEDED', run.error);
  assert.ok(run.startedAt && run.finishedAt);
  assert.ok(run.progress.epoch >= 1 && run.progress.step > 0 && typeof run.progress.devF1 === 'number');
  modelId = run.model.id;
  const { data } = await api.gql(`{ taggers { id name loss active sizeBytes labelSet params { hidden epochs seed spanSources lossParams }
    metrics { microF1 macroF1 perLabel { label precision recall f1 support } } } }`);
  const [model] = data!.taggers;
  assert.equal(model.id, modelId);
  assert.equal(model.loss, 'self-adjusting-dsc');
  assert.equal(model.active, false, 'a finished run is not activated by itself');
  assert.ok(model.sizeBytes > 8192 * 16 * 4, 'embeddings are in the model');
  assert.deepEqual(model.labelSet, ['ANAT-DP', 'OBS-DP', 'OBS-U', 'OBS-DA']);
  assert.deepEqual([model.params.hidden, model.params.epochs, model.params.seed, model.params.spanSources], [16, 6, 3, ['GOLD']]);
  assert.equal(JSON.parse(model.params.lossParams).alpha, 0.1);
  assert.equal(model.metrics.perLabel.length, 4);
  assert.ok(model.metrics.microF1 > 0.5, `dev micro-F1 ${model.metrics.microF1}`);
  const runs = await api.gql(
    '{ trainingRuns(first: 5) { edges { node { id split { seed devFraction trainReports dev } examples spans } } } }',
  );
  const split = runs.data!.trainingRuns.edges[0].node.split;
  assert.equal(split.seed, 3);
  assert.equal(split.trainReports + split.dev.length, 150, 'every annotated report is on one side');
});

test('activateTagger: extraction uses the tagger (source TAGGER:<id>, cpu)', async () => {
  const before = await api.gql(EXTRACT, { t: TEXT });
  assert.equal(before.data!.extract.taggerId, null);
  const { data, errors } = await api.gql('mutation($id: ID!) { activateTagger(id: $id) { id active } }', { id: modelId });
  assert.equal(errors, undefined);
  assert.deepEqual(data!.activateTagger, { id: modelId, active: true });
  const after = await api.gql(EXTRACT, { t: TEXT });
  assert.equal(after.data!.extract.taggerId, modelId);
  assert.equal(after.data!.extract.executionProvider, 'cpu');
  const sources = after.data!.extract.mentions.map((m: any) => m.source as string);
  assert.ok(
    sources.some((s: string) => s.split('+').includes(`TAGGER:${modelId}`)),
    `sources ${sources.join(', ')}`,
  );
  const missing = await api.gql('mutation { activateTagger(id: "nope") { id } }');
  assert.equal(missing.errors![0].extensions!.code, 'NOT_FOUND');
});

test("tagSpans: the tagger's own spans (active, or by id), with their text; unknown ids are NOT_FOUND", async () => {
  const query = 'query($t: String!, $id: ID) { tagSpans(text: $t, taggerId: $id) { start end text label score } }';
  const active = await api.gql(query, { t: TEXT });
  assert.equal(active.errors, undefined);
  const spans = active.data!.tagSpans as { start: number; end: number; text: string; label: string; score: number }[];
  assert.ok(spans.length > 0);
  for (const s of spans) {
    assert.equal(s.text, TEXT.slice(s.start, s.end));
    assert.ok(['ANAT-DP', 'OBS-DP', 'OBS-U', 'OBS-DA'].includes(s.label) && s.score > 0 && s.score <= 1);
  }
  const byId = await api.gql(query, { t: TEXT, id: modelId });
  assert.deepEqual(byId.data!.tagSpans, spans);
  const missing = await api.gql(query, { t: TEXT, id: 'nope' });
  assert.equal(missing.errors![0].extensions!.code, 'NOT_FOUND');
});

test('a restart restores the active tagger; ORT_EXECUTION_PROVIDERS=cuda,cpu falls back to cpu', async () => {
  const previous = process.env.ORT_EXECUTION_PROVIDERS;
  process.env.ORT_EXECUTION_PROVIDERS = 'cuda,cpu';
  const restarted = await startTrainingApi(db.executor);
  try {
    const lines: string[] = [];
    assert.equal(await restarted.services.training.recover((l) => lines.push(l)), modelId);
    assert.deepEqual(lines, []);
    const { data } = await restarted.gql(EXTRACT, { t: TEXT });
    assert.equal(data!.extract.taggerId, modelId);
    // This machine has no GPU: cuda cannot load, cpu is used (one warning line, no crash).
    if (!existsSync('/dev/nvidia0')) assert.equal(data!.extract.executionProvider, 'cpu');
    const listed = await restarted.gql('{ taggers { id active } }');
    assert.deepEqual(
      listed.data!.taggers.filter((t: any) => t.active).map((t: any) => t.id),
      [modelId],
    );
  } finally {
    if (previous === undefined) delete process.env.ORT_EXECUTION_PROVIDERS;
    else process.env.ORT_EXECUTION_PROVIDERS = previous;
    await restarted.close();
  }
});

test('a model whose checksum fails is not restored: one log line, rules only', async () => {
  await db.executor.write('tagger-set-checksum', { id: modelId, sha256: '0'.repeat(64) });
  const restarted = await startTrainingApi(db.executor);
  try {
    const lines: string[] = [];
    assert.equal(await restarted.services.training.recover((l) => lines.push(l)), null);
    assert.equal(lines.length, 1);
    assert.match(lines[0], /checksum/);
    const { data } = await restarted.gql(EXTRACT, { t: TEXT });
    assert.equal(data!.extract.taggerId, null);
    assert.ok(data!.extract.mentions.length > 0, 'rules still extract');
    const refused = await restarted.gql('mutation($id: ID!) { activateTagger(id: $id) { id } }', { id: modelId });
    assert.equal(refused.errors![0].extensions!.code, 'CONFLICT');
  } finally {
    await restarted.close();
  }
});
