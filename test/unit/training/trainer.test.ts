import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trainTagger, type TrainProgress } from '../../../src/training/trainer';
import { ConfigError, TrainingCancelledError } from '../../../src/training/errors';
import type { TrainConfig } from '../../../src/training/config';
import { splitReports } from '../../../src/training/core/split';
import { spanMetrics } from '../../../src/training/core/metrics';
import { syntheticReports } from '../../support/training/synthetic';

const SMALL = { hashing: { buckets: 1 << 14 }, embeddingDim: 16, hiddenDim: 32, batchSize: 8, maxEpochs: 25, patience: 3 };

for (const [name, loss] of [
  ['CE', { kind: 'ce' }],
  ['self-adjusting DSC (α = 0.1, γ = 1) + 0.1·CE', { kind: 'self-adjusting-dsc', ceWeight: 0.1 }],
] as const) {
  test(`200 synthetic reports: ${name} reaches dev span-F1 > 0.8`, async () => {
    const started = Date.now();
    const result = await trainTagger(syntheticReports(200), { ...SMALL, loss });
    const f1 = result.metrics!.micro.f1;
    console.log(
      `${name}: dev micro-F1 ${f1.toFixed(3)}, macro ${result.metrics!.macroF1.toFixed(3)}, best epoch ${result.bestEpoch}/${result.epochsRun}, ${Date.now() - started} ms`,
    );
    assert.ok(f1 > 0.8, `dev F1 ${f1}`);
    assert.equal(result.metrics!.perLabel.length, 4);
    assert.ok(result.bestEpoch <= result.epochsRun);
  });
}

test('pure self-adjusting DSC (squared per-token denominator, the default) reaches dev span-F1 > 0.8 within 6 epochs', async () => {
  const result = await trainTagger(syntheticReports(200), { ...SMALL, maxEpochs: 6, loss: { kind: 'self-adjusting-dsc' } });
  console.log(`pure self-adjusting DSC: dev micro-F1 ${result.metrics!.micro.f1.toFixed(3)} after ${result.epochsRun} epochs`);
  assert.ok(result.history.every((h) => Number.isFinite(h.loss)));
  assert.ok(result.metrics!.micro.f1 > 0.8, `dev F1 ${result.metrics!.micro.f1}`);
});

test('same seed and data ⇒ byte-identical model; another seed ⇒ different bytes', async () => {
  const data = syntheticReports(60, 11);
  const config = { hashing: { buckets: 2048 }, embeddingDim: 8, hiddenDim: 8, maxEpochs: 2, seed: 42 };
  const a = await trainTagger(data, config);
  const b = await trainTagger(data, config);
  const c = await trainTagger(data, { ...config, seed: 43 });
  assert.deepEqual(Buffer.from(a.modelBytes), Buffer.from(b.modelBytes));
  assert.notDeepEqual(Buffer.from(a.modelBytes), Buffer.from(c.modelBytes));
  assert.deepEqual(a.split, b.split);
});

test('progress reports steps and epochs; an aborted signal cancels', async () => {
  const events: TrainProgress[] = [];
  const data = syntheticReports(40, 5);
  await trainTagger(data, { hashing: { buckets: 512 }, embeddingDim: 4, hiddenDim: 4, maxEpochs: 2, patience: 5, batchSize: 10 }, (p) =>
    events.push(p),
  );
  assert.ok(events.some((e) => e.phase === 'step' && e.devF1 === null));
  const epochs = events.filter((e) => e.phase === 'epoch');
  assert.deepEqual(
    epochs.map((e) => e.epoch),
    [1, 2],
  );
  assert.ok(epochs.every((e) => typeof e.devF1 === 'number'));

  const controller = new AbortController();
  const run = trainTagger(
    data,
    { hashing: { buckets: 512 }, maxEpochs: 50 },
    (p) => {
      if (p.step === 2) controller.abort();
    },
    controller.signal,
  );
  await assert.rejects(run, TrainingCancelledError);
});

test('patience counts only once dev F1 > 0: a model that finds nothing yet runs to maxEpochs', async () => {
  const data = syntheticReports(40, 5);
  const tiny = { hashing: { buckets: 512 }, embeddingDim: 4, hiddenDim: 4, batchSize: 10, maxEpochs: 4, patience: 0 };
  // Without gold spans nothing can be found: dev F1 0 every epoch.
  const stuck = await trainTagger(
    data.map((d) => ({ ...d, spans: [] })),
    tiny,
  );
  assert.ok(
    stuck.history.every((h) => h.devF1 === 0),
    'the stuck model finds nothing',
  );
  assert.equal(stuck.epochsRun, 4);
  const learning = await trainTagger(data, { ...tiny, maxEpochs: 30 });
  assert.ok(learning.metrics!.micro.f1 > 0);
  assert.ok(learning.epochsRun < 30 || learning.bestEpoch === 30, 'patience 0 stops a learning model after its first non-improving epoch');
});

