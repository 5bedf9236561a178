/**
 * Several API instances on one Neo4j: two `npm start` processes (dist/src/cli/start.js) share
 * the test database; what is ingested through one is seen through the other — stored reads
 * (labels, reportCount) at once, the in-process similarity index (similarCases with its BM25
 * part, Concept.reports pages) and ontology within their check interval plus one reload (here 500 ms + a reload; the wait is bounded at 60 s).
 */
import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../../src/db/database';
import { loadUmls } from '../../../src/ontology/rrf/umls-loader';
import { DEMO_ONTOLOGY_DIR } from '../../../src/seed/demo-seed';
import { openTestDatabase, resetDatabase } from '../../support/integration';

const ROOT = resolve(__dirname, '../../../..');
const CHECK_MS = 500;
const WAIT_MS = 60_000;

interface Instance {
  url: string;
  child: ChildProcess;
  gql(query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: { message: string }[] }>;
}

/** Starts `node dist/src/cli/start.js` in open mode on a free loopback port; resolves when both indexes are loaded. */
function startInstance(): Promise<Instance> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: '0',
    ONTOCASE_DEMO_SEED: 'none',
    ONTOCASE_KEYS_FILE: '/nonexistent/ontocase-keys.json',
    ONTOCASE_SIMILARITY_INDEX_CHECK_MS: String(CHECK_MS),
    ONTOCASE_ONTOLOGY_CHECK_MS: String(CHECK_MS),
  };
  delete env.ONTOCASE_API_KEYS;
  const child = spawn(process.execPath, [join(ROOT, 'dist/src/cli/start.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    let url: string | null = null;
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      url ??= /GraphQL API ready at (\S+)\/graphql/.exec(output)?.[1]?.replace('localhost', '127.0.0.1') ?? null;
      if (url && /Similarity index loaded/.test(output) && /Ontology loaded in process/.test(output)) {
        child.stdout.off('data', onData);
        child.off('exit', onExit);
        const base = url;
        resolvePromise({
          url: base,
          child,
          async gql(query, variables) {
            const response = await fetch(`${base}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ query, variables }),
            });
            return (await response.json()) as { data?: any; errors?: { message: string }[] };
          },
        });
      }
    };
    const onExit = (code: number | null): void => reject(new Error(`the instance exited (${code}) before it was ready:\n${output}`));
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', onExit);
  });
}

const stop = (instance: Instance | undefined): Promise<void> =>
  new Promise((resolvePromise) => {
    if (!instance || instance.child.exitCode !== null) return resolvePromise();
    instance.child.once('exit', () => resolvePromise());
    instance.child.kill('SIGTERM');
  });

/** Polls until `check` is true; returns the milliseconds it took, or fails after WAIT_MS. */
async function eventually(what: string, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > WAIT_MS) assert.fail(`${what}: not seen within ${WAIT_MS} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let db: Database;
let a: Instance | undefined;
let b: Instance | undefined;

before(async () => {
  db = await openTestDatabase();
  await resetDatabase(db);
  await loadUmls(db.executor, DEMO_ONTOLOGY_DIR);
  [a, b] = await Promise.all([startInstance(), startInstance()]);
});
after(async () => {
  await Promise.all([stop(a), stop(b)]);
  await db.close();
});

describe('two API instances on one Neo4j', () => {
  test('reports ingested through one are seen through the other', async (t) => {
    const ingest = await a!.gql('mutation($r: [ReportInput!]!) { ingestReports(reports: $r) { created } }', {
      r: [
        { id: 'two-1', text: 'FINDINGS: Right lower lobe pneumonia. Small left pleural effusion.' },
        { id: 'two-2', text: 'FINDINGS: Left lower lobe pneumonia with a pleural effusion.' },
      ],
    });
    assert.equal(ingest.errors, undefined);
    assert.equal(ingest.data.ingestReports.created, 2);

    // Stored reads go to the graph: at once.
    const read = await b!.gql(
      '{ report(id: "two-1") { labels(labelSet: "chexpert") { label status } } concept(id: "D011014") { reportCount } }',
    );
    assert.equal(read.errors, undefined);
    const pneumonia = read.data.report.labels.find((l: { label: string }) => l.label === 'Pneumonia');
    assert.equal(pneumonia.status, 'POSITIVE');
    assert.equal(read.data.concept.reportCount, 2);

    // The in-process similarity index of the other instance: after its next check and reload.
    const lag = await eventually('two-2 among the similar cases of two-1 on the other instance', async () => {
      const similar = await b!.gql('{ similarCases(reportId: "two-1", k: 5) { report { id } } }');
      return (similar.data?.similarCases ?? []).some((c: { report: { id: string } }) => c.report.id === 'two-2');
    });
    t.diagnostic(`similarity index coherent after ${lag} ms (check every ${CHECK_MS} ms)`);
    // Concept.reports pages come from the index too: both reports once it reloaded (before, two-1
    // was unknown to it and similarCases above went to the graph). Then the hybrid's BM25 part
    // comes from the reloaded in-process lexical index.
    const pageLag = await eventually('both reports in the concept page on the other instance', async () => {
      const page = await b!.gql('{ concept(id: "D011014") { reports(first: 10) { edges { node { id } } } } }');
      const ids = (page.data?.concept?.reports?.edges ?? []).map((e: { node: { id: string } }) => e.node.id);
      return ids.join() === 'two-1,two-2';
    });
    t.diagnostic(`concept pages coherent after ${lag + pageLag} ms`);
    const hybrid = await b!.gql('{ similarCases(reportId: "two-1", k: 5) { report { id } explanation { lexical { bm25 rank } } } }');
    assert.equal(hybrid.errors, undefined);
    const two2 = hybrid.data.similarCases.find((c: { report: { id: string } }) => c.report.id === 'two-2');
    assert.ok(two2.explanation.lexical.bm25 > 0 && two2.explanation.lexical.rank === 1, JSON.stringify(two2));
  });

  test('an ontology load is seen by both in-process ontologies', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'ontocase-two-instances-'));
    writeFileSync(join(dir, 'MRCONSO.RRF'), 'C8000000|ENG|P|L1|PF|S1|Y|A1|||C8000000|MSH|PT|C8000000|Twin instance finding|0|N||\n');
    writeFileSync(join(dir, 'MRREL.RRF'), 'C8000000|A|CUI|PAR|D011014|A|CUI||R1||MSH||||N||\n');
    writeFileSync(join(dir, 'MRSTY.RRF'), 'C8000000|T047||Disease or Syndrome|AT1||\n');
    await loadUmls(db.executor, dir);
    for (const instance of [a!, b!]) {
      const lag = await eventually('the new concept through the in-process ontology', async () => {
        const response = await instance.gql('{ concept(id: "C8000000") { parents { id } } }');
        return response.data?.concept?.parents?.[0]?.id === 'D011014';
      });
      t.diagnostic(`ontology reloaded after ${lag} ms`);
    }
  });
});
