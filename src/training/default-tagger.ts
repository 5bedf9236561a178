/**
 * The default tagger of a fresh install: trained on the seeded gold spans and activated,
 * printing progress per epoch. Sized to finish in well under a minute on 2 cores for the
 * demo corpus (CE: the fastest to converge on this data, see docs/tagger.md).
 */
import type { LogLine } from '../extraction/tagger/tagger.service';
import type { TrainTaggerRequest } from './training-input';
import type { TrainingService } from './training.service';

const DEFAULT_TAGGER_REQUEST: TrainTaggerRequest = {
  name: 'default',
  loss: 'ce',
  epochs: 6,
  patience: 2,
  // The loss benchmark's size: test span-F1 0.98 with CE on the demo corpus, ~3 s an epoch.
  hidden: 32,
  embeddingDim: 16,
  hashBuckets: 1 << 15,
  batchSize: 16,
  seed: 1,
  spanSources: ['GOLD'],
};

export async function trainDefaultTagger(
  training: TrainingService,
  log: LogLine,
  overrides: Partial<TrainTaggerRequest> = {},
): Promise<string | null> {
  const started = Date.now();
  const request = { ...DEFAULT_TAGGER_REQUEST, ...overrides };
  let run;
  try {
    run = await training.start(request);
  } catch (error) {
    log(
      `The default tagger was not trained (${error instanceof Error ? error.message.split('\n')[0] : 'error'}); extraction runs on rules only.`,
    );
    return null;
  }
  log(`Training the default tagger (run ${run.id}, ${run.examples} reports, ${run.spans} spans, up to ${request.epochs} epochs)…`);
  let shown = 0;
  const ticker = setInterval(() => {
    const p = training.liveProgress(run.id);
    if (p !== null && p.epoch > shown && p.devF1 !== null) {
      shown = p.epoch;
      log(`  epoch ${p.epoch}: dev span-F1 ${p.devF1.toFixed(3)}`);
    }
  }, 200);
  try {
    await training.finished(run.id);
  } finally {
    clearInterval(ticker);
  }
  const [done] = await training.repository.runsByIds([run.id]);
  if (done?.status !== 'SUCCEEDED' || done.modelId === null) {
    log(`The default tagger was not trained (${done?.status ?? 'unknown'}: ${done?.error ?? ''}); extraction runs on rules only.`);
    return null;
  }
  const model = await training.taggers.activate(done.modelId);
  const f1 = model.metrics?.micro.f1;
  log(
    `Default tagger ${model.id} active (dev span-F1 ${f1 === undefined ? 'n/a' : f1.toFixed(3)}, ${((Date.now() - started) / 1000).toFixed(1)} s).`,
  );
  return model.id;
}
