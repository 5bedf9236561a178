/**
 * Hierarchy-aware labels from the graph: negation, uncertainty, descendants and synonyms,
 * No Finding; the service equals the pure assignLabels over the in-memory view, and the
 * corpus prevalence equals the per-report labels counted.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { assignLabels, type LabelSet } from '../../../src/labels';
import { labelSetSource } from '../../../src/labels/label-set.store';
import { LabelService } from '../../../src/labels/label.service';
import { InMemoryOntology, type OntologyData, type ReportConcepts } from '../../../src/similarity/core';
import { startTestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { storeWorld } from '../../support/similarity/random-world';

const data: OntologyData = {
  concepts: [
    { id: 'CM', semanticTypes: ['T047'] },
    { id: 'EFF', semanticTypes: ['T046'] },
    { id: 'LD', semanticTypes: ['T047'] },
    { id: 'LLLP', semanticTypes: ['T047'] },
    { id: 'PN', semanticTypes: ['T047'] },
    { id: 'PNT', semanticTypes: ['T047'] },
    { id: 'PTX', semanticTypes: ['T047'] },
    { id: 'TUBE', semanticTypes: ['T074'] },
  ],
  isa: [
    ['PN', 'LD'],
    ['LLLP', 'PN'],
    ['PTX', 'LD'],
  ],
  synonyms: [['PN', 'PNT']],
};

const set: LabelSet = {
  name: 'test',
  description: 'hand-written',
  noFindingLabel: 'No Finding',
  labels: [
    { name: 'Pneumonia', concepts: ['PN'], finding: true },
    { name: 'Effusion', concepts: ['EFF'], finding: true },
    { name: 'Pneumothorax', concepts: ['PTX'], finding: true },
    { name: 'Support Devices', concepts: ['TUBE'], finding: false },
  ],
};

const r = (id: string, present: string[] = [], absent: string[] = [], uncertain: string[] = []): ReportConcepts => ({
  id,
  present,
  absent,
  uncertain,
});
const reports = [
  r('R1', ['LLLP']), // a descendant carries the label
  r('R2', [], ['PNT'], ['EFF']), // a synonym, negated; an uncertain finding rules out No Finding
  r('R3', ['PN'], ['LLLP']), // absent beats present
  r('R4', ['TUBE'], ['PTX']), // a device is not a finding
  r('R5'), // nothing mentioned
  r('R6', ['CM', 'LD']), // outside the set; an ancestor does not carry the child's label
];

let db: Database;
let service: LabelService;
before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  const view = new InMemoryOntology(data);
  await storeWorld(db.executor, { data, view, ids: [], reports, modalities: new Map() });
  service = new LabelService(db.executor, labelSetSource([set]));
});
after(async () => db.close());

const status = (labels: { label: string; status: string }[]): Record<string, string> =>
  Object.fromEntries(labels.map((l) => [l.label, l.status]));

describe('LabelService', () => {
  test('negation, uncertainty, descendants, synonyms and No Finding', async () => {
    const labels = await service.labelsOf(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'unknown'], 'test');
    assert.equal(labels.has('unknown'), false);
    assert.deepEqual(status(labels.get('R1')!), {
      Pneumonia: 'POSITIVE',
      Effusion: 'NOT_MENTIONED',
      Pneumothorax: 'NOT_MENTIONED',
      'Support Devices': 'NOT_MENTIONED',
      'No Finding': 'NOT_MENTIONED',
    });
    assert.deepEqual(labels.get('R1')![0].evidence, ['LLLP']);
    assert.deepEqual(status(labels.get('R2')!), {
      Pneumonia: 'NEGATIVE',
      Effusion: 'UNCERTAIN',
      Pneumothorax: 'NOT_MENTIONED',
      'Support Devices': 'NOT_MENTIONED',
      'No Finding': 'NOT_MENTIONED',
    });
    assert.equal(status(labels.get('R3')!).Pneumonia, 'NEGATIVE');
    assert.deepEqual(labels.get('R3')![0].evidence, ['LLLP']);
    assert.deepEqual(status(labels.get('R4')!), {
      Pneumonia: 'NOT_MENTIONED',
      Effusion: 'NOT_MENTIONED',
      Pneumothorax: 'NEGATIVE',
      'Support Devices': 'POSITIVE',
      'No Finding': 'POSITIVE',
    });
    assert.equal(status(labels.get('R5')!)['No Finding'], 'POSITIVE');
    assert.equal(status(labels.get('R6')!)['No Finding'], 'POSITIVE');
    assert.equal(status(labels.get('R6')!).Pneumonia, 'NOT_MENTIONED');
  });

  test('equals assignLabels over the in-memory ontology', async () => {
    const view = new InMemoryOntology(data);
    const labels = await service.labelsOf(
      reports.map((x) => x.id),
      'test',
    );
    for (const report of reports) {
      const mentions = [
        ...report.present.map((conceptId) => ({ conceptId, assertion: 'PRESENT' as const })),
        ...report.absent.map((conceptId) => ({ conceptId, assertion: 'ABSENT' as const })),
        ...report.uncertain.map((conceptId) => ({ conceptId, assertion: 'UNCERTAIN' as const })),
      ]
        .sort((x, y) => (x.conceptId < y.conceptId ? -1 : 1))
        .map((m) => ({ ...m, mentionId: m.conceptId }));
      assert.deepEqual(
        labels.get(report.id),
        assignLabels(set, mentions, (id, a) => view.isDescendantOrSelf(id, a)),
        report.id,
      );
    }
  });

  test('prevalence equals the per-report labels counted', async () => {
    const labels = await service.labelsOf(
      reports.map((x) => x.id),
      'test',
    );
    const want = [...set.labels.map((l) => l.name), 'No Finding'].map((label) => {
      const count = (s: string): number => [...labels.values()].filter((ls) => ls.find((l) => l.label === label)!.status === s).length;
      return {
        label,
        positive: count('POSITIVE'),
        negative: count('NEGATIVE'),
        uncertain: count('UNCERTAIN'),
        notMentioned: count('NOT_MENTIONED'),
      };
    });
    assert.deepEqual(await service.prevalence('test'), want);
  });

  test('GraphQL: label sets list and an unknown set is NOT_FOUND', async () => {
    const api = await startTestApi(db.executor);
    try {
      const sets = await api.gql('{ labelSets { name labels { name finding concepts { id } } } }');
      assert.equal(sets.errors, undefined, JSON.stringify(sets.errors));
      assert.ok(Array.isArray(sets.data!.labelSets));
      const res = await api.gql('{ labelPrevalence(labelSet: "no such set") { label positive } }');
      assert.equal(res.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    } finally {
      await api.close();
    }
  });
});
