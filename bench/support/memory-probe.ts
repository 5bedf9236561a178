/** The live memory of a server process started with `memoryProbeEnv()`: after a forced full GC. */
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ServerProcess } from '../../test/support/server-process';

export interface SettledMemory {
  rss: number;
  heapUsed: number;
  /** ArrayBuffers and other memory outside the V8 heap (the in-process indexes' typed arrays). */
  external: number;
  /** The event loop's cumulative busy and idle ms (perf_hooks' eventLoopUtilization). */
  active: number;
  idle: number;
}

/** The environment that preloads the probe (gc-on-signal.ts) into a server. */
export function memoryProbeEnv(): Record<string, string> {
  return { NODE_OPTIONS: `--expose-gc --require ${join(__dirname, 'gc-on-signal.js')}` };
}

/** The event loop's utilisation between two probes: busy / (busy + idle). */
export const loopUtilisation = (before: SettledMemory, after: SettledMemory): number =>
  (after.active - before.active) / (after.active - before.active + after.idle - before.idle);

const LINE = /\[bench-memory\] (\{.*\})/g;

/** Forces a full GC in the server and returns what survived it. */
export async function settledMemory(server: ServerProcess, timeoutMs = 10_000): Promise<SettledMemory> {
  const seen = [...server.output().matchAll(LINE)].length;
  process.kill(server.pid, 'SIGUSR2');
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(50)) {
    const lines = [...server.output().matchAll(LINE)];
    if (lines.length > seen) {
      const probe = JSON.parse(lines[lines.length - 1][1]) as SettledMemory & { collected: boolean };
      if (!probe.collected) throw new Error('the server was started without --expose-gc: no forced GC');
      return probe;
    }
  }
  throw new Error('the server did not answer the memory probe (started without memoryProbeEnv()?)');
}
