/**
 * The loss × seed grid of the loss bench: every run trains in the service's worker thread
 * (two lanes, sized for 2 cores) at normal priority (the service's workers run at nice 19,
 * which on a busy machine would measure the other load, not training), then its ONNX
 * model is loaded and handed to `score`.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadTagger, type OnnxTagger } from '../../src/extraction/tagger';
import type { LossConfig, TrainConfig, TrainingExample, TrainResult } from '../../src/training';
import { resolveConfig } from '../../src/training/config';
import { startTrainingJob } from '../../src/training/worker-launcher';

export interface Trial<S> {
  readonly loss: string;
  readonly seed: number;
  readonly result: TrainResult;
  readonly seconds: number;
  /** 1-minute load average when the run started (the machine is shared) */
  readonly load: number;
  readonly score: S;
  readonly tagger: OnnxTagger;
}

/** A bench row: its name, its loss and any trainer options of its own (e.g. a CE warm-up). */
export type Configuration = readonly [name: string, loss: LossConfig, options?: Partial<TrainConfig>];

export const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
export const sd = (xs: number[]): number => Math.sqrt(xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / Math.max(1, xs.length - 1));
export const ms = (xs: number[]): string => (xs.some(Number.isNaN) ? 'n/a' : `${mean(xs).toFixed(3)} ± ${sd(xs).toFixed(3)}`);

export async function runGrid<S>(
  examples: readonly TrainingExample[],
  losses: readonly Configuration[],
  seeds: readonly number[],
  base: TrainConfig,
  score: (tagger: OnnxTagger) => Promise<S>,
  describe: (s: S) => string,
  lanes = 2,
): Promise<Trial<S>[]> {
  const jobs = losses.flatMap(([loss, config, options]) => seeds.map((seed) => ({ loss, config, options, seed })));
  const trials: Trial<S>[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < jobs.length) {
      const job = jobs[next++];
      const t0 = performance.now();
      const load = loadavg()[0];
      // A CE warm-up (base.lossWarmupEpochs) applies to the other losses; CE itself is refused one.
      const warmup = job.config.kind === 'ce' ? { lossWarmupEpochs: 0 } : {};
      const config = resolveConfig({ ...base, loss: job.config, seed: job.seed, ...warmup, ...job.options });
      const outcome = await startTrainingJob({ examples, config, niceness: 0 }, () => undefined).outcome;
      if (outcome.kind !== 'succeeded')
        throw new Error(`${job.loss} seed ${job.seed}: ${outcome.kind === 'failed' ? outcome.error : outcome.kind}`);
      const seconds = (performance.now() - t0) / 1000;
      const tagger = await loadTagger(outcome.result.modelBytes, ['cpu']);
      const s = await score(tagger);
      trials.push({ loss: job.loss, seed: job.seed, result: outcome.result, seconds, load, score: s, tagger });
      console.log(
        `  ${job.loss}, seed ${job.seed}: ${describe(s)}, dev F1 ${outcome.result.metrics?.micro.f1.toFixed(3) ?? 'n/a'}, best epoch ${outcome.result.bestEpoch}/${outcome.result.epochsRun}, ${seconds.toFixed(1)} s, load ${load.toFixed(1)} at the start`,
      );
    }
  };
  await Promise.all(Array.from({ length: lanes }, lane));
  return trials;
}
