/**
 * similarCases / compareReports over HTTP: explanations add up to the returned score,
 * results equal the reference, and bad arguments are refused naming the argument.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import {
  buildCorpusStats,
  rankCandidates,
  scoreFromExplanation,
  similarity,
  type Explanation,
  type Variant,
} from '../../../src/similarity/core';
import { startTestApi, type TestApi } from '../../support/api-client';
import { openTestDatabase, resetDatabase } from '../../support/integration';
import { prng, randomWorld, storeWorld, type World } from '../../support/similarity/random-world';

let db: Database;
let api: TestApi;
let world: World;

const EXPLANATION = `explanation {
  matched { queryConcept { id } caseConcept { id } relation distance credit weight queryWeight caseWeight queryAssertion caseAssertion }
  queryOnly { concept { id } weight assertion }
  caseOnly { concept { id } weight assertion }
  contradictions { queryConcept { id } caseConcept { id } queryAssertion caseAssertion weight scope }
  absentAgreements { queryConcept { id } caseConcept { id } weight }
  terms { I a b C alpha beta kappa }
  lexical { weight bm25 topBm25 rank }
}`;

const SIMILAR = `query ($reportId: ID, $text: String, $k: Int, $options: SimilarityOptionsInput, $filter: CaseFilterInput) {
  similarCases(reportId: $reportId, text: $text, k: $k, options: $options, filter: $filter) { report { id } score ${EXPLANATION} }
}`;

/** GraphQL explanation (concepts as objects) back to the reference's shape (ids). */
function toReference(e: any): Explanation {
  const id = (c: { id: string } | null): string => c?.id ?? '';
  return {
    matched: e.matched.map((m: any) => ({ ...m, queryConcept: id(m.queryConcept), caseConcept: id(m.caseConcept) })),
    queryOnly: e.queryOnly.map((u: any) => ({ ...u, concept: id(u.concept) })),
    caseOnly: e.caseOnly.map((u: any) => ({ ...u, concept: id(u.concept) })),
    contradictions: e.contradictions.map((c: any) => ({ ...c, queryConcept: id(c.queryConcept), caseConcept: id(c.caseConcept) })),
    absentAgreements: e.absentAgreements.map((c: any) => ({ ...c, queryConcept: id(c.queryConcept), caseConcept: id(c.caseConcept) })),
    terms: e.terms,
    lexical: e.lexical,
  };
}

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  world = randomWorld(prng(5), 40, 60);
  await storeWorld(db.executor, world);
  api = await startTestApi(db.executor);
});
after(async () => {
  await api.close();
  await db.close();
});

describe('similarCases', () => {
  const optionSets: Record<string, unknown>[] = [
    {},
    { variant: 'SYMMETRIC', maxDepth: 4, useIdf: true, absentBonus: 0.5 },
    { variant: 'PAPER' },
    { variant: 'JACCARD' },
    { variant: 'DICE', minScore: 0.2 },
    {
      maxDepth: 6,
      decay: 1,
      uncertainFactor: 1,
      semanticTypeWeights: [{ tui: 'T033', weight: 2 }],
      focusConcepts: [{ id: 'C0003', weight: 4 }],
    },
  ];

  test('explanations add up to the GraphQL score and the ranking equals the reference', async () => {
    const corpus = buildCorpusStats(world.reports, world.view);
    let checked = 0;
    for (const [n, options] of optionSets.entries()) {
      for (const query of world.reports.slice(n * 5, n * 5 + 5)) {
        const res = await api.gql(SIMILAR, { reportId: query.id, k: 10, options });
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
        const cases = res.data!.similarCases as { report: { id: string }; score: number; explanation: unknown }[];
        const variant = ((options.variant as string) ?? 'TVERSKY') as Variant;
        for (const c of cases) {
          assert.ok(Math.abs(scoreFromExplanation(toReference(c.explanation), variant) - c.score) <= 1e-12);
          checked += 1;
        }
        const refOptions = { ...options, semanticTypeWeights: options.semanticTypeWeights ? { T033: 2 } : undefined };
        const others = world.reports.filter((r) => r.id !== query.id);
        const want = rankCandidates(query, others, world.view, refOptions as never, 100, corpus).filter((s) => s.score > 0);
        assert.deepEqual(
          cases.map((c) => c.report.id),
          want.slice(0, 10).map((s) => s.reportId),
        );
      }
    }
    assert.ok(checked > 50, `only ${checked} cases checked`);
  });

  test('compareReports scores any pair, 0 included, and equals the reference', async () => {
    const query = `query ($a: ID!, $b: ID!, $options: SimilarityOptionsInput) { compareReports(a: $a, b: $b, options: $options) { score ${EXPLANATION} } }`;
    for (const variant of ['TVERSKY', 'SYMMETRIC', 'PAPER', 'JACCARD', 'DICE']) {
      for (const [x, y] of [
        [0, 1],
        [2, 2],
        [3, 9],
      ] as const) {
        const [a, b] = [world.reports[x], world.reports[y]];
        const res = await api.gql(query, { a: a.id, b: b.id, options: { variant, useIdf: variant === 'SYMMETRIC', lexicalWeight: 0 } });
        assert.equal(res.errors, undefined, JSON.stringify(res.errors));
        const want = similarity(
          a,
          b,
          world.view,
          { variant: variant as Variant, useIdf: variant === 'SYMMETRIC', lexicalWeight: 0 },
          buildCorpusStats(world.reports, world.view),
        );
        assert.ok(Math.abs(res.data!.compareReports.score - want.score) <= 1e-9, `${variant} ${a.id} ${b.id}`);
        assert.ok(
          Math.abs(scoreFromExplanation(toReference(res.data!.compareReports.explanation), variant as Variant) - want.score) <= 1e-9,
        );
      }
    }
  });

  test('refusals name the argument or option field', async () => {
    const id = world.reports[0].id;
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{}, 'BAD_USER_INPUT', /reportId and text/],
      [{ reportId: id, text: 'no effusion' }, 'BAD_USER_INPUT', /reportId and text/],
      [{ reportId: id, k: 101 }, 'BAD_USER_INPUT', /k/],
      [{ reportId: id, options: { alpha: 2 } }, 'BAD_USER_INPUT', /options\.alpha/],
      [{ reportId: id, options: { maxDepth: 7 } }, 'BAD_USER_INPUT', /options\.maxDepth/],
      [{ reportId: id, options: { decay: 0 } }, 'BAD_USER_INPUT', /options\.decay/],
      [{ reportId: 'nope' }, 'NOT_FOUND', /nope/],
    ];
    for (const [variables, code, message] of cases) {
      const res = await api.gql(SIMILAR, variables);
      assert.equal(res.errors?.[0]?.extensions?.code, code, JSON.stringify(variables));
      assert.match(res.errors[0].message, message);
    }
  });

  test('a text query is extracted on the fly', async () => {
    const res = await api.gql(SIMILAR, { text: 'No effusion.', k: 3 });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.ok(Array.isArray(res.data!.similarCases));
  });
});
