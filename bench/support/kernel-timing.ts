/**
 * In-process timings for bench:similar (no HTTP, no database): the similarity index built
 * straight from a synthetic corpus, queried with stored reports as the API does
 * (the query report excluded), against the brute-force scan of the paper's measure.
 */
import { performance } from 'node:perf_hooks';
import { requireOptions, type ReportConcepts, type SimilarityOptions } from '../../src/similarity/core';
import { CorpusIndex } from '../../src/similarity/memory/corpus-index';
import { rankInIndex } from '../../src/similarity/memory/index-ranker';
import { OntologyIndex } from '../../src/similarity/memory/ontology-index';
import { prng, toStored } from '../../test/support/similarity/random-world';
import { percentile } from './load';
import { paperScan } from './paper-scan';
import { syntheticOntology, syntheticReport } from './synthetic-corpus';

export interface SyntheticIndex {
  corpus: CorpusIndex;
  reports: ReportConcepts[];
}

/** The corpus bench:similar stores for `size` (same seed, same reports), as an index. */
export function syntheticIndex(size: number, seed = 7): SyntheticIndex {
  const rand = prng(seed);
  const { data, ids } = syntheticOntology(rand);
  const ontology = new OntologyIndex({
    concepts: data.concepts.map((c) => ({ id: c.id, tuis: c.semanticTypes })),
    isa: data.isa,
    synonyms: data.synonyms,
  });
  const corpus = new CorpusIndex(ontology);
  const reports: ReportConcepts[] = [];
  for (let n = 0; n < size; n += 1) {
    const report = syntheticReport(rand, ids, n);
    reports.push(report);
    corpus.put({ id: report.id, edges: toStored(report).concepts });
  }
  return { corpus, reports };
}

export interface Timing {
  queries: number;
  p50: number;
  p99: number;
  mean: number;
  /** Process CPU time per query: steadier than wall time on a shared machine. */
  cpu: number;
}

function timed(queries: number, seed: number, size: number, run: (r: number) => void): Timing {
  const pick = prng(seed);
  const ms: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let n = 0; n < queries; n += 1) {
    const r = Math.floor(pick() * size);
    const t0 = performance.now();
    run(r);
    ms.push(performance.now() - t0);
  }
  const used = process.cpuUsage(cpu0);
  const mean = ms.reduce((s, x) => s + x, 0) / ms.length;
  ms.sort((x, y) => x - y);
  return { queries, p50: percentile(ms, 50), p99: percentile(ms, 99), mean, cpu: (used.user + used.system) / 1000 / queries };
}

/** similarCases(reportId) on the index, one query at a time: k 10, the given options. */
export function timeIndex(index: SyntheticIndex, options: Partial<SimilarityOptions>, queries: number, seed = 11): Timing {
  const { corpus } = index;
  for (let r = 0; r < 20; r += 1) rankInIndex(corpus, { query: corpus.reportConcepts(r), options, k: 10 }); // warm-up
  return timed(queries, seed, corpus.size, (r) => {
    const query = corpus.reportConcepts(r);
    rankInIndex(corpus, { query, options, k: 10, filter: { excludeReportIds: [query.id] } });
  });
}

/**
 * The brute-force scan of the paper's measure, timed on the same queries; each answer is
 * checked against the index's PAPER ranking, so the yardstick computes the same thing.
 */
export function timePaperScan(index: SyntheticIndex, queries: number, seed = 11): Timing {
  const { corpus, reports } = index;
  const weights = requireOptions({ variant: 'PAPER' }).semanticTypeWeights;
  const answers: { query: ReportConcepts; scan: ReturnType<typeof paperScan> }[] = [];
  const timing = timed(queries, seed, corpus.size, (r) => {
    const query = reports[r];
    answers.push({ query, scan: paperScan(query, reports, corpus.ontology, weights, 10, query.id) });
  });
  for (const { query, scan } of answers) {
    const indexed = rankInIndex(corpus, { query, options: { variant: 'PAPER' }, k: 10, filter: { excludeReportIds: [query.id] } });
    // Equal scores in the same order; ids must agree except among cases tied with the 10th (ties may break either way).
    const last = scan.length === 0 ? 0 : scan[scan.length - 1].score;
    const above = (ids: { id: string; score: number }[]): string =>
      ids
        .filter((s) => s.score > last + 1e-9)
        .map((s) => s.id)
        .sort()
        .join();
    const same =
      scan.length === indexed.length &&
      scan.every((s, i) => Math.abs(s.score - indexed[i].score) < 1e-9) &&
      above(scan) === above(indexed.map((c) => ({ id: c.reportId, score: c.score })));
    if (!same) throw new Error(`the paper scan and the index disagree on the query ${query.id}`);
  }
  return timing;
}
