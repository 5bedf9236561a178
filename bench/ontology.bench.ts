/**
 * `npm run bench:ontology`: loader throughput (the shared MeSH tree; a generated UMLS
 * release of 2 M+ rows) and concept / ancestry / search latency over HTTP with 16 clients,
 * answered by Cypher and then by the in-process ontology, side by side in one run, with
 * `{ __typename }` as the floor of the stack. The load clients run in their own process;
 * both rate limits are lifted and any error fails the bench (exit code 1).
 * BENCH_UMLS_CONCEPTS (340000) and BENCH_SECONDS (10) shorten a development run.
 */
import 'reflect-metadata';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApi } from '../src/api/app';
import { createAppServices } from '../src/api/services';
import { loadMeshTree } from '../src/ontology/mesh/mesh-loader';
import { loadUmls } from '../src/ontology/rrf/umls-loader';
import { mulberry32, writeSyntheticRrf } from '../tools/ontology/synthetic-rrf';
import { openBenchDatabase } from './support/bench-database';
import { mib, peakRssSampler } from './support/load';
import { errorSummary, forkLoad, openBenchSecurity, type OperationResult } from './support/load-process';

const MESH = resolve(__dirname, '../../../shared/data/mesh-2017-tree.tsv');
const UMLS_CONCEPTS = Number(process.env.BENCH_UMLS_CONCEPTS ?? 340_000);
const CLIENTS = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peakRss: number }> {
  const sampler = peakRssSampler();
  const t0 = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - t0) / 1000, peakRss: sampler.stop() };
}

const row = (engine: string, operation: string, clients: number, r: OperationResult): string => {
  if (r.errors > 0) process.exitCode = 1; // a refusal is no answer: every row must be error-free
  return `| ${engine} | ${operation} | ${clients} | ${r.requests} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${errorSummary(r)} |`;
};

const loadAverage = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

async function main(): Promise<void> {
  if (!existsSync(MESH)) throw new Error(`The shared MeSH tree is required: ${MESH}`);
  const db = await openBenchDatabase();
  const lines: string[] = [];
  try {
    const dir = mkdtempSync(join(tmpdir(), 'ontocase-umls-'));
    const generated = await writeSyntheticRrf(dir, { concepts: UMLS_CONCEPTS, stringsPerConcept: 3, seed: 11 });
    console.log(`Generated a UMLS-format release of ${generated.rows.toLocaleString('en-US')} rows.`);
    const umls = await timed(() => loadUmls(db.executor, dir));
    rmSync(dir, { recursive: true, force: true });
    await db.reset();

    const mesh = await timed(() => loadMeshTree(db.executor, MESH));
    lines.push('| input | rows | seconds | rows/s | loader peak RSS |', '|---|---|---|---|---|');
    lines.push(
      `| MeSH 2017 tree (shared) | 57,840 | ${mesh.seconds.toFixed(1)} | ${(57_840 / mesh.seconds).toFixed(0)} | ${mib(mesh.peakRss)} |`,
    );
    lines.push(
      `| generated UMLS RRF (${UMLS_CONCEPTS.toLocaleString('en-US')} concepts) | ${generated.rows.toLocaleString('en-US')} | ${umls.seconds.toFixed(1)} | ${(generated.rows / umls.seconds).toFixed(0)} | ${mib(umls.peakRss)} |`,
    );

    const services = createAppServices(db.executor);
    const api = await createApi({ services, security: openBenchSecurity() });
    const url = await api.listen(0, '127.0.0.1');
    const descriptors = readFileSync(MESH, 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'))
      .filter((p) => p.length === 3);
    const random = mulberry32(5);
    const pick = () => descriptors[Math.floor(random() * descriptors.length)];
    const bodies = (query: string, variables: () => Record<string, unknown>): string[] =>
      Array.from({ length: 4_000 }, () => JSON.stringify({ query, variables: variables() }));
    const ancestors = bodies('query($id: ID!) { concept(id: $id) { ancestors(maxDepth: 10) { distance concept { id name } } } }', () => ({
      id: pick()[1],
    }));
    const byId = bodies('query($id: ID!) { concept(id: $id) { id name } }', () => ({ id: pick()[1] }));
    const search = bodies('query($t: String!) { searchConcepts(text: $t, limit: 10) { score concept { id name } } }', () => {
      const words = pick()[2].split(/[ ,]+/);
      return { t: words.slice(0, 1 + Math.floor(random() * 2)).join(' ') };
    });
    const load = async (name: string, clients: number, list: string[], ms = SECONDS * 1000): Promise<OperationResult> =>
      (await forkLoad({ url, clients, durationMs: ms, operations: [{ name, bodies: list }] })).operations[0];
    lines.push(
      '',
      `HTTP, load clients in their own process, ${SECONDS} s each, MeSH graph (load average ${loadAverage()} at the start):`,
      '',
    );
    lines.push('| engine | operation | clients | requests | req/s | p50 ms | p99 ms | errors |', '|---|---|---|---|---|---|---|---|');
    const typename = [JSON.stringify({ query: '{ __typename }' })];
    await load('warm-up', CLIENTS, typename, 2_000);
    lines.push(row('—', '`{ __typename }` (the floor of the stack)', 1, await load('typename', 1, typename)));
    lines.push(row('—', '`{ __typename }` (the floor of the stack)', CLIENTS, await load('typename', CLIENTS, typename)));
    // Cypher answers until the in-process ontology is loaded: both engines in one run.
    for (const engine of ['Cypher', 'in-process'] as const) {
      if (engine === 'in-process') await services.ontologyMemory!.load();
      await load('warm-up', 4, ancestors, 2_000);
      lines.push(
        row(engine, 'concept(id)', 1, await load('concept', 1, byId)),
        row(engine, 'ancestors(maxDepth: 10)', 1, await load('ancestors', 1, ancestors)),
        row(engine, 'concept(id)', CLIENTS, await load('concept', CLIENTS, byId)),
        row(engine, 'ancestors(maxDepth: 10)', CLIENTS, await load('ancestors', CLIENTS, ancestors)),
        row(engine, 'searchConcepts(limit: 10)', CLIENTS, await load('search', CLIENTS, search)),
      );
    }
    lines.push('', `Load average at the end: ${loadAverage()}.`);
    await api.close();
  } finally {
    await db.close();
  }
  console.log(`\n${lines.join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
