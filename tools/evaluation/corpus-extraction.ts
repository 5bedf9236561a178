/**
 * Runs extraction over a gold corpus file and scores it (see extraction.ts): the
 * dictionary comes straight from RRF files, so no database is needed.
 */
import { isHeldOut } from '../corpus';
import { createPipeline, reportConceptAssertions } from '../../src/extraction/core';
import type { TaggerSpan } from '../../src/extraction/core/extraction.types';
import { readDictionaryRecords, readIsaParents } from '../../src/ontology/rrf/rrf-dictionary';
import { readCorpus } from './corpus-file';
import { evaluateExtraction, EvaluatedReport, ExtractionScores } from './extraction';
import { excludedConcepts } from './scope';

export interface CorpusEvalOptions {
  corpusFile: string;
  ontologyDir: string;
  /** Every report, not only the held-out ones. */
  all?: boolean;
  notAnnotated?: readonly string[];
  /** Tagger spans for a batch of texts, when a tagger takes part. */
  tag?: (texts: string[]) => Promise<TaggerSpan[][]>;
}

export const DEFAULT_NOT_ANNOTATED = ['OC:TECHNICAL_OR_NORMAL_TERM'];

export async function evaluateCorpusExtraction(options: CorpusEvalOptions): Promise<ExtractionScores> {
  const records = readDictionaryRecords(options.ontologyDir);
  const pipeline = createPipeline({ dictionary: records });
  const excluded = excludedConcepts(
    new Set(records.map((r) => r.conceptId)),
    readIsaParents(options.ontologyDir),
    options.notAnnotated ?? DEFAULT_NOT_ANNOTATED,
  );
  const scored = <T extends { conceptId: string }>(items: T[]): T[] => items.filter((item) => !excluded.has(item.conceptId));
  const evaluated: EvaluatedReport[] = [];
  for await (const report of readCorpus(options.corpusFile)) {
    if (!options.all && !isHeldOut(report.id)) continue;
    const spans = options.tag ? (await options.tag([report.text]))[0] : [];
    const mentions = scored(pipeline.extract(report.text, spans));
    const findings = reportConceptAssertions(mentions.filter((m) => m.category === 'OBS'));
    evaluated.push({
      gold: scored(report.spans),
      predicted: mentions,
      goldConcepts: Object.fromEntries(Object.entries(report.labels).filter(([id]) => !excluded.has(id))),
      predictedConcepts: Object.fromEntries(findings.map((c) => [c.conceptId, c.assertion])),
    });
  }
  return evaluateExtraction(evaluated);
}
