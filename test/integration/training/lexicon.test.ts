import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { parseMetadata } from '../../../src/extraction/tagger/core/weights';
import { readMetadataProps } from '../../../src/extraction/tagger/onnx/onnx-metadata';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import type { TestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { SMALL, startTrainingApi, storeSyntheticSpans, train, trainAndWait } from './support';

let db: Database;
let api: TestApi;

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  api = await startTrainingApi(db.executor);
  await storeSyntheticSpans(api, 40);
});
after(async () => {
  await api.close();
  await db.close();
});

const names = async (id: string): Promise<string[]> => {
  const { data } = await api.gql('query($id: ID!) { concept(id: $id) { name synonyms } }', { id });
  return [data!.concept.name, ...data!.concept.synonyms].map((n: string) => n.toLowerCase());
};

test('lexiconSemanticTypes: the names and synonyms of those concepts in the graph become the model lexicon', async () => {
  const run = await trainAndWait(api, { name: 'lexicon', ...SMALL, epochs: 2, lexiconSemanticTypes: ['T047'] });
  assert.equal(run.status, 'SUCCEEDED', run.error);
  const { data } = await api.gql(`{ taggers { id params { lexiconSemanticTypes lexiconTerms } } }`);
  const [model] = data!.taggers;
  assert.deepEqual(model.params.lexiconSemanticTypes, ['T047']);
  const stored = await api.services.training.repository.modelBytes(model.id);
  const meta = parseMetadata(readMetadataProps(Buffer.from(stored!.bytes, 'base64')).get('ontocase.tagger')!);
  const lexicon = meta.hashing.lexicon!;
  assert.equal(lexicon.length, model.params.lexiconTerms);
  assert.equal(new Set(lexicon).size, lexicon.length, 'distinct terms');
  for (const term of await names('D008171')) assert.ok(lexicon.includes(term), `T047 "Lung Diseases": ${term}`);
  for (const term of await names('D008168')) assert.ok(!lexicon.includes(term), `T023 "Lung" is not a disease: ${term}`);
  const plain = await trainAndWait(api, { name: 'plain', ...SMALL, epochs: 1 });
  const listed = await api.gql('{ taggers { id params { lexiconSemanticTypes lexiconTerms } } }');
  const other = listed.data!.taggers.find((t: { id: string }) => t.id === plain.model.id);
  assert.deepEqual(other.params, { lexiconSemanticTypes: [], lexiconTerms: 0 }, 'no lexicon unless asked for');
});

test('a malformed or absent semantic type is refused naming lexiconSemanticTypes', async () => {
  for (const types of [['effusion'], ['T999']]) {
    const { data, errors } = await train(api, { name: 'bad', ...SMALL, lexiconSemanticTypes: types });
    assert.equal(data, null);
    assert.equal(errors?.[0]?.extensions?.field, 'lexiconSemanticTypes', JSON.stringify(errors));
  }
});
