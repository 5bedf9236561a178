/**
 * `npm run bench:lexical-memory`: the memory of the in-process BM25 index (lexical-index.ts)
 * for BENCH_REPORTS (200,000) generated reports, and its query latency with each report's own
 * stored query (as similarCases(reportId) asks it). No Neo4j needed: the index is fed as the
 * similarity index's loader feeds it. Run with --expose-gc (the npm script does).
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from '../src/config';
import { LEXICAL_DEPTH } from '../src/similarity/core/hybrid';
import { LexicalIndex } from '../src/similarity/memory/lexical-index';
import { generateReports } from '../tools/corpus';
import { readVocabulary } from '../tools/corpus/vocabulary.reader';
import { mib } from './support/load';

const REPORTS = Number(process.env.BENCH_REPORTS ?? 200_000);
const QUERIES = 2_000;

const live = (): number => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

function main(): void {
  if (!(globalThis as { gc?: () => void }).gc) throw new Error('run with node --expose-gc');
  const vocabulary = readVocabulary(
    join(PROJECT_ROOT, 'seed/ontology'),
    ['chexpert.json', 'chest-radiograph.json'].map((f) => join(PROJECT_ROOT, 'seed/label-sets', f)),
  );
  const ids: string[] = [];
  const texts: string[] = [];
  for (const report of generateReports(vocabulary, { count: REPORTS, seed: 2 })) {
    ids.push(report.id);
    texts.push(report.text);
  }
  const before = live();
  const started = performance.now();
  const index = new LexicalIndex();
  texts.forEach((text, r) => index.put(r, text));
  const seconds = (performance.now() - started) / 1000;
  const after = live();
  console.log(
    `${REPORTS.toLocaleString('en-US')} reports, ${index.termCount.toLocaleString('en-US')} terms, ` +
      `${index.totalLength.toLocaleString('en-US')} tokens: indexed in ${seconds.toFixed(1)} s; ` +
      `typed arrays ${mib(index.bytes)}, live memory (heap + external, after a forced GC) +${mib(after - before)}.`,
  );
  const times: number[] = [];
  for (let q = 0; q < QUERIES; q += 1) {
    const r = (q * 7919) % REPORTS;
    const t = performance.now();
    index.neighbours(index.storedQuery(r), ids, r, LEXICAL_DEPTH);
    times.push(performance.now() - t);
  }
  times.sort((x, y) => x - y);
  const at = (p: number): string => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
  console.log(`Neighbours (top ${LEXICAL_DEPTH}, own stored query), ${QUERIES} queries: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms.`);
}

main();
