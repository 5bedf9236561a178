/**
 * `npm run bench:load`: mixed read traffic from concurrent clients (a load-generator
 * process of their own) against the real server process (spawned, so its RSS can be read)
 * over the demo data plus a generated corpus, both rate limits lifted.
 * BENCH_SECONDS (60), BENCH_REPORTS (50000), BENCH_CLIENTS (16) make a short run possible.
 * BENCH_BASELINE=<another checkout, built> first runs the same load against that build's
 * server on the same data: before and after side by side in one run. BENCH_EACH=1 then
 * runs `{ __typename }`, concept(id) and each operation of the mix alone against each
 * server (the per-request overhead, and what dominates the mix).
 * Fails (exit 1) on any request error or growth of the server's live memory above 10 %: heap
 * and external memory after a forced full GC (memory-probe.ts) before and after the mix, so a
 * collection that happened to run just before one reading and not the other is no growth; RSS
 * is reported beside it.
 */
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAppServices } from '../src/api/services';
import { PROJECT_ROOT } from '../src/config';
import { generateReports } from '../tools/corpus';
import { readVocabulary } from '../tools/corpus/vocabulary.reader';
import { bulkIngest } from '../src/reports/bulk-ingest';
import { seedDemoOntology } from '../src/seed/demo-seed';
import { openBenchDatabase } from './support/bench-database';
import { errorSummary, forkLoad, OPEN_BENCH_ENV, totalErrors, type LoadOperation } from './support/load-process';
import { residentBytes, startServerProcess } from '../test/support/server-process';
import { loopUtilisation, memoryProbeEnv, settledMemory, type SettledMemory } from './support/memory-probe';
import { cpuShares, cpuSnapshot } from './support/process-cpu';

