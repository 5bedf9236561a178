/**
 * Runs trainTagger in a worker_threads Worker so training never blocks the API's event
 * loop. Cancellation is a SharedArrayBuffer flag the trainer polls between steps (a message
 * would only be read when the worker's loop turns); a worker that does not stop within
 * TERMINATE_AFTER_MS of a cancel is terminated.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from './config';
import type { TrainingExample } from './core/dataset';
import type { TrainProgress, TrainResult } from './trainer';

export interface WorkerInput {
  readonly examples: readonly TrainingExample[];
  readonly config: ResolvedConfig;
  readonly cancelFlag: SharedArrayBuffer;
  /** the training thread's nice value (default 19: the API and Neo4j win the CPU); benches measuring training time pass 0 */
  readonly niceness?: number;
}

export type WorkerMessage =
  | { type: 'progress'; progress: TrainProgress }
  | { type: 'done'; result: TrainResult }
  | { type: 'cancelled' }
  | { type: 'failed'; error: string };

type WorkerOutcome = { kind: 'succeeded'; result: TrainResult } | { kind: 'cancelled' } | { kind: 'failed'; error: string };

export interface TrainingJob {
  readonly outcome: Promise<WorkerOutcome>;
  cancel(): void;
}

/** The compiled worker beside this module (dist/src/training/training.worker.js). */
export const DEFAULT_WORKER_FILE = join(__dirname, 'training.worker.js');
const TERMINATE_AFTER_MS = 10_000;

export function startTrainingJob(
  input: Omit<WorkerInput, 'cancelFlag'>,
  onProgress: (p: TrainProgress) => void,
  workerFile = DEFAULT_WORKER_FILE,
): TrainingJob {
  const cancelFlag = new SharedArrayBuffer(4);
  const flag = new Int32Array(cancelFlag);
  const worker = new Worker(workerFile, { workerData: { ...input, cancelFlag } satisfies WorkerInput });
  let settled: WorkerOutcome | null = null;
  const outcome = new Promise<WorkerOutcome>((resolve) => {
    const settle = (o: WorkerOutcome): void => {
      if (settled !== null) return;
      settled = o;
      resolve(o);
      void worker.terminate();
    };
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress(m.progress);
      else if (m.type === 'done') settle({ kind: 'succeeded', result: m.result });
      else if (m.type === 'cancelled') settle({ kind: 'cancelled' });
      else settle({ kind: 'failed', error: m.error });
    });
    worker.on('error', (e) => settle({ kind: 'failed', error: `${e.name}: ${(e.message.split('\n')[0] ?? '').slice(0, 300)}` }));
    worker.on('exit', (code) => {
      if (Atomics.load(flag, 0) === 1) settle({ kind: 'cancelled' });
      else settle({ kind: 'failed', error: `training worker exited with code ${code}` });
    });
  });
  return {
    outcome,
    cancel() {
      Atomics.store(flag, 0, 1);
      setTimeout(() => void worker.terminate(), TERMINATE_AFTER_MS).unref();
    },
  };
}
