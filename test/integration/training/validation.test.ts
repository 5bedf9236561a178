import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import type { TestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { startTrainingApi, storeSyntheticSpans, train } from './support';

let db: Database;
let api: TestApi;

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  api = await startTrainingApi(db.executor);
});
after(async () => {
  await api.close();
  await db.close();
});

async function refused(input: Record<string, unknown>, field: string): Promise<void> {
  const { errors, data } = await train(api, { name: 'bad', ...input });
  assert.equal(data, null);
  assert.equal(errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(errors));
  assert.equal(errors[0].extensions!.argument, 'input');
  assert.equal(errors[0].extensions!.field, field, errors[0].message);
}

test('no stored spans: refused before any run is recorded', async () => {
  await refused({}, 'spanSources');
  await refused({ spanSources: ['RULES'] }, 'spanSources');
  const runs = await api.gql('{ trainingRuns { edges { node { id } } } }');
  assert.deepEqual(runs.data!.trainingRuns.edges, []);
});

test('each invalid input is refused naming its field', async () => {
  await storeSyntheticSpans(api, 20);
  const cases: [Record<string, unknown>, string][] = [
    [{ labelSet: ['OBS-DP', 'TUMOUR'] }, 'labelSet'],
    [{ labelSet: [] }, 'labelSet'],
    [{ loss: 'TVERSKY', lossParams: { alpha: 1.5 } }, 'lossParams.alpha'],
    [{ loss: 'TVERSKY', lossParams: { beta: -0.1 } }, 'lossParams.beta'],
    [{ loss: 'SELF_ADJUSTING_DSC', lossParams: { alpha: -1 } }, 'lossParams.alpha'],
    [{ loss: 'BATCH_SELF_ADJUSTING_DSC', lossParams: { alpha: -1 } }, 'lossParams.alpha'],
    [{ loss: 'CE', lossParams: { ceWeight: 0.5 } }, 'lossParams.ceWeight'],
    [{ loss: 'WEIGHTED_CE', lossParams: { classWeights: [1, 2] } }, 'lossParams.classWeights'],
    [{ contextWidth: 9 }, 'contextWidth'],
    [{ learningRate: -0.01 }, 'learningRate'],
    [{ learningRate: 0 }, 'learningRate'],
    [{ epochs: 0 }, 'epochs'],
    [{ epochs: 100000 }, 'epochs'],
    [{ batchSize: 0 }, 'batchSize'],
    [{ hidden: 5000 }, 'hidden'],
    [{ hashBuckets: 3 }, 'hashBuckets'],
    [{ devFraction: 1 }, 'devFraction'],
    [{ name: '  ' }, 'name'],
    [{ spanSources: [] }, 'spanSources'],
  ];
  for (const [input, field] of cases) await refused(input, field);
  // loss is an enum: an unknown loss never reaches the service
  const unknown = await train(api, { name: 'bad', loss: 'hinge' });
  assert.equal(unknown.data, undefined);
  assert.match(unknown.errors![0]!.message, /LossKind/);
  const runs = await api.gql('{ trainingRuns { edges { node { id } } } }');
  assert.deepEqual(runs.data!.trainingRuns.edges, [], 'nothing was queued');
});

test('unknown run ids', async () => {
  const unknownRun = await api.gql('{ trainingRun(id: "nope") { id } }');
  assert.equal(unknownRun.data!.trainingRun, null);
  const cancelUnknown = await api.gql('mutation { cancelTraining(id: "nope") { id } }');
  assert.equal(cancelUnknown.errors![0].extensions!.code, 'NOT_FOUND');
  const badCursor = await api.gql('{ trainingRuns(after: "???") { edges { cursor } } }');
  assert.equal(badCursor.errors![0].extensions!.argument, 'after');
});
