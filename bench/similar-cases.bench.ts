/**
 * similarCases(reportId, k: 10, maxDepth: 2) on synthetic corpora stored as concept sets
 * (no extraction), three ways per size:
 *   1. in process on the index (no HTTP), TVERSKY and SYMMETRIC, against a brute-force
 *      TypeScript scan of the paper's flat measure (the yardstick of issue 12);
 *   2. over HTTP (createApi in-process), the pure index path (TVERSKY, lexicalWeight 0),
 *      1 client and N clients;
 *   3. over HTTP, the API default (hybrid: concepts + BM25, both on in-process indexes).
 *   npm run bench:similar
 *   ONTOCASE_BENCH_SIZES=10000,50000,200000 ONTOCASE_BENCH_SECONDS=20 ONTOCASE_BENCH_CLIENTS=8
 *   ONTOCASE_BENCH_QUERIES=400 ONTOCASE_BENCH_SCANS=10 (in-process queries and scans per size)
 *   ONTOCASE_BENCH_HTTP=0: part 1 only, no database (for profiling: node --cpu-prof)
 * Uses a throw-away managed Neo4j (or NEO4J_URI, which it wipes: ONTOCASE_BENCH_ALLOW_WIPE=1).
 * RSS is the bench process: server and index (the load clients run in a process of their own).
 */
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createApi } from '../src/api/app';
import { createAppServices } from '../src/api/services';
import { rankInIndex } from '../src/similarity/memory/index-ranker';
import { InMemoryOntology } from '../src/similarity/core';
import { prng, storeWorld, type World } from '../test/support/similarity/random-world';
import { openBenchDatabase } from './support/bench-database';
import { syntheticIndex, timeIndex, timePaperScan, type Timing } from './support/kernel-timing';
import { mib, peakRssSampler } from './support/load';
import { errorSummary, forkLoad, openBenchSecurity, type OperationResult } from './support/load-process';
import { syntheticOntology, syntheticReport } from './support/synthetic-corpus';

const query = (options: string): string =>
  `query($id: ID!) { similarCases(reportId: $id, k: 10, options: { ${options} }) { score report { id } } }`;
const METHODS = {
  'TVERSKY, index only (lexicalWeight 0)': query('maxDepth: 2, lexicalWeight: 0'),
  'hybrid default (TVERSKY + in-process BM25)': query('maxDepth: 2'),
};
const env = (name: string, fallback: string): string => process.env[name] ?? fallback;
const ms = (t: Timing | OperationResult): string => `p50 ${t.p50.toFixed(2)} ms, p99 ${t.p99.toFixed(2)} ms`;
/** The machine's 1-minute load average, printed with every figure (the machine is shared). */
const load = (): string => `load average ${loadavg()[0].toFixed(2)}`;

/** Every report of a 2 000-report corpus against the other 1 999, on an index built in memory. */
function leaveOneOut(size: number): void {
  const { corpus } = syntheticIndex(size, 3);
  const t0 = performance.now();
  for (let r = 0; r < corpus.size; r += 1) {
    const query = corpus.reportConcepts(r);
    rankInIndex(corpus, { query, options: { maxDepth: 2 }, k: 10, filter: { excludeReportIds: [query.id] } });
  }
  console.log(`leave-one-out over ${size} reports (index, TVERSKY maxDepth 2, k 10): ${(performance.now() - t0).toFixed(0)} ms`);
}

/** Part 1: the kernel in process and the brute-force yardstick; returns the scan's p50. */
function inProcess(size: number): number {
  const index = syntheticIndex(size);
  for (const variant of ['TVERSKY', 'SYMMETRIC'] as const) {
    const t = timeIndex(index, { variant, maxDepth: 2 }, Number(env('ONTOCASE_BENCH_QUERIES', '400')));
    console.log(`  in process, index ${variant}: ${ms(t)}, CPU ${t.cpu.toFixed(2)} ms/query, ${load()}`);
  }
  const scan = timePaperScan(index, Number(env('ONTOCASE_BENCH_SCANS', '10')));
  console.log(`  in process, brute-force scan of the paper's measure: ${ms(scan)} (same top 10 as the index's PAPER), ${load()}`);
  return scan.p50;
}

async function main(): Promise<void> {
  if (process.env.NEO4J_URI && process.env.ONTOCASE_BENCH_ALLOW_WIPE !== '1')
    throw new Error('NEO4J_URI is wiped: set ONTOCASE_BENCH_ALLOW_WIPE=1');
  const sizes = env('ONTOCASE_BENCH_SIZES', '10000,50000,200000').split(',').map(Number);
  const seconds = Number(env('ONTOCASE_BENCH_SECONDS', '20'));
  const clients = Number(env('ONTOCASE_BENCH_CLIENTS', '8'));
  leaveOneOut(2000);
  if (env('ONTOCASE_BENCH_HTTP', '1') === '0') {
    for (const size of sizes) {
      console.log(`${size} reports:`);
      inProcess(size);
    }
    return;
  }
  const db = await openBenchDatabase();
  try {
    for (const size of sizes) {
      console.log(`${size} reports:`);
      const scanP50 = inProcess(size);
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
      console.log(`  stored in ${storeS.toFixed(1)} s, index load ${(performance.now() - t0).toFixed(0)} ms`);
      const api = await createApi({ services, security: openBenchSecurity() });
      const url = await api.listen(0, '127.0.0.1');
      const pick = prng(size);
      const reportId = (): string => `R${String(Math.floor(pick() * size)).padStart(7, '0')}`;
      for (const [method, text] of Object.entries(METHODS)) {
        const bodies = Array.from({ length: 5_000 }, () => JSON.stringify({ query: text, variables: { id: reportId() } }));
        await forkLoad({ url, clients: 1, durationMs: 1_000, operations: [{ name: 'warm-up', bodies }] });
        for (const n of [1, clients]) {
          const rss = peakRssSampler();
          const run = (await forkLoad({ url, clients: n, durationMs: seconds * 1000, operations: [{ name: method, bodies }] }))
            .operations[0];
          if (run.errors > 0) process.exitCode = 1;
          const ratio = n === 1 ? `; brute-force scan p50 / this p50: ${(scanP50 / run.p50).toFixed(0)}×` : '';
          console.log(
            `  HTTP, ${method}, ${n} client${n === 1 ? '' : 's'} (own process) ${seconds} s: ${ms(run)}, ` +
              `${run.perSecond.toFixed(1)} req/s, ${errorSummary(run)} errors, peak RSS ${mib(rss.stop())}, ${load()}${ratio}`,
          );
        }
      }
      await api.close();
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
