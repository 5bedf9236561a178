import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import { startTestApi, TestApi } from '../../support/api-client';
import { graphState as currentGraphState } from '../../support/graph-state';
import { openTestDatabase, resetDatabase } from '../../support/integration';

let db: Database;
let api: TestApi;

const REPORTS = [
  {
    id: 'r1',
    text: 'FINDINGS: Small right pleural effusion. No pneumothorax.\nIMPRESSION: Right lower lobe pneumonia.',
    modality: 'CR',
    studyDate: '2024-02-01',
  },
  { id: 'r2', text: 'FINDINGS: No focal consolidation, pleural effusion, pneumothorax, or pulmonary edema.' },
  { id: 'r3', text: 'INDICATION: Rule out pneumonia.\nFINDINGS: Possible left lower lobe atelectasis. Cardiomegaly.' },
];

const graphState = () => currentGraphState(db.executor);

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  api = await startTestApi(db.executor);
});
after(async () => {
  await api.close();
  await db.close();
});

const INGEST = `mutation($reports: [ReportInput!]!) { ingestReports(reports: $reports) { created updated failed errors { index id message } } }`;

describe('extract', () => {
  test('returns mentions with spans, assertions, concepts and modifiers, storing nothing', async () => {
    const text = 'FINDINGS: Small right pleural effusion. No pneumothorax.';
    const { data, errors } = await api.gql(
      `query($t: String!) { extract(text: $t) {
      executionProvider mentions { start end text assertion category source modifiers concept { id name } } } }`,
      { t: text },
    );
    assert.equal(errors, undefined);
    const byText = new Map(data!.extract.mentions.map((m: any) => [m.text.toLowerCase(), m]));
    const effusion: any = byText.get('pleural effusion');
    assert.equal(effusion.assertion, 'PRESENT');
    assert.equal(effusion.concept.id, 'D010996');
    assert.equal(text.slice(effusion.start, effusion.end), 'pleural effusion');
    assert.ok(effusion.modifiers.includes('laterality:right') && effusion.modifiers.includes('severity:small'));
    assert.equal((byText.get('pneumothorax') as any).assertion, 'ABSENT');
    assert.equal(data!.extract.executionProvider, null, 'no tagger is active');
    assert.equal((await graphState()).stats.reports, 0);
  });

  test('an empty text is refused naming the argument', async () => {
    const { errors } = await api.gql('{ extract(text: " ") { mentions { start } } }');
    assert.equal(errors![0].extensions!.code, 'BAD_USER_INPUT');
    assert.equal(errors![0].extensions!.argument, 'text');
  });
});

describe('ingestReports', () => {
  test('stores reports with their concept assertions; invalid items are reported, the rest stored', async () => {
    const bad = [
      { id: '', text: 'No effusion.' },
      { id: 'r9', text: '   ' },
      { id: 'r1', text: 'duplicate of r1' },
      { id: 'r8', text: 'x', studyDate: '2024-13-45' },
    ];
    const { data } = await api.gql(INGEST, { reports: [...REPORTS, ...bad] });
    assert.deepEqual(
      { ...data!.ingestReports, errors: data!.ingestReports.errors.map((e: any) => `${e.index}:${e.message}`) },
      {
        created: 3,
        updated: 0,
        failed: 4,
        errors: [
          '3:id must not be empty',
          '4:text must not be empty',
          '5:id appears more than once in this batch',
          '6:studyDate must be a date as YYYY-MM-DD',
        ],
      },
    );
    const report = await api.gql(
      `{ report(id: "r3") { id modality sections { name } concepts { assertion concept { id } } mentions { text section } } }`,
    );
    const concepts = report.data!.report.concepts.map((c: any) => `${c.concept.id}:${c.assertion}`).sort();
    assert.ok(concepts.includes('D006332:PRESENT'), `cardiomegaly present in ${concepts}`);
    assert.ok(
      concepts.some((c: string) => c.endsWith(':UNCERTAIN')),
      'atelectasis is uncertain',
    );
    assert.ok(!report.data!.report.mentions.some((m: any) => m.section === 'INDICATION'), 'the indication asserts nothing');
    assert.deepEqual(
      report.data!.report.sections.map((s: any) => s.name),
      ['INDICATION', 'FINDINGS'],
    );
    const negated = await api.gql(`{ report(id: "r2") { concepts { assertion } } }`);
    // The report with its concepts in one read, then the concept records (this API has no in-process ontology).
    assert.equal(negated.extensions!.cypherRoundTrips, 2, 'the report read brings its concepts');
    assert.ok(negated.data!.report.concepts.length >= 4);
    const absent = await api.gql(`{ report(id: "r2") { concepts(assertion: ABSENT) { assertion } } }`);
    assert.deepEqual(absent.data!.report.concepts, negated.data!.report.concepts, 'the same edges as the per-assertion statement');
    assert.ok(
      negated.data!.report.concepts.every((c: any) => c.assertion === 'ABSENT'),
      'the whole negated list is absent',
    );
  });

  test('ingesting the same reports again leaves the same graph', async () => {
    const before = await graphState();
    const { data } = await api.gql(INGEST, { reports: REPORTS });
    assert.deepEqual(data!.ingestReports, { created: 0, updated: 3, failed: 0, errors: [] });
    assert.deepEqual(await graphState(), before);
  });

  test('more than 1,000 reports in one call is refused', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => ({ id: `m${i}`, text: 'No effusion.' }));
    const { errors } = await api.gql(INGEST, { reports: many });
    assert.equal(errors![0].extensions!.code, 'BAD_USER_INPUT');
    assert.match(errors![0].message, /at most 1000/);
  });
});

