/**
 * Runs a command (e.g. another build's CLI) and samples its CPU and memory from /proc while
 * it runs: what the bench reports for the process, whichever build it is.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { cpuSeconds, residentMemory } from './proc';

export interface MeasuredRun {
  seconds: number;
  /** CPU seconds at the last sample (every `intervalMs`: the last interval's few ms are missed). */
  cpuSeconds: number;
  peakRss: number;
  /** RSS at a fraction of the run's time (0.1, 0.5, 1). */
  rssAt(fraction: number): number;
  stdout: string;
}

export function runMeasured(command: string, args: string[], env: NodeJS.ProcessEnv, intervalMs = 100): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    const t0 = performance.now();
    const samples: { t: number; rss: number }[] = [];
    let cpu = 0;
    let peak = 0;
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    const sample = (): void => {
      const memory = child.pid === undefined ? null : residentMemory(child.pid);
      const used = child.pid === undefined ? null : cpuSeconds(child.pid);
      if (memory === null || used === null) return;
      samples.push({ t: performance.now() - t0, rss: memory.rss });
      peak = Math.max(peak, memory.peak);
      cpu = used;
    };
    const timer = setInterval(sample, intervalMs);
    child.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearInterval(timer);
      const seconds = (performance.now() - t0) / 1000;
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}:\n${stdout}`));
      const rssAt = (fraction: number): number => {
        const t = fraction * seconds * 1000;
        const nearest = samples.reduce((best, s) => (Math.abs(s.t - t) < Math.abs(best.t - t) ? s : best), samples[0]);
        return nearest?.rss ?? NaN;
      };
      resolve({ seconds, cpuSeconds: cpu, peakRss: peak, rssAt, stdout });
    });
  });
}
