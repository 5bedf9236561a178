/**
 * Property-based fuzzing of the main operations (seeded, bounded): whatever the strings,
 * numbers and lists, every answer is data or errors with a known code — never a 500.
 */
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import type { Database } from '../../../src/db/database';
import { seedDemoOntology } from '../../../src/seed/demo-seed';
import { startTestApi, TestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { assertCodedAnswer } from './codes';

const RUNS = { seed: 20240601, numRuns: 120 };

let db: Database;
let api: TestApi;

/** Any string: full code-point range with lone surrogates and control characters, some near-real ids. */
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom('\u0000', '\u0007', '\u001b', '\ud800', '\udfff', '\ufffd', '\u202e', '"', '\\', '\n'),
    maxLength: 20,
  }),
  fc.constantFrom('D010996', 'D011014', 'fz-1', '', ' ', 'effusion', 'pleural effusion'),
);
/** Numbers and things sent where numbers belong. */
const anyNumber = fc.oneof(
  fc.integer(),
  fc.integer({ min: -3, max: 30 }),
  fc.double(),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e308, 'NaN', 'Infinity', null, true, [], {}),
);
const anyValue = fc.oneof(anyString, anyNumber, fc.array(anyString, { maxLength: 5 }));

async function check(query: string, variables: Record<string, unknown>): Promise<void> {
  assertCodedAnswer(await api.gql(query, variables), `${query} ${JSON.stringify(variables)}`);
}

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await seedDemoOntology(db.executor, () => undefined);
  api = await startTestApi(db.executor, { rateLimit: { perSecond: 1e6, burst: 1e6 } });
  await api.gql(
    'mutation { ingestReports(reports: [{ id: "fz-1", text: "FINDINGS: Small right pleural effusion. No pneumothorax." }]) { created } }',
  );
});
after(async () => {
  await api.close();
  await db.close();
});

test('searchConcepts', () =>
  fc.assert(
    fc.asyncProperty(anyValue, anyNumber, (text, limit) =>
      check('query($t: String!, $l: Int!) { searchConcepts(text: $t, limit: $l) { score matched concept { id } } }', { t: text, l: limit }),
    ),
    RUNS,
  ));

test('concept and ancestors', () =>
  fc.assert(
    fc.asyncProperty(anyValue, anyNumber, anyValue, (id, depth, other) =>
      check(
        'query($id: ID!, $d: Int!, $o: ID!) { concept(id: $id) { id ancestors(maxDepth: $d) { distance concept { id } } isDescendantOf(id: $o) pathTo(id: $o) { id } } }',
        { id, d: depth, o: other },
      ),
    ),
    RUNS,
  ));

test('extract', () =>
  fc.assert(
    fc.asyncProperty(fc.oneof(anyValue, fc.string({ unit: 'binary', maxLength: 400 })), (text) =>
      check('query($t: String!) { extract(text: $t) { mentions { start end assertion concept { id } } } }', { t: text }),
    ),
    RUNS,
  ));

test('ingestReports', () =>
  fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.record(
          { id: anyValue, text: anyValue, studyDate: fc.option(anyValue), modality: fc.option(anyString) },
          { requiredKeys: ['id', 'text'] },
        ),
        { maxLength: 4 },
      ),
      (reports) =>
        check('mutation($r: [ReportInput!]!) { ingestReports(reports: $r) { created updated failed errors { index message } } }', {
          r: reports,
        }),
    ),
    { ...RUNS, numRuns: 60 },
  ));

test('addSpans', () =>
  fc.assert(
    fc.asyncProperty(
      fc.oneof(fc.constant('fz-1'), anyString),
      fc.array(fc.record({ start: anyNumber, end: anyNumber, label: fc.oneof(fc.constantFrom('OBS-DP', 'ANAT-DP'), anyString) }), {
        maxLength: 4,
      }),
      (reportId, spans) =>
        check('mutation($id: ID!, $s: [SpanInput!]!) { addSpans(reportId: $id, spans: $s) { id spans { start } } }', {
          id: reportId,
          s: spans,
        }),
    ),
    RUNS,
  ));

test('reports with filters', () =>
  fc.assert(
    fc.asyncProperty(
      anyNumber,
      fc.option(anyValue),
      fc.record({
        concept: fc.option(anyValue),
        assertion: fc.option(fc.oneof(fc.constantFrom('PRESENT', 'ABSENT', 'UNCERTAIN'), anyString)),
        includeDescendants: fc.oneof(fc.boolean(), anyNumber),
      }),
      (first, after, filter) =>
        check(
          'query($f: Int!, $a: String, $filter: ReportFilter) { reports(first: $f, after: $a, filter: $filter) { edges { cursor node { id concepts { assertion } } } pageInfo { hasNextPage } } }',
          { f: first, a: after, filter },
        ),
    ),
    RUNS,
  ));
