/**
 * `npm run bench:ontology`: loader throughput (the shared MeSH tree; a generated UMLS
 * release of 2 M+ rows) and concept / ancestry / search latency over HTTP with 16 clients,
 * answered by Cypher and then by the in-process ontology, side by side in one run.
 */
import 'reflect-metadata';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApi } from '../src/api/app';
import { createAppServices } from '../src/api/services';
import { securityConfig } from '../src/security/security-config';
import { loadMeshTree } from '../src/ontology/mesh/mesh-loader';
import { loadUmls } from '../src/ontology/rrf/umls-loader';
import { mulberry32, writeSyntheticRrf } from '../tools/ontology/synthetic-rrf';
import { openBenchDatabase } from './support/bench-database';
import { graphqlOk, LoadResult, mib, peakRssSampler, runLoad } from './support/load';

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

const row = (name: string, r: LoadResult): string =>
  `| ${name} | ${r.requests} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} |`;

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

    // Open mode and no rate limit: the benchmark measures the API, not the limiter.
    const security = {
      ...securityConfig(),
      keysFile: '/nonexistent/keys.json',
      environmentKeys: undefined,
      rateLimit: { perSecond: 1e6, burst: 1e6 },
    };
    // Cypher answers until the in-process ontology is loaded: both engines in one run.
    const services = createAppServices(db.executor);
    const api = await createApi({ services, security });
    const url = await api.listen(0, '127.0.0.1');
    const descriptors = (await import('node:fs'))
      .readFileSync(MESH, 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'))
      .filter((p) => p.length === 3);
    const random = mulberry32(5);
    const pick = () => descriptors[Math.floor(random() * descriptors.length)];
    const ancestors = 'query($id: ID!) { concept(id: $id) { ancestors(maxDepth: 10) { distance concept { id name } } } }';
    const search = 'query($t: String!) { searchConcepts(text: $t, limit: 10) { score concept { id name } } }';
    const byId = 'query($id: ID!) { concept(id: $id) { id name } }';
    lines.push('', `HTTP, ${CLIENTS} concurrent clients, ${SECONDS} s each, MeSH graph:`, '');
    lines.push('| engine | operation | requests | req/s | p50 ms | p99 ms | errors |', '|---|---|---|---|---|---|---|');
    for (const engine of ['Cypher', 'in-process'] as const) {
      if (engine === 'in-process') await services.ontologyMemory!.load();
      await runLoad(4, 2000, () => graphqlOk(url, ancestors, { id: pick()[1] }));
      const single = await runLoad(1, SECONDS * 1000, () => graphqlOk(url, byId, { id: pick()[1] }));
      const concept = await runLoad(CLIENTS, SECONDS * 1000, () => graphqlOk(url, byId, { id: pick()[1] }));
      const ancestry = await runLoad(CLIENTS, SECONDS * 1000, () => graphqlOk(url, ancestors, { id: pick()[1] }));
      const searching = await runLoad(CLIENTS, SECONDS * 1000, () => {
        const words = pick()[2].split(/[ ,]+/);
        return graphqlOk(url, search, { t: words.slice(0, 1 + Math.floor(random() * 2)).join(' ') });
      });
      lines.push(
        row(`${engine} | concept(id), 1 client`, single),
        row(`${engine} | concept(id)`, concept),
        row(`${engine} | ancestors(maxDepth: 10)`, ancestry),
        row(`${engine} | searchConcepts(limit: 10)`, searching),
      );
    }
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
