/**
 * Rough latency of the Cypher similar-cases path on a generated corpus:
 *   NEO4J_URI=… ONTOCASE_BENCH_REPORTS=50000 node dist/bench/cypher-similarity.bench.js
 * Wipes the database. Concepts are drawn with a skewed (Zipf-like) frequency, as findings are.
 */
import { cypher } from '../src/db/cypher';
import { applySchema, connect } from '../src/db/database';
import { externalNeo4j } from '../src/config';
import { rankInGraph } from '../src/similarity/graph-similarity';
import { SimilarityService } from '../src/similarity/similarity.service';
import { InMemoryOntology, type ReportConcepts } from '../src/similarity/core';
import { prng, storeWorld, type World } from '../test/support/similarity/random-world';
import { syntheticOntology, syntheticReport } from './support/synthetic-corpus';

async function main(): Promise<void> {
  const connection = externalNeo4j();
  if (!connection || process.env.ONTOCASE_BENCH_ALLOW_WIPE !== '1') throw new Error('set NEO4J_URI and ONTOCASE_BENCH_ALLOW_WIPE=1');
  const db = await connect(connection);
  await applySchema(db.executor);
  const reportCount = Number(process.env.ONTOCASE_BENCH_REPORTS ?? 50_000);
  const rand = prng(7);
  const { data, ids } = syntheticOntology(rand);
  const reports: ReportConcepts[] = Array.from({ length: reportCount }, (_, n) => syntheticReport(rand, ids, n));
  const started = Date.now();
  await db.executor.runStatement(cypher('admin-clear-database'));
  const world: World = { data, view: new InMemoryOntology(data), ids, reports: [], modalities: new Map() };
  await storeWorld(db.executor, world);
  for (let i = 0; i < reports.length; i += 2000) {
    await storeWorld(db.executor, { ...world, data: { concepts: [], isa: [], synonyms: [] }, reports: reports.slice(i, i + 2000) });
  }
  console.log(`stored ${reportCount} reports in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const service = new SimilarityService(db.executor);
  for (const [name, options] of [
    ['TVERSKY maxDepth 2', { maxDepth: 2 }],
    ['JACCARD', { variant: 'JACCARD' as const }],
  ] as const) {
    const times: number[] = [];
    for (let q = 0; q < 40; q += 1) {
      const id = reports[Math.floor(rand() * reports.length)].id;
      const t0 = performance.now();
      const query = (await service.reportConcepts([id])).get(id)!;
      await rankInGraph(db.executor, { query, options, k: 10, filter: { excludeReportIds: [id] } });
      times.push(performance.now() - t0);
    }
    const sorted = times.slice(5).sort((a, b) => a - b); // first 5 warm the plan cache
    const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    console.log(`${name}: p50 ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms, max ${at(1).toFixed(0)} ms`);
  }
  await db.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
