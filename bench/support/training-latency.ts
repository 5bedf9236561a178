/**
 * Does training slow the API down? p50/p99 of a cheap query (a concept by id) over HTTP,
 * idle and then while a trainTagger run trains in its worker thread.
 */
import { createApi } from '../../src/api/app';
import type { AppServices } from '../../src/api/context';
import { graphqlOk, runLoad, type LoadResult } from './load';

const CHEAP = 'query($id: ID!) { concept(id: $id) { id name } }';

/** Idle is measured before and after the run, so drift in the machine's load shows. */
export async function trainingLatency(
  services: AppServices,
  seconds: number,
): Promise<{ idle: LoadResult; training: LoadResult; idleAfter: LoadResult; epochsDuring: number }> {
  const api = await createApi({ services });
  const url = await api.listen(0, '127.0.0.1');
  try {
    const ask = (): Promise<boolean> => graphqlOk(url, CHEAP, { id: 'D010996' });
    await runLoad(2, 1000, ask); // warm-up
    const idle = await runLoad(2, seconds * 1000, ask);
    const run = await services.training.start({ name: 'latency', loss: 'ce', epochs: 200, patience: 200, seed: 1 });
    while (services.training.liveProgress(run.id) === null) await new Promise((r) => setTimeout(r, 20));
    const training = await runLoad(2, seconds * 1000, ask);
    const epochsDuring = services.training.liveProgress(run.id)?.epoch ?? 0;
    await services.training.cancel(run.id);
    const idleAfter = await runLoad(2, seconds * 1000, ask);
    return { idle, training, idleAfter, epochsDuring };
  } finally {
    await api.close();
  }
}
