/**
 * Rough latency of the Cypher similar-cases path on a generated corpus:
 *   NEO4J_URI=… ONTOCASE_BENCH_REPORTS=50000 node dist/bench/similarity.bench.js
 * Wipes the database. Concepts are drawn with a skewed (Zipf-like) frequency, as findings are.
 */
import { cypher } from '../src/db/cypher';
import { applySchema, connect } from '../src/db/database';
import { externalNeo4j } from '../src/config';
import { rankInGraph } from '../src/similarity/graph-similarity';
import { SimilarityService } from '../src/similarity/similarity.service';
import { InMemoryOntology, type ReportConcepts } from '../src/similarity';
import { prng, storeWorld, type World } from '../test/integration/similarity/random-world';

async function main(): Promise<void> {
  const connection = externalNeo4j();
  if (!connection || process.env.ONTOCASE_BENCH_ALLOW_WIPE !== '1') throw new Error('set NEO4J_URI and ONTOCASE_BENCH_ALLOW_WIPE=1');
  const db = await connect(connection);
  await applySchema(db.executor);
  const reportCount = Number(process.env.ONTOCASE_BENCH_REPORTS ?? 50_000);
  const rand = prng(7);
  const conceptCount = 3000;
  const ids = Array.from({ length: conceptCount }, (_, i) => `C${String(i).padStart(7, '0')}`);
  const tuis = ['T047', 'T046', 'T033', 'T023', 'T017'];
  const data = {
    concepts: ids.map((id) => ({ id, semanticTypes: [tuis[Math.floor(rand() * tuis.length)] as string] })),
    isa: ids.slice(10).flatMap((id, i) => {
      const parents = new Set([ids[Math.floor(rand() * (i + 10))] as string]);
      if (rand() < 0.2) parents.add(ids[Math.floor(rand() * (i + 10))] as string);
      return [...parents].map((p) => [id, p] as [string, string]);
    }),
    synonyms: Array.from({ length: 200 }, () => [ids[Math.floor(rand() * conceptCount)], ids[Math.floor(rand() * conceptCount)]] as [string, string])
      .filter(([a, b]) => a !== b).map(([a, b]) => (a < b ? [a, b] : [b, a]) as [string, string]),
  };
  const zipf = (): string => ids[Math.min(conceptCount - 1, Math.floor(Math.pow(rand(), 2.5) * conceptCount))] as string;
  const reports: ReportConcepts[] = Array.from({ length: reportCount }, (_, n) => {
    const chosen = [...new Set(Array.from({ length: 3 + Math.floor(rand() * 8) }, zipf))];
    const present: string[] = [], absent: string[] = [], uncertain: string[] = [];
    for (const id of chosen) { const x = rand(); (x < 0.5 ? present : x < 0.85 ? absent : uncertain).push(id); }
    return { id: `R${String(n).padStart(7, '0')}`, present, absent, uncertain };
  });
  const started = Date.now();
  await db.executor.runStatement(cypher('admin-clear-database'));
  const world: World = { data, view: new InMemoryOntology(data), ids, reports: [], modalities: new Map() };
  await storeWorld(db.executor, world);
  for (let i = 0; i < reports.length; i += 2000) {
    await storeWorld(db.executor, { ...world, data: { concepts: [], isa: [], synonyms: [] }, reports: reports.slice(i, i + 2000) });
  }
  console.log(`stored ${reportCount} reports in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const service = new SimilarityService(db.executor);
  for (const [name, options] of [['TVERSKY maxDepth 2', { maxDepth: 2 }], ['JACCARD', { variant: 'JACCARD' as const }]] as const) {
    const times: number[] = [];
    for (let q = 0; q < 40; q += 1) {
      const id = reports[Math.floor(rand() * reports.length)]!.id;
      const t0 = performance.now();
      const query = (await service.reportConcepts([id])).get(id)!;
      await rankInGraph(db.executor, { query, options, k: 10, filter: { excludeReportIds: [id] } });
      times.push(performance.now() - t0);
    }
    const sorted = times.slice(5).sort((a, b) => a - b); // first 5 warm the plan cache
    const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
    console.log(`${name}: p50 ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms, max ${at(1).toFixed(0)} ms`);
  }
  await db.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