const env = (name: string, fallback: number): number => (process.env[name] ? Number(process.env[name]) : fallback);
const SECONDS = env('BENCH_SECONDS', 60);
const REPORTS = env('BENCH_REPORTS', 50_000);
const CLIENTS = env('BENCH_CLIENTS', 16);
/** BENCH_EACH=1: after the mix, the floor and each operation alone for BENCH_EACH_SECONDS (10). */
const EACH = process.env.BENCH_EACH === '1';
const EACH_SECONDS = env('BENCH_EACH_SECONDS', 10);
const BATCH = 500;
const CONCEPTS = ['D010996', 'D011014', 'D012140', 'D008171', 'D001261', 'D006332', 'D011030', 'D005355'];
const TERMS = ['effusion', 'pneumothorax', 'atelectasis', 'cardiomegaly', 'consolidation', 'edema', 'pneumonia', 'nodule'];
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function loadData(db: Awaited<ReturnType<typeof openBenchDatabase>>): Promise<string[]> {
  await seedDemoOntology(db.executor, console.log);
  const { ingest } = createAppServices(db.executor);
  const demo = await bulkIngest(join(PROJECT_ROOT, 'seed/corpus/reports.csv'), { id: 'id', text: ['findings', 'impression'] }, ingest, {
    quiet: true,
    restart: true,
  });
  console.log(`Demo corpus: ${demo.created + demo.updated} reports.`);
  const vocabulary = readVocabulary(
    join(PROJECT_ROOT, 'seed/ontology'),
    ['chexpert.json', 'chest-radiograph.json'].map((f) => join(PROJECT_ROOT, 'seed/label-sets', f)),
  );
  const ids: string[] = [];
  let batch: { id: string; text: string }[] = [];
  const started = performance.now();
  for (const report of generateReports(vocabulary, { count: REPORTS, seed: 2 })) {
    batch.push({ id: `load-${report.id}`, text: report.text });
    ids.push(`load-${report.id}`);
    if (batch.length === BATCH) {
      await ingest.ingest(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await ingest.ingest(batch);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Ingested ${REPORTS.toLocaleString('en-US')} generated reports in ${seconds.toFixed(1)} s (${(REPORTS / seconds).toFixed(0)} reports/s).`,
  );
  return ids;
}

interface Operation {
  name: string;
  request(i: number): { query: string; variables: Record<string, unknown> };
}

/** Each operation's bodies, built before the clients start. */
function operations(reportIds: string[]): LoadOperation[] {
  const pick = <T>(list: T[], i: number): T => list[(i * 7919) % list.length];
  const list: Operation[] = [
    {
      name: 'ancestry',
      request: (i) => ({
        query: 'query($id: ID!) { concept(id: $id) { id ancestors(maxDepth: 20) { distance concept { id name } } } }',
        variables: { id: pick(CONCEPTS, i) },
      }),
    },
    {
      name: 'search',
      request: (i) => ({
        query: 'query($t: String!) { searchConcepts(text: $t, limit: 10) { score concept { id } } }',
        variables: { t: pick(TERMS, i) },
      }),
    },
    {
      name: 'report by id',
      request: (i) => ({
        query: 'query($id: ID!) { report(id: $id) { id concepts { assertion concept { id } } } }',
        variables: { id: pick(reportIds, i) },
      }),
    },
    {
      name: 'reports by concept',
      request: (i) => ({
        query: 'query($id: ID!) { concept(id: $id) { reports(first: 10) { edges { node { id } } } } }',
        variables: { id: pick(CONCEPTS, i) },
      }),
    },
    {
      name: 'similar cases',
      request: (i) => ({
        query: 'query($id: ID!) { similarCases(reportId: $id, k: 10) { score report { id } } }',
        variables: { id: pick(reportIds, i) },
      }),
    },
    {
      name: 'report labels',
      request: (i) => ({
        query: 'query($id: ID!) { report(id: $id) { labels(labelSet: "chexpert") { label status } } }',
        variables: { id: pick(reportIds, i) },
      }),
    },
  ];
  return list.map((o) => ({ name: o.name, bodies: Array.from({ length: 5_000 }, (_, i) => JSON.stringify(o.request(i))) }));
}

const loadAverage = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

/** The floor of the stack and the cheapest in-process read, for the per-request overhead. */
const FLOOR: LoadOperation[] = [
  { name: '`{ __typename }`', bodies: [JSON.stringify({ query: '{ __typename }' })] },
  {
    name: 'concept(id) { id name }',
    bodies: CONCEPTS.map((id) => JSON.stringify({ query: 'query($id: ID!) { concept(id: $id) { id name } }', variables: { id } })),
  },
];

/** What dominates the mix: each operation alone from all clients, and its Cypher round trips. Returns the errors. */
async function eachAlone(url: string, ops: LoadOperation[]): Promise<number> {
  console.log(`\nEach operation alone, ${CLIENTS} clients, ${EACH_SECONDS} s (load average ${loadAverage()}):`);
  console.log('| operation | req/s | p50 ms | p99 ms | errors | Cypher round trips |\n|---|---|---|---|---|---|');
  let errors = 0;
  for (const op of ops) {
    const probe = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: op.bodies[0] });
    const roundTrips = ((await probe.json()) as { extensions?: { cypherRoundTrips?: number } }).extensions?.cypherRoundTrips;
    await forkLoad({ url, clients: CLIENTS, durationMs: 2_000, operations: [op] });
    const [o] = (await forkLoad({ url, clients: CLIENTS, durationMs: EACH_SECONDS * 1000, operations: [op] })).operations;
    errors += o.errors;
    console.log(
      `| ${o.name} | ${o.perSecond.toFixed(0)} | ${o.p50.toFixed(1)} | ${o.p99.toFixed(1)} | ${errorSummary(o)} | ${roundTrips ?? '?'} |`,
    );
  }
  return errors;
}

/** One server process under the mixed load; true when it passed (no error, RSS flat). */
async function measure(label: string, root: string | undefined, env: Record<string, string>, ops: LoadOperation[]): Promise<boolean> {
  const server = await startServerProcess({ ...env, ...memoryProbeEnv() }, 180_000, root);
  try {
    const job = { url: server.url, clients: CLIENTS, operations: ops };
    await forkLoad({ ...job, durationMs: Math.max(5_000, SECONDS * 150) }); // warm-up: JIT, pools and caches settle first
    const rssBefore = residentBytes(server.pid);
    const liveBefore = await settledMemory(server);
    const before = loadAverage();
    const cpuBefore = cpuSnapshot(server.pid);
    const result = await forkLoad({ ...job, durationMs: SECONDS * 1000 });
    const cpuAfter = cpuSnapshot(server.pid);
    const rssAfter = residentBytes(server.pid);
    const liveAfter = await settledMemory(server);
    const live = (m: SettledMemory): number => m.heapUsed + m.external;
    const growth = (live(liveAfter) - live(liveBefore)) / live(liveBefore);
    const errors = totalErrors(result);
    console.log(
      `\n${label}: ${CLIENTS} clients, ${result.seconds.toFixed(1)} s: ${result.perSecond.toFixed(0)} requests/s, ${errors} errors ` +
        `(load average ${before} before, ${loadAverage()} after)`,
    );
    console.log('| operation | requests | errors | p50 ms | p99 ms |\n|---|---|---|---|---|');
    for (const o of result.operations)
      console.log(`| ${o.name} | ${o.requests} | ${errorSummary(o)} | ${o.p50.toFixed(1)} | ${o.p99.toFixed(1)} |`);
    console.log(
      `Server live memory after a forced GC (heap + external): ${mib(live(liveBefore))} before, ${mib(live(liveAfter))} after ` +
        `(${(growth * 100).toFixed(1)} %, limit 10 %; heap ${mib(liveBefore.heapUsed)} → ${mib(liveAfter.heapUsed)}, ` +
        `external ${mib(liveBefore.external)} → ${mib(liveAfter.external)}). RSS: ${mib(rssBefore)} → ${mib(rssAfter)} as the run left it, ` +
        `${mib(liveBefore.rss)} → ${mib(liveAfter.rss)} after the GC.`,
    );
    console.log(
      `Where the time went: the server's event loop busy ${(loopUtilisation(liveBefore, liveAfter) * 100).toFixed(1)} % of the run; CPU ` +
        `${cpuShares(cpuBefore, cpuAfter, result.cpuMs, result.seconds)} (of 2 on the reference machine).`,
    );
    const alone = EACH ? await eachAlone(server.url, [...FLOOR, ...ops]) : 0;
    return errors === 0 && alone === 0 && growth <= 0.1;
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const db = await openBenchDatabase();
  try {
    await db.reset();
    const reportIds = (await loadData(db)).slice(0, 20_000);
    const env = {
      ...OPEN_BENCH_ENV,
      NEO4J_URI: db.connection.uri,
      NEO4J_USER: db.connection.user,
      NEO4J_PASSWORD: db.connection.password,
      ONTOCASE_KEYS_FILE: join(PROJECT_ROOT, '.ontocase', 'bench-no-keys.json'),
    };
    const ops = operations(reportIds);
    const baseline = process.env.BENCH_BASELINE;
    const passed = [
      ...(baseline ? [await measure(`Before (${baseline})`, resolve(baseline), env, ops)] : []),
      await measure('This build', undefined, env, ops),
    ];
    if (passed.includes(false)) process.exitCode = 1;
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
