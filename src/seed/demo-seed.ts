/** Seeds the bundled demo data into an empty database; loading is MERGE-based, so re-runs are harmless. */
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config';
import type { AppServices } from '../api/context';
import type { CypherRunner } from '../db/executor';
import { loadUmls } from '../ontology/rrf/umls-loader';
import { trainDefaultTagger } from '../training/default-tagger';
import { seedDemoCorpus } from './demo-corpus';

export const DEMO_ONTOLOGY_DIR = join(PROJECT_ROOT, 'seed', 'ontology');

export async function isOntologyEmpty(runner: CypherRunner): Promise<boolean> {
  const [row] = await runner.read<{ empty: boolean }>('ontology-is-empty');
  return row.empty;
}

export async function seedDemoOntology(runner: CypherRunner, log: (line: string) => void): Promise<void> {
  log('Seeding the demo ontology (seed/ontology, RRF layout)…');
  const report = await loadUmls(runner, DEMO_ONTOLOGY_DIR);
  log(`Demo ontology loaded: ${report.summary()}`);
}

/** After the ontology: the demo corpus when bundled, then a default tagger on its gold spans. */
export async function seedDemoCorpusAndTagger(services: AppServices, log: (line: string) => void): Promise<void> {
  const corpus = await seedDemoCorpus(services, log);
  if (corpus.spans > 0) await trainDefaultTagger(services.training, log);
}
