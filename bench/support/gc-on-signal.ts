/**
 * Preloaded into a benchmarked server (`NODE_OPTIONS="--expose-gc --require <this file>"`, see
 * `memoryProbeEnv`): on SIGUSR2 a full garbage collection, then one line with the memory that
 * survived it, so a bench compares live memory, not the moment the collector last ran, and
 * the event loop's cumulative busy and idle time (ms), so a bench can tell whether the main
 * thread was saturated between two probes. No import of the project: it works with any build
 * of the server, a baseline's included. With BENCH_CPU_PROF=<dir>, the main thread's CPU
 * profile from the first probe to the second (the measured run) goes to <dir>/<pid>.cpuprofile
 * (`node --cpu-prof` is refused in NODE_OPTIONS).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const profileDir = process.env.BENCH_CPU_PROF;
const session = profileDir ? new Session() : null;
let probes = 0;
if (session) {
  session.connect();
  session.post('Profiler.enable');
}

function profile(): void {
  probes += 1;
  if (probes === 1) session?.post('Profiler.start');
  else if (probes === 2)
    session?.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(join(profileDir!, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
}

process.on('SIGUSR2', () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.(); // a second pass collects what the first one's finalizers released
  const { rss, heapUsed, external } = process.memoryUsage();
  const { active, idle } = performance.eventLoopUtilization();
  process.stdout.write(`[bench-memory] ${JSON.stringify({ collected: gc !== undefined, rss, heapUsed, external, active, idle })}\n`);
  profile();
});
