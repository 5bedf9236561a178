/**
 * Loads a UMLS release (or the demo vocabulary, stored in the same layout) from its RRF
 * files: MRCONSO (concepts and strings), MRSTY (semantic types), MRREL (is-a, synonymy).
 * Streams every file, writes batches with MERGE, so a re-run adds nothing twice.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CypherRunner } from '../../db/executor';
import { BatchWriter } from '../loading/batch-writer';
import { InputFileError } from '../loading/line-source';
import { LoadReport } from '../loading/load-report';
import { readRecords } from '../loading/read-records';
import { ConsoRecord, parseConso, parseRel, parseSty, RelRecord, StyRecord } from './rrf-records';

export interface UmlsLoadOptions {
  /** Source vocabularies to keep (SAB), e.g. ['SNOMEDCT_US', 'MSH']; all when empty. */
  sources?: string[];
  /** Also read RB/RN (broader/narrower) as is-a. */
  includeBroaderNarrower?: boolean;
  batchSize?: number;
}

const DEFAULT_BATCH = 5_000;

function requireFile(dir: string, name: string): string {
  const path = join(dir, name);
  if (!existsSync(path)) throw new InputFileError(`${name} not found in ${dir}`);
  return path;
}

export async function loadUmls(runner: CypherRunner, dir: string, options: UmlsLoadOptions = {}): Promise<LoadReport> {
  const conso = requireFile(dir, 'MRCONSO.RRF');
  const sty = requireFile(dir, 'MRSTY.RRF');
  const rel = requireFile(dir, 'MRREL.RRF');
  const sources = options.sources && options.sources.length > 0 ? new Set(options.sources) : null;
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const report = new LoadReport();

  const concepts = new BatchWriter<ConsoRecord>(runner, 'ontology-load-concepts', batchSize);
  await readRecords(
    conso,
    'MRCONSO.RRF',
    (text) => parseConso(text, { sources }),
    (r) => concepts.add(r),
    report,
    () => concepts.flush(),
  );
  report.add('concept strings', concepts.written);

  const types = new BatchWriter<StyRecord>(runner, 'ontology-load-semantic-types', batchSize);
  await readRecords(
    sty,
    'MRSTY.RRF',
    (text) => parseSty(text),
    (r) => types.add(r),
    report,
    () => types.flush(),
  );
  report.add('semantic type assignments', types.matched);

  const isa = new BatchWriter<RelRecord>(runner, 'ontology-load-isa', batchSize);
  const synonyms = new BatchWriter<RelRecord>(runner, 'ontology-load-synonyms', batchSize);
  const relFilter = { sources, includeBroaderNarrower: options.includeBroaderNarrower ?? false };
  await readRecords(
    rel,
    'MRREL.RRF',
    (text) => parseRel(text, relFilter),
    (r) => (r.kind === 'ISA' ? isa.add(r) : synonyms.add(r.from < r.to ? r : { ...r, from: r.to, to: r.from })),
    report,
    async () => {
      await isa.flush();
      await synonyms.flush();
    },
  );
  report.add('is-a relations', isa.matched);
  report.add('synonym relations', synonyms.matched);
  const skipped = types.skipped + isa.skipped + synonyms.skipped;
  if (skipped > 0) report.add('rows skipped (concept not loaded)', skipped);
  // Every load stamps the graph, so running API instances notice it and reload their ontology.
  await runner.write('ontology-stamp');
  return report;
}
