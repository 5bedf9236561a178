/**
 * Streams a large corpus to a temporary file the way the CLI does and reports the speed
 * and the heap. Asserts the count and that memory stays flat, never a time. The count is
 * CORPUS_THROUGHPUT_COUNT (default 20,000 to keep the suite short; `npm run corpus:generate` shows the 200,000 case).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encode, generateReports } from '../../../tools/corpus';
import { bundledVocabulary } from './fixture';

test('a large corpus (20,000 reports by default) streams to disk with flat memory', async () => {
  const count = Number(process.env.CORPUS_THROUGHPUT_COUNT ?? 20_000);
  const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
  const path = join(dir, 'reports.jsonl');
  try {
    const stream = createWriteStream(path);
    const started = process.hrtime.bigint();
    let written = 0;
    let peakHeap = 0;
    for (const report of generateReports(bundledVocabulary(), { count, seed: 99 })) {
      if (!stream.write(encode(report, 'jsonl'))) await once(stream, 'drain');
      if (++written % 10_000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }
    stream.end();
    await once(stream, 'finish');
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const mb = statSync(path).size / 1e6;
    console.log(
      `generated ${written} reports (${mb.toFixed(0)} MB JSONL) in ${seconds.toFixed(1)} s: ${Math.round(written / seconds)} reports/s, peak heap ${(peakHeap / 1e6).toFixed(0)} MB`,
    );
    assert.equal(written, count);
    assert.ok(peakHeap < 400e6, 'heap stays bounded while streaming');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
