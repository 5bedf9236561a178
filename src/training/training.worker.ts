/**
 * Worker-thread entry point: trains one tagger off the API's event loop and reports back
 * by message. Loaded from the compiled file next to this one (see worker-launcher.ts).
 * Messages carry numbers and model bytes only, never report text.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { TrainingCancelledError } from './errors';
import { trainTagger, type TrainProgress } from './trainer';
import type { WorkerInput, WorkerMessage } from './worker-launcher';

/** Step progress at most this often; every epoch is always reported. */
const STEP_REPORT_MS = 250;

const post = (message: WorkerMessage): void => parentPort!.postMessage(message);

/**
 * On Linux the nice value is per thread, and setpriority(pid 0) renices the calling thread:
 * this lowers the training thread only, so the API's thread and a local Neo4j win the CPU
 * on a small machine. Elsewhere (or when refused) training runs at normal priority.
 */
function lowerOwnPriority(niceness: number): void {
  try {
    setPriority(niceness);
  } catch {
    // not permitted or not supported: keep the default priority
  }
}

async function main(): Promise<void> {
  const input = workerData as WorkerInput;
  lowerOwnPriority(input.niceness ?? 19);
  const flag = new Int32Array(input.cancelFlag);
  const signal = {
    get aborted(): boolean {
      return Atomics.load(flag, 0) === 1;
    },
  };
  let lastReport = 0;
  const onProgress = (p: TrainProgress): void => {
    const now = Date.now();
    if (p.phase === 'step' && now - lastReport < STEP_REPORT_MS) return;
    lastReport = now;
    post({ type: 'progress', progress: p });
  };
  try {
    const result = await trainTagger(input.examples, input.config, onProgress, signal);
    post({ type: 'done', result });
  } catch (error) {
    if (error instanceof TrainingCancelledError) post({ type: 'cancelled' });
    else post({ type: 'failed', error: describe(error) });
  }
}

/** Name and first line only, clipped: enough to diagnose, too little to carry a document. */
export function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (text.split('\n')[0] ?? '').slice(0, 300);
}

void main();