test('joint CRF training (crfWeight 1): reaches dev span-F1 > 0.8, and the CRF term changes the network', async () => {
  const data = syntheticReports(200);
  const joint = await trainTagger(data, { ...SMALL, maxEpochs: 6, crfWeight: 1 });
  const tokenOnly = await trainTagger(data, { ...SMALL, maxEpochs: 6 });
  console.log(`CE + CRF: dev micro-F1 ${joint.metrics!.micro.f1.toFixed(3)} after ${joint.epochsRun} epochs`);
  assert.ok(joint.metrics!.micro.f1 > 0.8, `dev F1 ${joint.metrics!.micro.f1}`);
  assert.ok(joint.history[0].loss > tokenOnly.history[0].loss, 'the step loss includes λ · CRF NLL per token');
  assert.notDeepEqual(Buffer.from(joint.modelBytes), Buffer.from(tokenOnly.modelBytes));
});

test('refit: the same dev metrics and epoch count, another model trained on train + dev; deterministic', async () => {
  const data = syntheticReports(60, 11);
  const config = { hashing: { buckets: 2048 }, embeddingDim: 8, hiddenDim: 8, maxEpochs: 3, patience: 5, featureDropout: 0.2 };
  const chosen = await trainTagger(data, config);
  const epochs: number[] = [];
  const refit = await trainTagger(data, { ...config, refit: true }, (p) => p.phase === 'epoch' && p.devF1 === null && epochs.push(p.epoch));
  const again = await trainTagger(data, { ...config, refit: true });
  assert.deepEqual(refit.metrics, chosen.metrics);
  assert.equal(refit.bestEpoch, chosen.bestEpoch);
  assert.deepEqual(
    epochs,
    Array.from({ length: chosen.bestEpoch }, (_, i) => i + 1),
    'the refit runs bestEpoch epochs',
  );
  assert.notDeepEqual(Buffer.from(refit.modelBytes), Buffer.from(chosen.modelBytes));
  assert.deepEqual(Buffer.from(refit.modelBytes), Buffer.from(again.modelBytes));
});

test('config errors name the field', async () => {
  const data = syntheticReports(5);
  for (const [config, field] of [
    [{ loss: { kind: 'tversky', alpha: 2 } }, 'loss.alpha'],
    [{ hashing: { buckets: 1 } }, 'hashing.buckets'],
    [{ devFraction: 1 }, 'devFraction'],
    [{ labels: ['A', 'A'] }, 'labels'],
    [{ featureDropout: 1 }, 'featureDropout'],
    [{ learningRateSchedule: 'step' }, 'learningRateSchedule'],
    [{ refit: 'yes' }, 'refit'],
    [{ abbreviationRule: 'always' }, 'abbreviationRule'],
    [{ hashing: { lexicon: ['ok', ''] } }, 'hashing.lexicon'],
    [{ loss: { kind: 'dsc' }, lossWarmupEpochs: 30 }, 'lossWarmupEpochs'],
    [{ loss: { kind: 'dsc' }, lossWarmupEpochs: 1.5 }, 'lossWarmupEpochs'],
    [{ lossWarmupEpochs: 2 }, 'lossWarmupEpochs'],
    [{ crfWeight: -0.5 }, 'crfWeight'],
    [{ crfWeight: 'high' }, 'crfWeight'],
  ] as const) {
    // deliberately invalid values, as untyped callers (the API, JSON configs) could pass them
    await assert.rejects(
      trainTagger(data, config as unknown as TrainConfig),
      (e: unknown) => e instanceof ConfigError && e.field === field,
    );
  }
});

test('the split is a pure function of (seed, report id) and keeps both sides non-empty', () => {
  const ids = Array.from({ length: 100 }, (_, i) => `report-${i}`);
  const a = splitReports(ids, 3, 0.2);
  const b = splitReports([...ids].reverse(), 3, 0.2);
  assert.deepEqual(a, b);
  assert.ok(a.dev.length > 5 && a.dev.length < 40, `dev size ${a.dev.length}`);
  const sub = splitReports(ids.slice(0, 50), 3, 0.2);
  for (const id of sub.dev) assert.ok(a.dev.includes(id), 'membership does not depend on other reports');
  const tiny = splitReports(['x', 'y'], 1, 0.01);
  assert.equal(tiny.dev.length, 1);
  assert.equal(tiny.train.length, 1);
});

test('span metrics: per label, micro and macro', () => {
  const gold = [
    [
      { start: 0, end: 1, label: 'A' },
      { start: 2, end: 3, label: 'B' },
    ],
  ];
  const pred = [
    [
      { start: 0, end: 1, label: 'A' },
      { start: 2, end: 4, label: 'B' },
      { start: 5, end: 6, label: 'A' },
    ],
  ];
  const m = spanMetrics(gold, pred, ['A', 'B', 'C']);
  assert.deepEqual(m.perLabel[0], { label: 'A', precision: 0.5, recall: 1, f1: 2 / 3, support: 1, predicted: 2, correct: 1 });
  assert.equal(m.perLabel[1].f1, 0);
  assert.equal(m.micro.precision, 1 / 3);
  assert.equal(m.micro.recall, 0.5);
  assert.ok(Math.abs(m.macroF1 - 1 / 3) < 1e-12); // C has neither gold nor predictions
});
