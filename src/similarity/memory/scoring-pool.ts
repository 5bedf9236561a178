/**
 * similarCases scored on worker threads, so the API's main thread (GraphQL, Bolt, every other
 * request) and the scoring use two cores. Each worker holds a replica of every live corpus
 * index (memory: one more index per worker), fed the same changes in the same order as the
 * main thread's (scoring-protocol.ts). A query goes to the worker with the fewest queries in
 * flight; when every worker already has QUEUE_DEPTH, the main thread scores it itself (same
 * answer), so a burst of similarCases alone uses both cores instead of queueing behind one.
 * If a worker fails, the pool stops: the queries it held are scored in the main thread on the
 * main thread's own index (which has every change the replica had), and so are later ones.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CorpusIndex, IndexedReport } from './corpus-index';
import { similarInIndex, type IndexSimilarAnswer, type IndexSimilarRequest } from './index-similar';
import type { OntologyRows } from './ontology-index';
import type { FromWorker, ToWorker } from './scoring-protocol';

/** ONTOCASE_SIMILARITY_WORKERS: scoring workers (0: score in the main thread); default 1 with two cores or more. */
export function scoringWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.ONTOCASE_SIMILARITY_WORKERS;
  if (value === undefined || value === '') return availableParallelism() > 1 ? 1 : 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64)
    throw new Error(`ONTOCASE_SIMILARITY_WORKERS must be an integer from 0 to 64, not "${value}"`);
  return n;
}

/** Queries a worker may have in flight before the main thread scores the next one itself. */
const QUEUE_DEPTH = 4;

interface Pending {
  corpus: CorpusIndex;
  request: IndexSimilarRequest;
  resolve: (answer: IndexSimilarAnswer) => void;
  reject: (error: Error) => void;
}

/** The worker's script; a test may name another (e.g. one that fails). */
const WORKER_SCRIPT = join(__dirname, 'scoring.worker.js');

export class ScoringPool {
  private readonly workers: Worker[];
  private readonly inFlight: number[];
  private readonly pending = new Map<number, Pending>();
  private readonly numbers = new WeakMap<CorpusIndex, number>();
  private nextCorpus = 0;
  private nextQuery = 0;
  private failed: Error | null = null;

  constructor(count: number, onFailure: (error: Error) => void = () => undefined, script: string = WORKER_SCRIPT) {
    this.workers = Array.from({ length: count }, () => new Worker(script));
    this.inFlight = this.workers.map(() => 0);
    this.workers.forEach((worker, w) => {
      worker.on('message', (message: FromWorker) => this.settle(w, message));
      const fail = (error: Error): void => {
        if (this.failed) return;
        this.failed = error;
        onFailure(error);
        void this.close();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`scoring worker exited with code ${code}`)));
      worker.unref(); // idle workers keep no process alive (after the listeners, which ref it again); a query in flight does
    });
  }

  /** Whether `corpus` can be scored here: the pool works, has a replica of it, and a worker has room. */
  serves(corpus: CorpusIndex): boolean {
    return this.failed === null && this.numbers.has(corpus) && Math.min(...this.inFlight) < QUEUE_DEPTH;
  }

  /** A new corpus index (empty, on `ontology`): each worker builds its replica. */
  mirror(corpus: CorpusIndex, ontology: OntologyRows): void {
    const n = this.nextCorpus++;
    this.numbers.set(corpus, n);
    this.broadcast({ op: 'create', corpus: n, ontology });
  }

  /** Reports put into `corpus`, in the order they were put. */
  put(corpus: CorpusIndex, reports: IndexedReport[]): void {
    const n = this.numbers.get(corpus);
    if (n !== undefined && reports.length > 0) this.broadcast({ op: 'put', corpus: n, reports });
  }

  /** `corpus` is no longer served: the replicas go. */
  drop(corpus: CorpusIndex): void {
    const n = this.numbers.get(corpus);
    if (n === undefined) return;
    this.numbers.delete(corpus);
    this.broadcast({ op: 'drop', corpus: n });
  }

  similar(corpus: CorpusIndex, request: IndexSimilarRequest): Promise<IndexSimilarAnswer> {
    const n = this.numbers.get(corpus);
    if (this.failed || n === undefined) return Promise.reject(this.failed ?? new Error('corpus not mirrored'));
    const w = this.inFlight.indexOf(Math.min(...this.inFlight));
    const id = this.nextQuery++;
    if (this.inFlight[w]++ === 0) this.workers[w].ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { corpus, request, resolve, reject });
      this.workers[w].postMessage({ op: 'similar', id, corpus: n, request } satisfies ToWorker);
    });
  }

  /** Stops the workers; queries they still held are answered in this thread. */
  async close(): Promise<void> {
    this.failed ??= new Error('the scoring pool is closed');
    this.answerHere();
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  /** A query a worker will not answer (it failed, or the pool closed) is not the caller's fault. */
  private answerHere(): void {
    for (const p of this.pending.values()) similarInIndex(p.corpus, p.request).then(p.resolve, p.reject);
    this.pending.clear();
  }

  private settle(w: number, message: FromWorker): void {
    const p = this.pending.get(message.id);
    if (!p) return;
    this.pending.delete(message.id);
    if (--this.inFlight[w] === 0) this.workers[w].unref();
    if ('error' in message) p.reject(new Error(message.error));
    else p.resolve(message.answer);
  }

  private broadcast(message: ToWorker): void {
    if (this.failed) return;
    for (const worker of this.workers) worker.postMessage(message);
  }
}
