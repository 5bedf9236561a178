/** Reads a demo-corpus JSONL file (see docs/corpus.md) line by line. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Assertion } from '../../src/shared/core/assertion';

export interface CorpusReport {
  id: string;
  text: string;
  metadata?: { patientId?: string; studyId?: string; studyDate?: string; modality?: string };
  labels: Record<string, Assertion>;
  goldLabelNames: string[];
  spans: { start: number; end: number; label: string; conceptId: string; assertion: Assertion }[];
}

export async function* readCorpus(path: string): AsyncGenerator<CorpusReport> {
  const reader = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let line = 0;
  for await (const text of reader) {
    line += 1;
    if (text.trim() === '') continue;
    try {
      yield JSON.parse(text) as CorpusReport;
    } catch {
      throw new Error(`${path}:${line}: not valid JSON`);
    }
  }
}
