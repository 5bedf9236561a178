/**
 * `npm run bench:ingest`: extraction throughput on one core (rules only; rules + an ONNX
 * tagger: BENCH_TAGGER_MODEL, or one trained here on the demo spans) and ingestion into Neo4j of a generated corpus
 * (200 k reports by default; BENCH_INGEST_REPORTS to change), and the write path alone
 * before and after the CREATE for new reports (BENCH_STORE_REPORTS, 20 k; 0 skips;
 * BENCH_EXTRACTION=0 skips the extraction tables; BENCH_WRITES_IN_FLIGHT: batch writes at once, default 2).
 */
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAppServices } from '../src/api/services';
import { PROJECT_ROOT } from '../src/config';
import { generateReports } from '../tools/corpus';
import { readVocabulary } from '../tools/corpus/vocabulary.reader';
import { createPipeline } from '../src/extraction/core';
import { readDictionaryRecords } from '../src/ontology/rrf/rrf-dictionary';
import { taggerSpanOf } from '../src/extraction/extractor';
import type { ReportInputData } from '../src/reports/report-input';
import { WRITES_IN_FLIGHT } from '../src/reports/ingest.service';
import type { StoredReport } from '../src/reports/report.record';
import { ReportRepository, upsertParams } from '../src/reports/report.repository';
import { seedDemoOntology } from '../src/seed/demo-seed';
import { loadTagger } from '../src/extraction/tagger';
import { trainTagger } from '../src/training';
import { readCorpus } from '../tools/evaluation/corpus-file';
import { createProgress } from '../src/shared/progress';
import { openBenchDatabase } from './support/bench-database';
import { mib, peakRssSampler } from './support/load';

const ONTOLOGY = join(PROJECT_ROOT, 'seed', 'ontology');
const LABEL_SETS = ['chexpert.json', 'chest-radiograph.json'].map((f) => join(PROJECT_ROOT, 'seed', 'label-sets', f));
const EXTRACT_REPORTS = Number(process.env.BENCH_EXTRACT_REPORTS ?? 5_000);
const INGEST_REPORTS = Number(process.env.BENCH_INGEST_REPORTS ?? 200_000);
const BATCH = Number(process.env.BENCH_INGEST_BATCH ?? 1_000);
const STORE_REPORTS = Number(process.env.BENCH_STORE_REPORTS ?? 20_000);
const WRITES = Number(process.env.BENCH_WRITES_IN_FLIGHT ?? WRITES_IN_FLIGHT);

function* corpus(count: number, seed: number): Generator<ReportInputData> {
  for (const report of generateReports(readVocabulary(ONTOLOGY, LABEL_SETS), { count, seed })) {
    yield { id: report.id, text: report.text, ...report.metadata };
  }
}

function* batchesOf<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** A tagger of the default size trained on the demo corpus's gold spans (when no model file is given). */
async function demoTagger(): Promise<Uint8Array> {
  const examples = [];
  for await (const report of readCorpus(join(PROJECT_ROOT, 'seed', 'corpus', 'reports.jsonl'))) {
    examples.push({ reportId: report.id, text: report.text, spans: report.spans.map(({ start, end, label }) => ({ start, end, label })) });
  }
  const config = { embeddingDim: 16, hiddenDim: 32, hashing: { buckets: 1 << 15 }, epochs: 4, batchSize: 16, seed: 1 };
  return (await trainTagger(examples, config)).modelBytes;
}

async function extractionThroughput(lines: string[]): Promise<void> {
  const texts = [...corpus(EXTRACT_REPORTS, 3)].map((r) => r.text);
  const pipeline = createPipeline({ dictionary: readDictionaryRecords(ONTOLOGY) });
  for (const text of texts.slice(0, 200)) pipeline.extract(text); // warm-up
  let t0 = performance.now();
  for (const text of texts) pipeline.extract(text);
  const rules = texts.length / ((performance.now() - t0) / 1000);
  lines.push('| pipeline | reports | reports/s (one core) |', '|---|---|---|', `| rules only | ${texts.length} | ${rules.toFixed(0)} |`);
  const model = process.env.BENCH_TAGGER_MODEL ?? (await demoTagger());
  {
    const tagger = await loadTagger(model, ['cpu']);
    t0 = performance.now();
    for (let i = 0; i < texts.length; i += 64) {
      const batch = texts.slice(i, i + 64);
      const tagged = await tagger.tagBatch(batch);
      batch.forEach((text, j) =>
        pipeline.extract(
          text,
          tagged[j].flatMap((s) => taggerSpanOf(s, 'TAGGER') ?? []),
        ),
      );
    }
    lines.push(
      `| rules + ONNX tagger (batches of 64) | ${texts.length} | ${(texts.length / ((performance.now() - t0) / 1000)).toFixed(0)} |`,
    );
    await tagger.dispose();
  }
}

