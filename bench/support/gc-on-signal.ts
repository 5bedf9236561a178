/**
 * Preloaded into a benchmarked server (`NODE_OPTIONS="--expose-gc --require <this file>"`, see
 * `memoryProbeEnv`): on SIGUSR2 a full garbage collection, then one line with the memory that
 * survived it, so a bench compares live memory, not the moment the collector last ran. No
 * import of the project: it works with any build of the server, a baseline's included.
 */
process.on('SIGUSR2', () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.(); // a second pass collects what the first one's finalizers released
  const { rss, heapUsed, external } = process.memoryUsage();
  process.stdout.write(`[bench-memory] ${JSON.stringify({ collected: gc !== undefined, rss, heapUsed, external })}\n`);
});
