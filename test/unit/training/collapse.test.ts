import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LossConfig } from '../../../src/training/core/losses';
import { LOSS_KINDS } from '../../../src/training/core/losses';
import { trainTagger } from '../../../src/training/trainer';
import { imbalancedReports } from '../../support/training/synthetic';

// Every loss with its defaults, and self-adjusting DSC with a CE term: none may collapse to
// all-O (dev F1 0) on a set where ~3 % of tokens are entities.
const CONFIGS: [string, LossConfig][] = [
  ...LOSS_KINDS.map((kind): [string, LossConfig] => [kind, { kind }]),
  ['self-adjusting-dsc + 0.1·CE', { kind: 'self-adjusting-dsc', ceWeight: 0.1 }],
];
const SMALL = {
  labels: ['Disease'],
  hashing: { buckets: 1 << 12 },
  embeddingDim: 8,
  hiddenDim: 8,
  contextWidth: 1,
  batchSize: 8,
  maxEpochs: 8,
  patience: 8,
};

test('no loss collapses to all-O on a small imbalanced set (dev span-F1 > 0.8 for each)', async () => {
  const data = imbalancedReports(120);
  const entityTokens = data.reduce((n, d) => n + d.spans.length, 0);
  assert.ok(entityTokens > 50, 'the set has entities to find');
  const failures: string[] = [];
  for (const [name, loss] of CONFIGS) {
    const result = await trainTagger(data, { ...SMALL, loss });
    const f1 = result.metrics!.micro.f1;
    console.log(`${name}: dev F1 ${f1.toFixed(3)} (best epoch ${result.bestEpoch}/${result.epochsRun})`);
    if (!(f1 > 0.8)) failures.push(`${name}: ${f1.toFixed(3)}`);
  }
  assert.deepEqual(failures, [], `losses that collapsed: ${failures.join(', ')}`);
});