async function ingestion(lines: string[]): Promise<void> {
  const db = await openBenchDatabase();
  try {
    await seedDemoOntology(db.executor, () => undefined);
    const { ingest } = createAppServices(db.executor);
    const progress = createProgress('Ingesting', INGEST_REPORTS, 'reports');
    const sampler = peakRssSampler();
    // RSS as the run goes (after 10 %, 50 % and all of it): flat means no growth with the corpus.
    const marks: string[] = [];
    const mark = (): void => void marks.push(mib(process.memoryUsage().rss));
    const at = [INGEST_REPORTS / 10, INGEST_REPORTS / 2];
    const t0 = performance.now();
    let stored = 0;
    await ingest.ingestBatches(
      batchesOf(corpus(INGEST_REPORTS, 4), BATCH),
      (batch) => batch,
      (outcome) => {
        stored += outcome.created;
        progress.update(stored, stored);
        if (stored >= at[marks.length]) mark();
      },
      WRITES,
    );
    const seconds = (performance.now() - t0) / 1000;
    mark();
    progress.finish();
    lines.push(
      '',
      '| ingestion (extract + store, rules only) | reports | seconds | reports/s | Node peak RSS | RSS at 10 % / 50 % / end | load average |',
      '|---|---|---|---|---|---|---|',
    );
    lines.push(
      `| batches of ${BATCH} through IngestService.ingestBatches (extraction overlapped with ${WRITES} write(s) in flight) | ${stored} | ${seconds.toFixed(0)} | ${(stored / seconds).toFixed(0)} | ` +
        `${mib(sampler.stop())} | ${marks.join(' / ')} | ${loadavg()[0].toFixed(2)} |`,
    );
  } finally {
    await db.close();
  }
}

/**
 * The write path alone, main's single MERGE statement (before) and the CREATE for new
 * reports (after) at two batch sizes, side by side in one run: the same extracted reports,
 * an emptied database (demo ontology only) for each.
 */
async function storeSideBySide(lines: string[]): Promise<void> {
  const db = await openBenchDatabase();
  try {
    await seedDemoOntology(db.executor, () => undefined);
    const reports = await createAppServices(db.executor).ingest.prepare([...corpus(STORE_REPORTS, 5)]);
    const repository = new ReportRepository(db.executor);
    const before = async (batch: StoredReport[]): Promise<void> => void (await db.executor.write('report-upsert', upsertParams(batch)));
    const after = async (batch: StoredReport[]): Promise<void> => void (await repository.upsert(batch));
    // Two rounds of all three: the first round warms the JIT and Neo4j (cold runs
    // were up to 40 % slower whichever variant came first); the table shows both.
    const variants: [string, number, (batch: StoredReport[]) => Promise<void>][] = [
      ['report-upsert: MERGE + per-report edge delete (before)', 1_000, before],
      ['report-create: CREATE for new reports (after)', 1_000, after],
      ['report-create: CREATE for new reports (after)', 5_000, after],
    ];
    lines.push(
      '',
      `| store only (${reports.length} extracted reports, all new) | batch | round | seconds | reports/s | load average |`,
      '|---|---|---|---|---|---|',
    );
    for (const [round, [label, size, write]] of [...variants, ...variants].entries()) {
      await db.reset();
      await seedDemoOntology(db.executor, () => undefined);
      const t0 = performance.now();
      for (let i = 0; i < reports.length; i += size) await write(reports.slice(i, i + size));
      const seconds = (performance.now() - t0) / 1000;
      const cells = [
        label,
        size,
        round < variants.length ? 1 : 2,
        seconds.toFixed(1),
        (reports.length / seconds).toFixed(0),
        loadavg()[0].toFixed(2),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const lines: string[] = [];
  if (process.env.BENCH_EXTRACTION !== '0') await extractionThroughput(lines);
  if (STORE_REPORTS > 0) await storeSideBySide(lines);
  if (INGEST_REPORTS > 0) await ingestion(lines);
  console.log(`\n${lines.join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
