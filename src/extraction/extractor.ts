/**
 * The extraction runtime: the pure pipeline over a dictionary read from the graph, plus
 * the active ONNX tagger when there is one. Swapping the tagger is a single reference
 * assignment, so a request sees the old model or the new one, never half of either.
 */
import { performance } from 'node:perf_hooks';
import type { CypherRunner } from '../db/executor';
import { extractionOf, PipelineSet, type DictionaryRecord } from './core';
import type { Assertion } from '../shared/core/assertion';
import type { Mention, SectionName, TaggerSpan } from './core/extraction.types';
import type { OnnxTagger, TaggedSpan } from './tagger';
import { DEFAULT_WORKER_MIN_CHARS, ExtractionPool } from './worker/extraction-pool';

export interface ActiveTagger {
  id: string;
  model: OnnxTagger;
}

export interface ExtractOptions {
  /** Sections whose mentions assert findings; the pipeline's default when absent. */
  sections?: SectionName[];
  useTagger?: boolean;
  /** Also return the report's sections (ingestion stores them). */
  withSections?: boolean;
}

export interface Extraction {
  mentions: Mention[];
  sections: { name: SectionName; start: number; end: number }[];
  taggerId: string | null;
}

const YIELD_AFTER_MS = 20;

const ASSERTION_OF_LABEL: Record<string, Assertion> = { DP: 'PRESENT', U: 'UNCERTAIN', DA: 'ABSENT' };

/** RadGraph-style tagger labels ("OBS-DA") → the pipeline's category and assertion. */
export function taggerSpanOf(span: TaggedSpan, source: string): TaggerSpan | null {
  const [category, code] = span.label.split('-');
  if ((category !== 'OBS' && category !== 'ANAT') || !(code in ASSERTION_OF_LABEL)) return null;
  return {
    start: span.start,
    end: span.end,
    category,
    assertion: ASSERTION_OF_LABEL[code],
    confidence: span.confidence,
    source,
  };
}

export interface ExtractorOptions {
  /** Texts at least this long are extracted on a worker thread (default 20,000 characters). */
  workerMinChars?: number;
}

export class Extractor {
  private records: Promise<DictionaryRecord[]> | null = null;
  private pipelines: Promise<PipelineSet> | null = null;
  private active: ActiveTagger | null = null;
  private workers: ExtractionPool | null = null;
  private readonly workerMinChars: number;

  constructor(
    private readonly runner: CypherRunner,
    options: ExtractorOptions = {},
  ) {
    this.workerMinChars = options.workerMinChars ?? DEFAULT_WORKER_MIN_CHARS;
  }

  get tagger(): ActiveTagger | null {
    return this.active;
  }

  /** The execution provider of the active tagger, or null when extraction runs on rules only. */
  get executionProvider(): string | null {
    return this.active?.model.executionProvider ?? null;
  }

  setTagger(next: ActiveTagger | null): ActiveTagger | null {
    const previous = this.active;
    this.active = next;
    return previous;
  }

  /** Stops the extraction worker, if one runs. */
  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = null;
    await workers?.close();
  }

  private dictionaryRecords(): Promise<DictionaryRecord[]> {
    this.records ??= this.runner.read<DictionaryRecord>('dictionary-records').catch((error: unknown) => {
      this.records = null;
      throw error;
    });
    return this.records;
  }

  private async workerPool(): Promise<ExtractionPool> {
    const records = await this.dictionaryRecords();
    this.workers ??= new ExtractionPool(records);
    return this.workers;
  }

  private pipelineSet(): Promise<PipelineSet> {
    this.pipelines ??= this.dictionaryRecords()
      .then((records) => new PipelineSet(records))
      .catch((error: unknown) => {
        this.pipelines = null;
        throw error;
      });
    return this.pipelines;
  }

  /** Mentions for many texts; the tagger (if any) runs once over the whole batch. */
  async extractBatch(texts: string[], options: ExtractOptions = {}): Promise<Extraction[]> {
    const pipeline = (await this.pipelineSet()).for(options.sections);
    const tagger = options.useTagger === false ? null : this.active;
    const tagged = tagger ? await tagger.model.tagBatch(texts) : texts.map(() => []);
    const source = tagger ? `TAGGER:${tagger.id}` : 'RULES';
    const extractions: Extraction[] = [];
    let sliceStart = performance.now();
    for (const [i, text] of texts.entries()) {
      // Extraction is synchronous CPU: a large batch yields between texts so other requests
      // are not held for the whole batch.
      if (performance.now() - sliceStart > YIELD_AFTER_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
      const spans = tagged[i].map((span) => taggerSpanOf(span, source)).filter((s): s is TaggerSpan => s !== null);
      const taggerId = tagger?.id ?? null;
      if (text.length >= this.workerMinChars) {
        const pool = await this.workerPool();
        const done = await pool.run({ text, taggerSpans: spans, ...(options.sections ? { sections: options.sections } : {}) });
        extractions.push({ mentions: done.mentions, sections: options.withSections ? done.sections : [], taggerId });
        sliceStart = performance.now();
        continue;
      }
      if (!options.withSections) {
        extractions.push({ mentions: pipeline.extract(text, spans), sections: [], taggerId });
        continue;
      }
      extractions.push({ ...extractionOf(pipeline.process(text, spans)), taggerId });
    }
    return extractions;
  }
}
