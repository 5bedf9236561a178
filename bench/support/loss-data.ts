/**
 * Data of the loss benchmark: the demo corpus split into a training pool (the trainer
 * splits it again into train/dev for early stopping) and a held-out test set, both by a
 * hash of the report id; a misspelled copy of the test set; and the test spans whose
 * surface form never occurs as a training span ("unseen").
 */
import { existsSync } from 'node:fs';
import { readCorpus } from '../../src/seed/demo-corpus';
import { fnv1a32Utf16 } from '../../src/shared/core/hash';
import type { TrainingExample } from '../../src/training';

export interface BenchData {
  pool: TrainingExample[];
  test: TrainingExample[];
  misspelled: TrainingExample[];
  /** keys `${reportId}:${start}:${end}` of test spans unseen in the pool */
  unseen: Set<string>;
}

const TEST_FRACTION = 0.2;

export function loadBenchData(file: string, maxPool: number): BenchData {
  if (!existsSync(file)) {
    throw new Error(`bench:losses needs the demo corpus with gold spans at ${file} (or BENCH_CORPUS=<file>); it is not there.`);
  }
  const all = readCorpus(file).map((l) => ({
    reportId: l.id,
    text: l.text,
    spans: (l.spans ?? []).map(({ start, end, label }) => ({ start, end, label })),
  }));
  const isTest = (id: string): boolean => fnv1a32Utf16(`test:${id}`) / 4294967296 < TEST_FRACTION;
  const pool = all.filter((e) => !isTest(e.reportId)).slice(0, maxPool);
  const test = all.filter((e) => isTest(e.reportId));
  const seen = new Set(pool.flatMap((e) => e.spans.map((s) => e.text.slice(s.start, s.end).toLowerCase())));
  const unseen = new Set(
    test.flatMap((e) =>
      e.spans.filter((s) => !seen.has(e.text.slice(s.start, s.end).toLowerCase())).map((s) => `${e.reportId}:${s.start}:${s.end}`),
    ),
  );
  return { pool, test, misspelled: test.map(misspell), unseen };
}

/**
 * One typo per span word of five letters or more: two inner letters swapped, so every
 * offset stays valid ("effusion" → "effsuion"). The position comes from a hash: stable.
 */
function misspell(example: TrainingExample): TrainingExample {
  const chars = [...example.text];
  if (chars.length !== example.text.length) return example; // astral characters: offsets would shift
  for (const span of example.spans) {
    for (const m of example.text.slice(span.start, span.end).matchAll(/\p{L}{5,}/gu)) {
      const word = m[0];
      const at = span.start + m.index + 1 + (fnv1a32Utf16(word) % (word.length - 3));
      [chars[at], chars[at + 1]] = [chars[at + 1], chars[at]];
    }
  }
  return { ...example, text: chars.join('') };
}
