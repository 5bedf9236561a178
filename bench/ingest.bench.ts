/**
 * `npm run bench:ingest`: extraction throughput on one core (rules only; rules + an ONNX
 * tagger: BENCH_TAGGER_MODEL, or one trained here on the demo spans), ingestion into Neo4j of
 * a generated corpus through the product's CLI from a JSONL file (200 k reports by default;
 * BENCH_INGEST_REPORTS to change; BENCH_BASELINE: another built checkout's CLI first; the
 * file is generated once, BENCH_INGEST_FILE to name it), and the write path alone
 * before and after the CREATE for new reports (BENCH_STORE_REPORTS, 20 k; 0 skips;
 * BENCH_EXTRACTION=0 skips the extraction tables; BENCH_WRITES_IN_FLIGHT: batch writes at once, default 2).
 */
import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
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
import { openBenchDatabase } from './support/bench-database';
import { mib } from './support/load';
import { runMeasured } from './support/measured-process';
import { cpuSeconds } from './support/proc';
import { writeCorpusFile } from './support/corpus-file';

const ONTOLOGY = join(PROJECT_ROOT, 'seed', 'ontology');
const LABEL_SETS = ['chexpert.json', 'chest-radiograph.json'].map((f) => join(PROJECT_ROOT, 'seed', 'label-sets', f));
const EXTRACT_REPORTS = Number(process.env.BENCH_EXTRACT_REPORTS ?? 5_000);
const INGEST_REPORTS = Number(process.env.BENCH_INGEST_REPORTS ?? 200_000);
const BATCH = Number(process.env.BENCH_INGEST_BATCH ?? 1_000);
const STORE_REPORTS = Number(process.env.BENCH_STORE_REPORTS ?? 20_000);
const WRITES = Number(process.env.BENCH_WRITES_IN_FLIGHT ?? WRITES_IN_FLIGHT);
const BASELINE = process.env.BENCH_BASELINE;
/** Flags for the CLI's Node, e.g. `--cpu-prof` to profile the measured process. */
const NODE_ARGS = (process.env.BENCH_INGEST_NODE_ARGS ?? '').split(' ').filter(Boolean);

function* corpus(count: number, seed: number): Generator<ReportInputData> {
  for (const report of generateReports(readVocabulary(ONTOLOGY, LABEL_SETS), { count, seed })) {
    yield { id: report.id, text: report.text, ...report.metadata };
  }
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

/**
 * The CLI's arguments for the bench file (its metadata fields as the product's columns).
 * `--writers` only where the CLI knows it: older builds (one write at a time) refuse it.
 */
const cliArgs = (cli: string, file: string): string[] => [
  ...['--file', file, '--id-col', 'id', '--text-cols', 'text', '--patient-col', 'patientId', '--study-col', 'studyId'],
  ...['--date-col', 'studyDate', '--modality-col', 'modality', '--batch', String(BATCH), '--restart'],
  ...(readFileSync(cli, 'utf8').includes('--writers') ? ['--writers', String(WRITES)] : []),
];

/**
 * Ingestion as a user runs it: `npm run ingest -- --file` (the built CLI, in a process of its
 * own) on a JSONL file generated beforehand, into a fresh database (demo ontology) per build.
 * BENCH_BASELINE=<another checkout, built> runs that build's CLI on the same file first
 * (BENCH_BASELINE_AFTER=1: after this build's, to swap the order between two runs).
 */
async function ingestion(lines: string[]): Promise<void> {
  const file = process.env.BENCH_INGEST_FILE ?? join(tmpdir(), `ontocase-bench-ingest-${INGEST_REPORTS}-seed4.jsonl`);
  if (!existsSync(file)) writeCorpusFile(file, corpus(INGEST_REPORTS, 4));
  const builds = BASELINE
    ? process.env.BENCH_BASELINE_AFTER === '1'
      ? [PROJECT_ROOT, BASELINE]
      : [BASELINE, PROJECT_ROOT]
    : [PROJECT_ROOT];
  lines.push(
    '',
    `Ingestion of ${file} (${INGEST_REPORTS} reports) through each build's CLI, batches of ${BATCH}, ${WRITES} write(s) in flight where the build's CLI has --writers (else 1), rules only:`,
    '',
    `| build | seconds | reports/s | Node CPU s | Neo4j CPU s | Node peak RSS | RSS at 10 % / 50 % / end | load average (start → end) |`,
    '|---|---|---|---|---|---|---|---|',
  );
  for (const root of builds) {
    const db = await openBenchDatabase();
    try {
      await seedDemoOntology(db.executor, () => undefined);
      const { uri, user, password } = db.connection;
      const jvmBefore = db.serverPid === null ? null : cpuSeconds(db.serverPid);
      const load = loadavg()[0];
      const cli = join(root, 'dist', 'src', 'cli', 'ingest.js');
      const run = await runMeasured(process.execPath, [...NODE_ARGS, cli, ...cliArgs(cli, file)], {
        ...process.env,
        NEO4J_URI: uri,
        NEO4J_USER: user,
        NEO4J_PASSWORD: password,
      });
      const jvmAfter = db.serverPid === null ? null : cpuSeconds(db.serverPid);
      const created = Number(/(\d+) created/.exec(run.stdout)?.[1]);
      if (created !== INGEST_REPORTS) throw new Error(`expected ${INGEST_REPORTS} reports created, the CLI said: ${run.stdout}`);
      const jvm = jvmBefore === null || jvmAfter === null ? 'n/a' : (jvmAfter - jvmBefore).toFixed(1);
      const cells = [
        root === PROJECT_ROOT ? 'this build' : root,
        run.seconds.toFixed(0),
        (created / run.seconds).toFixed(0),
        run.cpuSeconds.toFixed(1),
        jvm,
        mib(run.peakRss),
        [0.1, 0.5, 1].map((f) => mib(run.rssAt(f))).join(' / '),
        `${load.toFixed(2)} → ${loadavg()[0].toFixed(2)}`,
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    } finally {
      await db.close();
    }
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
