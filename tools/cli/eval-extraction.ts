/**
 * `npm run eval:extraction [-- --file corpus.jsonl --all --tagger model.onnx --json out.json]`:
 * extraction quality (rules, optionally with an ONNX tagger) on the held-out part of a gold corpus.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../src/config';
import { DEFAULT_NOT_ANNOTATED, evaluateCorpusExtraction } from '../evaluation/corpus-extraction';
import { taggerSpanOf } from '../../src/extraction/extractor';
import { loadTagger } from '../../src/extraction/tagger';

const pct = (x: number): string => (100 * x).toFixed(1);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string', default: join(PROJECT_ROOT, 'seed', 'corpus', 'reports.jsonl') },
      ontology: { type: 'string', default: join(PROJECT_ROOT, 'seed', 'ontology') },
      all: { type: 'boolean', default: false },
      tagger: { type: 'string' },
      json: { type: 'string' },
      'not-annotated': { type: 'string', default: DEFAULT_NOT_ANNOTATED.join(',') },
    },
  });
  const tagger = values.tagger ? await loadTagger(values.tagger) : null;
  const notAnnotated = values['not-annotated']
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const scores = await evaluateCorpusExtraction({
    corpusFile: values.file,
    ontologyDir: values.ontology,
    all: values.all,
    notAnnotated,
    tag: tagger
      ? async (texts) => (await tagger.tagBatch(texts)).map((spans) => spans.flatMap((s) => taggerSpanOf(s, 'TAGGER') ?? []))
      : undefined,
  });
  const worst = [...scores.perConcept]
    .filter(([, s]) => s.tp + s.fn >= 3)
    .sort((a, b) => a[1].f1 - b[1].f1)
    .slice(0, 10);
  console.log(`Extraction on ${scores.reports} ${values.all ? '' : 'held-out '}reports (${tagger ? 'rules + tagger' : 'rules only'})`);
  console.log(`Not scored: ontology roots and the subtrees of ${notAnnotated.join(', ') || '(none)'} (not annotated in the corpus).\n`);
  console.log('| measure | precision | recall | F1 |\n|---|---|---|---|');
  console.log(
    `| mentions, exact span + concept | ${pct(scores.strict.precision)} | ${pct(scores.strict.recall)} | ${pct(scores.strict.f1)} |`,
  );
  console.log(
    `| mentions, overlapping span + concept | ${pct(scores.relaxed.precision)} | ${pct(scores.relaxed.recall)} | ${pct(scores.relaxed.f1)} |`,
  );
  console.log(
    `| report-level concept + assertion | ${pct(scores.reportConcepts.precision)} | ${pct(scores.reportConcepts.recall)} | ${pct(scores.reportConcepts.f1)} |`,
  );
  console.log(`\nAssertion accuracy on matched mentions: ${pct(scores.assertionAccuracy)}%`);
  console.log('\nLowest report-level F1 (concepts with ≥ 3 gold reports):');
  for (const [id, s] of worst) console.log(`  ${id.padEnd(28)} F1 ${pct(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  if (values.json) writeFileSync(values.json, JSON.stringify({ ...scores, perConcept: Object.fromEntries(scores.perConcept) }, null, 2));
  await tagger?.dispose();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
