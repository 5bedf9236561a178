/**
 * The pipelines of one dictionary, one per choice of asserting sections, built on first use.
 * The main thread and the extraction worker both extract through this, so a text answers
 * alike wherever it runs. Pure.
 */
import type { Dictionary, DictionaryRecord } from './dictionary';
import type { Doc, Mention, SectionName } from './extraction.types';
import { createPipeline, toMention, type Pipeline } from './pipeline';

/** A report's mentions and its sections, as ingestion stores them. */
export interface DocExtraction {
  mentions: Mention[];
  sections: { name: SectionName; start: number; end: number }[];
}

export function extractionOf(doc: Doc): DocExtraction {
  return { mentions: doc.targets.map(toMention), sections: doc.sections.map(({ name, start, end }) => ({ name, start, end })) };
}

export class PipelineSet {
  private dictionary: Dictionary | null = null;
  private readonly bySections = new Map<string, Pipeline>();

  constructor(private readonly records: Iterable<DictionaryRecord>) {}

  /** The pipeline asserting `sections` (the pipeline's default when absent). */
  for(sections: SectionName[] | undefined): Pipeline {
    // The first pipeline builds the dictionary (with its fuzzy safeguards); the others share it.
    this.dictionary ??= createPipeline({ dictionary: this.records }).dictionary;
    const key = sections ? [...sections].sort().join(',') : 'default';
    let pipeline = this.bySections.get(key);
    if (!pipeline) {
      pipeline = createPipeline({ dictionary: this.dictionary, assertingSections: sections });
      this.bySections.set(key, pipeline);
    }
    return pipeline;
  }
}
