/**
 * `npm start`: Neo4j (managed unless NEO4J_URI is set), the demo data when the database is
 * empty, and the GraphQL API on http://localhost:4000/graphql.
 */
import 'reflect-metadata';
import { createApi } from '../api/app';
import { createAppServices } from '../api/services';
import { httpHost, httpPort } from '../config';
import { openDatabase } from '../db/database';
import { isOntologyEmpty, seedDemoCorpusAndTagger, seedDemoOntology } from '../seed/demo-seed';

const say = (line: string): void => console.log(line);

/** ONTOCASE_DEMO_SEED: full (ontology, 2,000 demo reports, default tagger), ontology, or none. */
function demoSeed(): 'full' | 'ontology' | 'none' {
  const value = process.env.ONTOCASE_DEMO_SEED ?? 'full';
  if (value !== 'full' && value !== 'ontology' && value !== 'none') {
    throw new Error(`ONTOCASE_DEMO_SEED must be full, ontology or none, got "${value}"`);
  }
  return value;
}
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const SHUTDOWN_LIMIT_MS = 9_000;

function exampleQueries(url: string): string {
  const ancestry = '{ concept(id: \\"D010996\\") { name synonyms ancestors(maxDepth: 3) { distance concept { id name } } } }';
  const search = '{ searchConcepts(text: \\"effusion\\", limit: 5) { score matched concept { id name } } }';
  return [
    `GraphQL API ready at ${url}/graphql`,
    `Dashboard at ${url}/`,
    'Try:',
    `  curl -s ${url}/graphql -H 'content-type: application/json' -d '{"query":"${ancestry}"}'`,
    `  curl -s ${url}/graphql -H 'content-type: application/json' -d '{"query":"${search}"}'`,
    'Press Ctrl-C to stop (Neo4j stops with it).',
  ].join('\n');
}

async function main(): Promise<void> {
  const database = await openDatabase(say);
  const services = createAppServices(database.executor);
  let api: Awaited<ReturnType<typeof createApi>> | undefined;
  let stopping = false;
  // The in-process copies' graph checks stop before the driver closes (no "pool closed" noise).
  const stopWatching: (() => void)[] = [];
  const shutdown = async (signal: string): Promise<void> => {
    // A second Ctrl-C means now: the watchdog stops a managed Neo4j left behind.
    if (stopping) process.exit(130);
    stopping = true;
    say(`\n${signal}: stopping… (again to exit at once)`);
    // Whatever failed before (Neo4j killed, a hung step), the process is gone within 10 s.
    setTimeout(() => {
      say(`Shutdown took over ${SHUTDOWN_LIMIT_MS / 1000} s; exiting.`);
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    for (const stop of stopWatching) stop();
    await api?.close().catch(() => undefined);
    await services.training.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  // A refused bind address fails at once, before minutes of seeding.
  api = await createApi({ services });
  const host = httpHost();
  if (api.openMode) {
    if (!LOOPBACK.has(host)) {
      throw new Error(`No API keys are configured, so the server may only bind to 127.0.0.1, not ${host}. Create keys with \`npm run keys -- create --role admin --name me\`.`);
    }
    say('!!! OPEN DEMO MODE: no API keys configured; every local caller is admin. Bound to 127.0.0.1 only. !!!');
  }
  // Before any work: fail runs a previous process left unfinished, bring the active tagger back.
  await services.training.recover(say);
  const seed = demoSeed();
  if (seed !== 'none' && (await isOntologyEmpty(database.executor))) {
    await seedDemoOntology(database.executor, say);
    if (seed === 'full') await seedDemoCorpusAndTagger(services, say);
  } else if (seed !== 'none') say('Database already holds an ontology; skipping the demo seed.');

  const ontology = services.ontologyMemory;
  if (ontology) {
    // Cypher answers ontology reads until the snapshot is loaded; a failed load leaves it that way.
    ontology
      .load()
      .then(() => say(`Ontology loaded in process: ${ontology.current?.graph.size ?? 0} concepts.`))
      .catch((error: unknown) => say(`Ontology not loaded in process (${error instanceof Error ? error.message : String(error)}); using Cypher.`));
    stopWatching.push(
      ontology.watch(Number(process.env.ONTOCASE_ONTOLOGY_CHECK_MS ?? 5_000), (error) =>
        say(`Ontology check failed: ${error instanceof Error ? error.message : String(error)}`),
      ),
    );
  }
  const index = services.similarityIndex;
  if (index) {
    // Cypher answers similarCases until the index is loaded; a failed load leaves it that way.
    const started = Date.now();
    index
      .load()
      .then(() => say(`Similarity index loaded: ${index.current?.size ?? 0} reports in ${Date.now() - started} ms.`))
      .catch((error: unknown) => say(`Similarity index not loaded (${error instanceof Error ? error.message : String(error)}); using Cypher.`));
    stopWatching.push(
      index.watch(Number(process.env.ONTOCASE_SIMILARITY_INDEX_CHECK_MS ?? 60_000), (error) =>
        say(`Similarity index check failed: ${error instanceof Error ? error.message : String(error)}`),
      ),
    );
  }
  const provider = services.extractor.executionProvider;
  say(provider ? `Tagger execution provider: ${provider}.` : 'No tagger is active: extraction uses the dictionary and rules only.');
  const url = await api.listen(httpPort(), host);
  say(exampleQueries(url));
}

main().catch((error: unknown) => {
  console.error(`ontocase could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
