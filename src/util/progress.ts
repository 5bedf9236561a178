/**
 * Progress for long jobs: a redrawn bar on a terminal, a line every few seconds otherwise
 * (CI logs). Shows rate and, when the total is known, ETA. Kept rather than cli-progress:
 * that redraws on a timer that holds the event loop (a job that throws before stop()
 * leaves the CLI hanging), derives rate and ETA from its one value where ingest counts
 * bytes for progress and reports for rate, and draws at start where a job shorter than
 * one interval prints only its summary here.
 */
export interface Progress {
  /** `done` and `total` in the job's unit (bytes read, rows…); `count` is what the rate counts. */
  update(done: number, count: number): void;
  finish(summary?: string): void;
}

const LOG_INTERVAL_MS = 5_000;

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export function createProgress(label: string, total: number | null, unit: string, stream = process.stderr): Progress {
  const started = Date.now();
  // The first line waits one interval: a job that ends sooner prints only its summary.
  let lastDraw = started;
  const interactive = Boolean(stream.isTTY);

  const line = (done: number, count: number): string => {
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? count / elapsed : 0;
    const parts = [`${label}: ${count.toLocaleString('en-US')} ${unit}`, `${Math.round(rate).toLocaleString('en-US')} ${unit}/s`];
    if (total && total > 0) {
      const fraction = Math.min(1, done / total);
      const width = 24;
      const filled = Math.round(fraction * width);
      parts.unshift(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(1)}%`);
      parts.push(`ETA ${formatDuration(fraction > 0 ? elapsed / fraction - elapsed : Infinity)}`);
    }
    return parts.join('  ');
  };

  return {
    update(done, count) {
      const now = Date.now();
      if (now - lastDraw < (interactive ? 200 : LOG_INTERVAL_MS)) return;
      lastDraw = now;
      if (interactive) stream.write(`\r${line(done, count)}\x1b[K`);
      else stream.write(`${line(done, count)}\n`);
    },
    finish(summary) {
      const elapsed = formatDuration((Date.now() - started) / 1000);
      stream.write(`${interactive ? '\r' : ''}${label}: done in ${elapsed}${summary ? ` — ${summary}` : ''}${interactive ? '\x1b[K' : ''}\n`);
    },
  };
}
