/**
 * similarCases(k: 10, maxDepth: 2) over HTTP with 8 concurrent clients against the API
 * (createApi in-process, the engine from ONTOCASE_SIMILARITY_ENGINE, default index), on
 * synthetic corpora stored as concept sets through ReportRepository.upsert (no extraction):
 *   npm run bench:similar
 *   ONTOCASE_BENCH_SIZES=10000,50000,200000 ONTOCASE_BENCH_SECONDS=20 ONTOCASE_BENCH_CLIENTS=8
 * Uses a throw-away managed Neo4j (or NEO4J_URI, which it wipes: ONTOCASE_BENCH_ALLOW_WIPE=1).
 * RSS is the bench process: server and index (the load clients run in a process of their own).
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { createApi } from '../src/api/app';
import { createAppServices } from '../src/api/services';
import { rankInIndex } from '../src/similarity/memory/index-ranker';
import { InMemoryOntology } from '../src/similarity/core';
import { prng, storeWorld, toStored, type World } from '../test/support/similarity/random-world';
import { CorpusIndex } from '../src/similarity/memory/corpus-index';
import { OntologyIndex } from '../src/similarity/memory/ontology-index';
import { openBenchDatabase } from './support/bench-database';
import { mib, peakRssSampler } from './support/load';
import { errorSummary, forkLoad, openBenchSecurity } from './support/load-process';
import { syntheticOntology, syntheticReport } from './support/synthetic-corpus';

const QUERY = 'query($id: ID!) { similarCases(reportId: $id, k: 10, options: { maxDepth: 2 }) { score report { id } } }';
const env = (name: string, fallback: string): string => process.env[name] ?? fallback;

/** Every report of a 2 000-report corpus against the other 1 999, on an index built in memory. */
function leaveOneOut(size: number): void {
  const rand = prng(3);
  const { data, ids } = syntheticOntology(rand);
  const ontology = new OntologyIndex({
    concepts: data.concepts.map((c) => ({ id: c.id, tuis: c.semanticTypes })),
    isa: data.isa,
    synonyms: data.synonyms,
  });
  const corpus = new CorpusIndex(ontology);
  for (let n = 0; n < size; n += 1) {
    const r = syntheticReport(rand, ids, n);
    corpus.put({ id: r.id, edges: toStored(r).concepts });
  }
  const t0 = performance.now();
  for (let r = 0; r < corpus.size; r += 1) {
    const query = corpus.reportConcepts(r);
    rankInIndex(corpus, { query, options: { maxDepth: 2 }, k: 10, filter: { excludeReportIds: [query.id] } });
  }
  console.log(`leave-one-out over ${size} reports (index, TVERSKY maxDepth 2, k 10): ${(performance.now() - t0).toFixed(0)} ms`);
}

async function main(): Promise<void> {
  if (process.env.NEO4J_URI && process.env.ONTOCASE_BENCH_ALLOW_WIPE !== '1')
    throw new Error('NEO4J_URI is wiped: set ONTOCASE_BENCH_ALLOW_WIPE=1');
  const sizes = env('ONTOCASE_BENCH_SIZES', '10000,50000,200000').split(',').map(Number);
  const seconds = Number(env('ONTOCASE_BENCH_SECONDS', '20'));
  const clients = Number(env('ONTOCASE_BENCH_CLIENTS', '8'));
  leaveOneOut(2000);
  const db = await openBenchDatabase();
  try {
    for (const size of sizes) {
      const rand = prng(7);
      const { data, ids } = syntheticOntology(rand);
      const world: World = { data, view: new InMemoryOntology(data), ids, reports: [], modalities: new Map() };
      await db.reset();
      let t0 = performance.now();
      await storeWorld(db.executor, world);
      const none = { concepts: [], isa: [], synonyms: [] };
      for (let i = 0; i < size; i += 2000) {
        const batch = Array.from({ length: Math.min(2000, size - i) }, (_, j) => syntheticReport(rand, ids, i + j));
        await storeWorld(db.executor, { ...world, data: none, reports: batch });
      }
      const storeS = (performance.now() - t0) / 1000;
      const services = createAppServices(db.executor);
      t0 = performance.now();
      await services.similarityIndex?.load();
      const loadMs = performance.now() - t0;
      const api = await createApi({ services, security: openBenchSecurity() });
      const url = await api.listen(0, '127.0.0.1');
      const pick = prng(size);
      const reportId = (): string => `R${String(Math.floor(pick() * size)).padStart(7, '0')}`;
      const bodies = Array.from({ length: 5_000 }, () => JSON.stringify({ query: QUERY, variables: { id: reportId() } }));
      await forkLoad({ url, clients: 1, durationMs: 1_000, operations: [{ name: 'warm-up', bodies }] });
      const rss = peakRssSampler();
      const load = (await forkLoad({ url, clients, durationMs: seconds * 1000, operations: [{ name: 'similarCases', bodies }] }))
        .operations[0];
      const peak = rss.stop();
      if (load.errors > 0) process.exitCode = 1;
      await api.close();
      console.log(
        `${size} reports (${services.similarityIndex ? 'index' : 'cypher'}): stored in ${storeS.toFixed(1)} s, ` +
          `index load ${loadMs.toFixed(0)} ms; ${clients} clients (own process) ${seconds} s: ` +
          `p50 ${load.p50.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms, ${load.perSecond.toFixed(1)} req/s, ` +
          `${errorSummary(load)} errors, peak RSS ${mib(peak)}`,
      );
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
