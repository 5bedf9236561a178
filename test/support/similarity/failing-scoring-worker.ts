/** A scoring worker that dies on its first query (scoring-pool.test.ts: the pool's failure path). */
import { parentPort } from 'node:worker_threads';
import type { ToWorker } from '../../../src/similarity/memory/scoring-protocol';

parentPort!.on('message', (message: ToWorker) => {
  if (message.op === 'similar') throw new Error('scoring worker failed on purpose');
});