describe('reading reports', () => {
  test('cursor pagination over all reports', async () => {
    const page = async (after: string | null) =>
      (
        await api.gql(
          `query($a: String) { reports(first: 2, after: $a) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
          { a: after },
        )
      ).data!.reports;
    const first = await page(null);
    assert.deepEqual(
      first.edges.map((e: any) => e.node.id),
      ['r1', 'r2'],
    );
    assert.equal(first.pageInfo.hasNextPage, true);
    const second = await page(first.pageInfo.endCursor);
    assert.deepEqual(
      second.edges.map((e: any) => e.node.id),
      ['r3'],
    );
    assert.equal(second.pageInfo.hasNextPage, false);
    const badCursor = await api.gql('{ reports(after: "???") { edges { cursor } } }');
    assert.equal(badCursor.errors![0].extensions!.argument, 'after');
  });

  test('reports and counts by concept, with descendants', async () => {
    // Pleural disease has no direct mention; effusion (r1 present, r2 absent) and pneumothorax
    // (r1, r2 absent) lie below it.
    const { data } = await api.gql(`{
      effusion: concept(id: "D010996") { present: reportCount(assertion: PRESENT) absent: reportCount(assertion: ABSENT) all: reportCount }
      pleural: concept(id: "D010995") { direct: reportCount subtree: reportCount(includeDescendants: true)
        reports(includeDescendants: true, assertion: ABSENT) { edges { node { id } } } }
      filtered: reports(filter: { concept: "D010996", assertion: PRESENT }) { edges { node { id } } }
    }`);
    assert.deepEqual(data!.effusion, { present: 1, absent: 1, all: 2 });
    assert.deepEqual(data!.pleural.direct, 0);
    assert.equal(data!.pleural.subtree, 2);
    assert.deepEqual(
      data!.pleural.reports.edges.map((e: any) => e.node.id),
      ['r1', 'r2'],
    );
    assert.deepEqual(
      data!.filtered.edges.map((e: any) => e.node.id),
      ['r1'],
    );
  });
});

describe('gold spans', () => {
  const ADD = `mutation($id: ID!, $spans: [SpanInput!]!) { addSpans(reportId: $id, spans: $spans) { spans { start end label } } }`;

  test('addSpans checks offsets, labels and overlaps, and stores nothing on error', async () => {
    const ok = await api.gql(ADD, { id: 'r1', spans: [{ start: 22, end: 38, label: 'OBS-DP' }] });
    assert.deepEqual(ok.data!.addSpans.spans, [{ start: 22, end: 38, label: 'OBS-DP' }]);
    const bad = await api.gql(ADD, {
      id: 'r1',
      spans: [
        { start: 43, end: 55, label: 'OBS-DA' },
        { start: 30, end: 40, label: 'OBS-DP' },
        { start: 5, end: 500, label: 'NOPE' },
      ],
    });
    assert.equal(bad.errors![0].extensions!.code, 'BAD_USER_INPUT');
    assert.match(bad.errors![0].message, /span 2 \[5, 500\): offsets must lie within the text/);
    assert.match(bad.errors![0].message, /unknown label "NOPE"/);
    assert.match(bad.errors![0].message, /span 1 \[30, 40\) overlaps stored span \[22, 38\)/);
    const stored = await api.gql('{ report(id: "r1") { spans { start } } }');
    assert.equal(stored.data!.report.spans.length, 1);
    const missing = await api.gql(ADD, { id: 'nope', spans: [] });
    assert.equal(missing.errors![0].extensions!.code, 'NOT_FOUND');
  });

  test('importSpans is all or nothing and can create reports', async () => {
    const IMPORT = 'mutation($j: String!) { importSpans(jsonl: $j) { reports spans createdReports } }';
    const good = JSON.stringify({ reportId: 'g1', text: 'Small left pneumothorax.', spans: [{ start: 11, end: 23, label: 'OBS-DP' }] });
    const wrong = JSON.stringify({ reportId: 'r2', spans: [{ start: 0, end: 4, label: 'BAD' }] });
    const failed = await api.gql(IMPORT, { j: `${good}\n${wrong}\nnot json` });
    assert.match(failed.errors![0].message, /stored nothing: 2 problem/);
    assert.match(failed.errors![0].message, /line 2: span 0 \[0, 4\): unknown label "BAD"/);
    assert.match(failed.errors![0].message, /line 3: not valid JSON/);
    assert.equal((await api.gql('{ report(id: "g1") { id } }')).data!.report, null);
    const done = await api.gql(IMPORT, { j: good });
    assert.deepEqual(done.data!.importSpans, { reports: 1, spans: 1, createdReports: 1 });
    const g1 = await api.gql('{ report(id: "g1") { spans { label } concepts { assertion } } }');
    assert.deepEqual(g1.data!.report.spans, [{ label: 'OBS-DP' }]);
  });
});
