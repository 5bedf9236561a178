/** A training worker that reports one step and then crashes: the service must record FAILED. */
import { parentPort } from 'node:worker_threads';

parentPort!.postMessage({ type: 'progress', progress: { phase: 'step', epoch: 1, step: 1, loss: 1, devF1: null } });
setTimeout(() => {
  throw new Error('simulated worker crash');
}, 50);
