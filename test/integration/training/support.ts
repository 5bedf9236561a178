/** Shared set-up of the training integration tests: an API with options, data, polling. */
import { createApi } from '../../../src/api/app';
import type { AppServices } from '../../../src/api/context';
import { createAppServices } from '../../../src/api/services';
import type { Neo4jExecutor } from '../../../src/db/executor';
import type { TrainingOptions } from '../../../src/training/training.service';
import type { TestApi } from '../../support/api-client';
import { syntheticReports } from '../../support/training/synthetic';

/** Like startTestApi, with training options (e.g. a worker that fails on purpose). */
export async function startTrainingApi(executor: Neo4jExecutor, training: TrainingOptions = {}): Promise<TestApi> {
  const services: AppServices = createAppServices(executor, training);
  const api = await createApi({ services });
  const url = await api.listen(0, '127.0.0.1');
  return {
    url,
    api,
    services,
    async gql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await services.training.close();
      await api.close();
    },
  };
}

/** `count` synthetic reports stored with their gold spans through the public API. */
export async function storeSyntheticSpans(api: TestApi, count: number, seed = 7): Promise<void> {
  const jsonl = syntheticReports(count, seed)
    .map((r) => JSON.stringify({ reportId: r.reportId, text: r.text, spans: r.spans }))
    .join('\n');
  const { errors } = await api.gql('mutation($j: String!) { importSpans(jsonl: $j) { reports } }', { j: jsonl });
  if (errors) throw new Error(errors[0].message);
}

const RUN_FIELDS = 'id status error progress { epoch step loss devF1 } startedAt finishedAt model { id }';

/** Small and quick: a few epochs, small hidden layer, few hash buckets. */
export const SMALL = { epochs: 6, hidden: 16, embeddingDim: 16, hashBuckets: 8192, batchSize: 8, learningRate: 0.02 };

export async function train(api: TestApi, input: Record<string, unknown>): Promise<{ data?: any; errors?: any[] }> {
  return api.gql(`mutation($input: TrainTaggerInput!) { trainTagger(input: $input) { ${RUN_FIELDS} } }`, { input });
}

/** Generous: the worker trains at nice 19, which on a loaded 2-core machine can take minutes. */
export async function waitForRun(
  api: TestApi,
  id: string,
  until: (status: string) => boolean = (s) => !['QUEUED', 'RUNNING'].includes(s),
  timeoutMs = 600_000,
): Promise<any> {
  const started = Date.now();
  for (;;) {
    const { data } = await api.gql(`query($id: ID!) { trainingRun(id: $id) { ${RUN_FIELDS} } }`, { id });
    if (until(data!.trainingRun.status)) return data!.trainingRun;
    if (Date.now() - started > timeoutMs) throw new Error(`run ${id} still ${data!.trainingRun.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function trainAndWait(api: TestApi, input: Record<string, unknown>): Promise<any> {
  const { data, errors } = await train(api, input);
  if (errors) throw new Error(errors[0].message);
  return waitForRun(api, data.trainTagger.id);
}
