import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bioTags } from '../../../src/extraction/tagger/core/bio';
import { mulberry32 } from '../../../src/shared/core/prng';
import { resolveConfig } from '../../../src/training/config';
import { encodeExample } from '../../../src/training/core/dataset';
import { fit, type FitProgress } from '../../../src/training/core/fit';
import { buildLoss, type LossFn } from '../../../src/training/core/losses';
import { initWeights } from '../../../src/training/core/network';
import { trainTagger, type TrainProgress } from '../../../src/training/trainer';
import { syntheticReports } from '../../support/training/synthetic';

const TINY = { hashing: { buckets: 1024 }, embeddingDim: 8, hiddenDim: 8, batchSize: 10, maxEpochs: 4, patience: 10 };

test('fit: each step of the first W epochs reports the warm-up loss (CE), each later step the configured loss', async () => {
  const c = resolveConfig({ ...TINY, loss: { kind: 'dsc' }, lossWarmupEpochs: 2 });
  const tags = bioTags(c.labels);
  const docs = syntheticReports(40, 5).map((e) => encodeExample(e, c.labels, c.hashing));
  const computed: { loss: string; value: number }[] = [];
  const recorded =
    (name: string, fn: LossFn): LossFn =>
    (input) => {
      const result = fn(input);
      computed.push({ loss: name, value: result.loss });
      return result;
    };
  const steps: FitProgress[] = [];
  const random = mulberry32(c.seed);
  const shape = { buckets: 1024, embeddingDim: 8, hiddenDim: 8, tagCount: tags.length, activation: c.activation, contextWidth: 1 };
  const result = await fit(
    initWeights(shape, random),
    {
      train: docs.slice(0, 30),
      dev: docs.slice(30),
      epochs: 4,
      loss: recorded('dsc', buildLoss({ kind: 'dsc' }, tags.length)),
      warmup: { epochs: 2, loss: recorded('ce', buildLoss({ kind: 'ce' }, tags.length)) },
      random,
    },
    c,
    (p) => p.phase === 'step' && steps.push(p),
  );
  assert.equal(steps.length, 4 * 3, '30 reports in batches of 10, 4 epochs');
  assert.equal(computed.length, steps.length);
  steps.forEach((s, i) => {
    assert.equal(computed[i].loss, s.epoch <= 2 ? 'ce' : 'dsc', `step ${s.step} (epoch ${s.epoch})`);
    assert.equal(s.loss, computed[i].value, 'the reported loss is the one that trained the step');
  });
  assert.ok(result.bestEpoch > 2, `best epoch ${result.bestEpoch}: a warm-up epoch is never chosen`);
});

test('trainTagger: a CE warm-up of W epochs follows the CE run step for step, then leaves it', async () => {
  const data = syntheticReports(40, 5);
  const stepLosses = async (config: Parameters<typeof trainTagger>[1]): Promise<Map<number, number[]>> => {
    const byEpoch = new Map<number, number[]>();
    await trainTagger(data, config, (p: TrainProgress) => {
      if (p.phase === 'step') byEpoch.set(p.epoch, [...(byEpoch.get(p.epoch) ?? []), p.loss]);
    });
    return byEpoch;
  };
  const ce = await stepLosses({ ...TINY, loss: { kind: 'ce' } });
  const dsc = await stepLosses({ ...TINY, loss: { kind: 'dsc' } });
  const warm = await stepLosses({ ...TINY, loss: { kind: 'dsc' }, lossWarmupEpochs: 2 });
  assert.deepEqual(warm.get(1), ce.get(1));
  assert.deepEqual(warm.get(2), ce.get(2));
  assert.notDeepEqual(warm.get(1), dsc.get(1));
  assert.notDeepEqual(warm.get(3), ce.get(3));
});
