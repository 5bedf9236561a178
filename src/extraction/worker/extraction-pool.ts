/**
 * Long texts are extracted on a worker thread (piscina: a maintained pool with queueing,
 * crash replacement and idle shutdown, rather than hand-written worker plumbing). One
 * extraction of a 200,000-character text is ~0.5 s of synchronous CPU; on the API's event
 * loop it would hold every other caller that long. Short texts stay on the main thread,
 * where they cost less than the round trip to a worker.
 */
import { join } from 'node:path';
import Piscina from 'piscina';
import type { DictionaryRecord } from '../core/dictionary';
import type { DocExtraction } from '../core/pipeline-set';
import type { ExtractionTask } from './extraction-task';

/** Texts at least this long go to the worker (about 30 typical reports' worth of text). */
export const DEFAULT_WORKER_MIN_CHARS = 20_000;
/** An idle worker exits after this long, freeing its copy of the dictionary. */
const IDLE_TIMEOUT_MS = 60_000;

/** The compiled worker beside this module (dist/src/extraction/worker/extraction.worker.js). */
const WORKER_FILE = join(__dirname, 'extraction.worker.js');

export class ExtractionPool {
  private readonly pool: Piscina<ExtractionTask, DocExtraction>;

  constructor(records: readonly DictionaryRecord[], threads = workerThreads()) {
    this.pool = new Piscina({
      filename: WORKER_FILE,
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: IDLE_TIMEOUT_MS,
      workerData: { records },
    });
  }

  run(task: ExtractionTask): Promise<DocExtraction> {
    return this.pool.run(task);
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}

/** ONTOCASE_EXTRACTION_THREADS (default 1: the API, Neo4j and training share few cores). */
export function workerThreads(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.ONTOCASE_EXTRACTION_THREADS;
  if (raw === undefined || raw === '') return 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`ONTOCASE_EXTRACTION_THREADS must be an integer from 1 to 64, got "${raw}"`);
  return n;
}
