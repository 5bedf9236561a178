/**
 * `npm run bench:extraction`: rules-only extraction throughput on one core over real
 * radiologists' reports (the IU chest X-ray dev set, read from ../shared and joined as the
 * harness joins them), best of five rounds after a warm-up. Issue 10's target: ≥ 1,000
 * reports/s. Skips, saying so, when the data is absent.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../src/config';
import { createPipeline } from '../src/extraction/core';
import { readDictionaryRecords } from '../src/ontology/rrf/rrf-dictionary';
import { readEvalFile } from '../tools/evaluation/input';

const DEV = resolve(PROJECT_ROOT, '..', 'shared', 'data', 'iu-cxr', 'dev.csv');
const ROUNDS = 5;

async function main(): Promise<void> {
  if (!existsSync(DEV)) {
    console.log(`${DEV} is absent (the IU chest X-ray dev set lives outside the repository); nothing to measure.`);
    return;
  }
  const { records } = await readEvalFile(DEV, { id: 'uid', text: ['findings', 'impression'], labels: 'Problems' });
  const texts = records.map((r) => r.text);
  const pipeline = createPipeline({ dictionary: readDictionaryRecords(join(PROJECT_ROOT, 'seed', 'ontology')) });
  for (const text of texts.slice(0, 200)) pipeline.extract(text); // warm-up
  let best = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const started = performance.now();
    for (const text of texts) pipeline.extract(text);
    best = Math.max(best, texts.length / ((performance.now() - started) / 1000));
  }
  const chars = texts.reduce((sum, t) => sum + t.length, 0);
  console.log(`| reports | mean characters | rules-only reports/s (one core, best of ${ROUNDS}) |\n|---|---|---|`);
  console.log(`| ${texts.length} IU dev reports | ${Math.round(chars / texts.length)} | ${best.toFixed(0)} |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
