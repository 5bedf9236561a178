/**
 * `npm run bench:scoring-pool`: similarCases scored on a worker (scoring-pool.ts) against the
 * main thread, no Neo4j and no HTTP. BENCH_REPORTS (50,000) generated reports with their text
 * and gold concepts, indexed as the similarity index's loader does; QUERIES stored-report
 * queries `similarCases(reportId, k: 10)` with the hybrid default: every answer, explanations
 * included, must be byte-identical (JSON) on both paths; the main thread's CPU per query on
 * each path; and what the worker's replica costs (process RSS after a forced GC, before and
 * after the replica is built). Run with --expose-gc (the npm script does).
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../src/config';
import { requireOptions } from '../src/similarity/core/options';
import { explainRanking } from '../src/similarity/hybrid-ranker';
import { CorpusIndex, type IndexedReport } from '../src/similarity/memory/corpus-index';
import { caseExplainer } from '../src/similarity/memory/index-ranker';
import { similarInIndex, type IndexSimilarAnswer, type IndexSimilarRequest } from '../src/similarity/memory/index-similar';
import { OntologyIndex, type OntologyRows } from '../src/similarity/memory/ontology-index';
import { ScoringPool } from '../src/similarity/memory/scoring-pool';
import { generateReports } from '../tools/corpus';
import { readVocabulary } from '../tools/corpus/vocabulary.reader';
import { mib, percentile } from './support/load';
import { statCpuMs } from './support/proc';

const REPORTS = Number(process.env.BENCH_REPORTS ?? 50_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1_000);

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
/** CPU ms of this process's main thread (its thread id is the pid), from /proc. */
function mainThreadMs(): number {
  const ms = statCpuMs(`/proc/${process.pid}/task/${process.pid}/stat`);
  if (ms === null) throw new Error('bench:scoring-pool reads CPU time from /proc (Linux only)');
  return ms;
}
const rssAfterGc = (): number => {
  gc();
  return process.memoryUsage().rss;
};

function corpusOf(): { rows: OntologyRows; reports: IndexedReport[] } {
  const vocabulary = readVocabulary(
    join(PROJECT_ROOT, 'seed/ontology'),
    ['chexpert.json', 'chest-radiograph.json'].map((f) => join(PROJECT_ROOT, 'seed/label-sets', f)),
  );
  const rows: OntologyRows = {
    concepts: [...vocabulary.strings.keys()].map((id) => ({ id, tuis: vocabulary.semanticTypes.get(id) ?? [] })),
    isa: [...vocabulary.parents].flatMap(([id, parents]) => parents.map((p) => [id, p] as const)),
    synonyms: [],
  };
  const reports: IndexedReport[] = [];
  for (const report of generateReports(vocabulary, { count: REPORTS, seed: 2 })) {
    const edges = Object.entries(report.labels).map(([conceptId, assertion]) => ({ conceptId, assertion }));
    reports.push({ id: report.id, text: report.text, edges });
  }
  return { rows, reports };
}

const rendered = (answer: IndexSimilarAnswer, request: IndexSimilarRequest, corpus: CorpusIndex): string => {
  const opts = requireOptions(request.options);
  return JSON.stringify(
    explainRanking(answer, caseExplainer(request.query, corpus.ontology, opts), opts).map((c) => ({ ...c, explanation: c.explanation })),
  );
};

async function main(): Promise<void> {
  if (!(globalThis as { gc?: () => void }).gc) throw new Error('run with node --expose-gc');
  const { rows, reports } = corpusOf();
  const corpus = new CorpusIndex(new OntologyIndex(rows));
  for (const report of reports) corpus.put(report);
  const rssWithout = rssAfterGc();
  const pool = new ScoringPool(1);
  const started = performance.now();
  pool.mirror(corpus, rows);
  for (let at = 0; at < reports.length; at += 10_000) pool.put(corpus, reports.slice(at, at + 10_000));
  const request = (q: number): IndexSimilarRequest => {
    const id = reports[(q * 7919) % reports.length].id;
    const r = corpus.indexOf(id)!;
    return { query: corpus.reportConcepts(r), lexical: { reportId: id }, options: {}, k: 10, filter: { excludeReportIds: [id] } };
  };
  await pool.similar(corpus, request(0)); // answered once the replica has every report
  const replicaSeconds = (performance.now() - started) / 1000;
  const rssWith = rssAfterGc();
  console.log(
    `${REPORTS.toLocaleString('en-US')} generated reports; the worker's replica built in ${replicaSeconds.toFixed(1)} s; ` +
      `process RSS after a forced GC ${mib(rssWithout)} without the worker, ${mib(rssWith)} with it (+${mib(rssWith - rssWithout)}).`,
  );
  for (let q = 0; q < 50; q += 1) {
    await similarInIndex(corpus, request(q)); // warm-up, both paths
    await pool.similar(corpus, request(q));
  }
  let identical = 0;
  const timing = { thread: [] as number[], worker: [] as number[] };
  const cpu = { thread: 0, worker: 0 };
  for (let q = 0; q < QUERIES; q += 1) {
    const asked = request(q);
    // Timed: the ranking alone (what a request asking for ids and scores costs); compared: everything, explanations too.
    let cpu0 = mainThreadMs();
    let t0 = performance.now();
    const inThread = await similarInIndex(corpus, asked);
    timing.thread.push(performance.now() - t0);
    cpu.thread += mainThreadMs() - cpu0;
    cpu0 = mainThreadMs();
    t0 = performance.now();
    const onWorker = await pool.similar(corpus, asked);
    timing.worker.push(performance.now() - t0);
    cpu.worker += mainThreadMs() - cpu0;
    const [here, there] = [rendered(inThread, asked, corpus), rendered(onWorker, asked, corpus)];
    if (here === there) identical += 1;
  }
  const p = (list: number[], at: number): string =>
    percentile(
      [...list].sort((x, y) => x - y),
      at,
    ).toFixed(2);
  console.log(`${identical} of ${QUERIES} answers byte-identical (ids, scores, explanations as JSON).`);
  console.log('| path | p50 ms | p99 ms | main-thread CPU per query, ms |\n|---|---|---|---|');
  console.log(`| main thread | ${p(timing.thread, 50)} | ${p(timing.thread, 99)} | ${(cpu.thread / QUERIES).toFixed(2)} |`);
  console.log(`| worker | ${p(timing.worker, 50)} | ${p(timing.worker, 99)} | ${(cpu.worker / QUERIES).toFixed(2)} |`);
  await pool.close();
  if (identical !== QUERIES) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
