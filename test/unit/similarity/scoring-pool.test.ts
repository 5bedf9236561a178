/**
 * Scoring on a worker against scoring in the thread: the same cases, scores and explanations
 * (as JSON, byte for byte) for random queries, options and filters, also when reports are put
 * and replaced with queries in flight (a query sees every change posted before it).
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { requireOptions } from '../../../src/similarity/core/options';
import { explainRanking } from '../../../src/similarity/hybrid-ranker';
import { CorpusIndex, type IndexedReport } from '../../../src/similarity/memory/corpus-index';
import { caseExplainer } from '../../../src/similarity/memory/index-ranker';
import { similarInIndex, type IndexSimilarAnswer, type IndexSimilarRequest } from '../../../src/similarity/memory/index-similar';
import { OntologyIndex } from '../../../src/similarity/memory/ontology-index';
import { ScoringPool, scoringWorkers } from '../../../src/similarity/memory/scoring-pool';
import { randomFilter, randomOptions, randomQuery } from '../../support/similarity/random-cases';
import { prng, randomWorld, type World } from '../../support/similarity/random-world';
import { indexed } from './index-support';

const WORDS = ['effusion', 'pleural', 'small', 'left', 'right', 'opacity', 'no', 'pneumothorax', 'heart', 'size', 'normal', 'lobe'];
const pool = new ScoringPool(1);
after(() => pool.close());

function withText(report: IndexedReport, rand: () => number): IndexedReport {
  return { ...report, text: Array.from({ length: 3 + Math.floor(rand() * 12) }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ') };
}

/** The answer as the API serialises it: ids, scores and every explanation. */
function rendered(answer: IndexSimilarAnswer, request: IndexSimilarRequest, corpus: CorpusIndex): string {
  const opts = requireOptions(request.options);
  return JSON.stringify(
    explainRanking(answer, caseExplainer(request.query, corpus.ontology, opts), opts).map((c) => ({ ...c, explanation: c.explanation })),
  );
}

/** An empty corpus index on `world`'s ontology, mirrored in `scoring`. */
function mirroredCorpus(scoring: ScoringPool, world: World): CorpusIndex {
  const rows = {
    concepts: world.data.concepts.map((c) => ({ id: c.id, tuis: c.semanticTypes })),
    isa: world.data.isa,
    synonyms: world.data.synonyms,
  };
  const corpus = new CorpusIndex(new OntologyIndex(rows));
  scoring.mirror(corpus, rows);
  return corpus;
}

function randomRequest(rand: () => number, world: World): IndexSimilarRequest {
  const options = { ...randomOptions(rand, world.ids), lexicalWeight: [0, 0.2, 0.5][Math.floor(rand() * 3)] };
  const { query, exclude } = randomQuery(rand, world);
  const lexical = exclude.length > 0 ? { reportId: query.id } : { text: WORDS.filter(() => rand() < 0.3).join(' ') };
  return { query, lexical, options, k: 1 + Math.floor(rand() * 12), filter: randomFilter(rand, world, exclude) };
}

async function compare(corpus: CorpusIndex, requests: IndexSimilarRequest[]): Promise<number> {
  // All posted before any answer: the worker must keep them apart.
  const answers = await Promise.all(requests.map((request) => pool.similar(corpus, request)));
  let cases = 0;
  for (const [i, request] of requests.entries()) {
    assert.equal(rendered(answers[i], request, corpus), rendered(await similarInIndex(corpus, request), request, corpus), `request #${i}`);
    cases += answers[i].length;
  }
  return cases;
}

