/**
 * The extraction worker: the same pipeline as the main thread, over a copy of the dictionary
 * records it was started with, so a long text's synchronous CPU does not hold the API's loop.
 */
import Piscina from 'piscina';
import type { DictionaryRecord } from '../dictionary';
import { createPipeline, toMention, type Pipeline } from '../pipeline';
import type { Dictionary } from '../dictionary';
import type { ExtractionTask, WorkerExtraction } from './extraction-task';

const records = (Piscina.workerData as { records: DictionaryRecord[] }).records;
let dictionary: Dictionary | null = null;
const pipelines = new Map<string, Pipeline>();

function pipelineFor(sections: ExtractionTask['sections']): Pipeline {
  // Built exactly as the main thread builds it (Extractor.pipeline), so both answer alike.
  dictionary ??= createPipeline({ dictionary: records }).dictionary;
  const key = sections ? [...sections].sort().join(',') : 'default';
  let pipeline = pipelines.get(key);
  if (!pipeline) {
    pipeline = createPipeline({ dictionary, assertingSections: sections });
    pipelines.set(key, pipeline);
  }
  return pipeline;
}

export default function extract(task: ExtractionTask): WorkerExtraction {
  const doc = pipelineFor(task.sections).process(task.text, task.taggerSpans);
  return {
    mentions: doc.targets.map(toMention),
    sections: doc.sections.map(({ name, start, end }) => ({ name, start, end })),
  };
}