for (const seed of [4, 7, 11]) {
  test(`a worker scores as the thread does, seed ${seed}`, async (t) => {
    const rand = prng(seed);
    const world = randomWorld(rand, 30 + Math.floor(rand() * 30), 60 + Math.floor(rand() * 60));
    const corpus = mirroredCorpus(pool, world);
    const reports = world.reports.map((r) => withText(indexed(r, world), rand));
    const put = (batch: IndexedReport[]): void => {
      for (const report of batch) corpus.put(report);
      pool.put(corpus, batch);
    };
    put(reports.slice(0, 40));
    let cases = await compare(
      corpus,
      Array.from({ length: 60 }, () => randomRequest(rand, world)),
    );
    // New reports and new versions of stored ones, each change followed at once by queries.
    for (let i = 40; i < reports.length; i += 10) {
      put([...reports.slice(i, i + 10), withText(reports[Math.floor(rand() * i)], rand)]);
      const requests = Array.from({ length: 8 }, () => randomRequest(rand, world));
      const answers = requests.map((request) => pool.similar(corpus, request));
      const expected = await Promise.all(requests.map((request) => similarInIndex(corpus, request)));
      for (const [j, request] of requests.entries())
        assert.equal(rendered(await answers[j], request, corpus), rendered(expected[j], request, corpus), `after put ${i}, request #${j}`);
      cases += expected.reduce((n, a) => n + a.length, 0);
    }
    t.diagnostic(`${cases} ranked cases compared`);
    assert.ok(cases > 300);
    // A worker with 4 queries in flight takes no more: the caller scores the next one itself.
    const burst = Array.from({ length: 4 }, () => pool.similar(corpus, randomRequest(rand, world)));
    assert.equal(pool.serves(corpus), false);
    await Promise.all(burst);
    assert.equal(pool.serves(corpus), true);
    pool.drop(corpus);
    assert.equal(pool.serves(corpus), false);
    await assert.rejects(pool.similar(corpus, randomRequest(rand, world)), /not mirrored/);
  });
}

/** A corpus of a random world, mirrored in `scoring`, with the requests to ask it. */
function mirroredWorld(scoring: ScoringPool, seed: number): { corpus: CorpusIndex; requests: IndexSimilarRequest[] } {
  const rand = prng(seed);
  const world = randomWorld(rand, 40, 80);
  const corpus = mirroredCorpus(scoring, world);
  const reports = world.reports.map((r) => withText(indexed(r, world), rand));
  for (const report of reports) corpus.put(report);
  scoring.put(corpus, reports);
  return { corpus, requests: Array.from({ length: 4 }, () => randomRequest(rand, world)) };
}

async function assertAnsweredAsInThread(
  corpus: CorpusIndex,
  requests: IndexSimilarRequest[],
  answers: Promise<IndexSimilarAnswer>[],
): Promise<void> {
  for (const [i, request] of requests.entries())
    assert.equal(
      rendered(await answers[i], request, corpus),
      rendered(await similarInIndex(corpus, request), request, corpus),
      `request #${i}`,
    );
}

test('a worker that fails: its queries in flight are answered in the thread, and later ones are not sent to it', async () => {
  const failures: Error[] = [];
  const failing = new ScoringPool(
    1,
    (error) => failures.push(error),
    join(__dirname, '..', '..', 'support', 'similarity', 'failing-scoring-worker.js'),
  );
  try {
    const { corpus, requests } = mirroredWorld(failing, 5);
    assert.equal(failing.serves(corpus), true);
    await assertAnsweredAsInThread(
      corpus,
      requests,
      requests.map((request) => failing.similar(corpus, request)),
    );
    assert.equal(failures.length, 1);
    assert.match(failures[0].message, /failed on purpose/);
    assert.equal(failing.serves(corpus), false);
  } finally {
    await failing.close();
  }
});

test('closing the pool answers the queries still in flight', async () => {
  const closing = new ScoringPool(1);
  const { corpus, requests } = mirroredWorld(closing, 6);
  const answers = requests.map((request) => closing.similar(corpus, request));
  await closing.close();
  await assertAnsweredAsInThread(corpus, requests, answers);
});

test('ONTOCASE_SIMILARITY_WORKERS: a count from 0, refused otherwise', () => {
  assert.equal(scoringWorkers({ ONTOCASE_SIMILARITY_WORKERS: '0' }), 0);
  assert.equal(scoringWorkers({ ONTOCASE_SIMILARITY_WORKERS: '3' }), 3);
  assert.throws(() => scoringWorkers({ ONTOCASE_SIMILARITY_WORKERS: 'two' }), /ONTOCASE_SIMILARITY_WORKERS/);
  assert.throws(() => scoringWorkers({ ONTOCASE_SIMILARITY_WORKERS: '-1' }), /ONTOCASE_SIMILARITY_WORKERS/);
});
