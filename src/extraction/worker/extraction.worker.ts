/**
 * The extraction worker: the same pipelines as the main thread, over a copy of the dictionary
 * records it was started with, so a long text's synchronous CPU does not hold the API's loop.
 */
import Piscina from 'piscina';
import type { DictionaryRecord } from '../core/dictionary';
import { extractionOf, PipelineSet, type DocExtraction } from '../core/pipeline-set';
import type { ExtractionTask } from './extraction-task';

const pipelines = new PipelineSet((Piscina.workerData as { records: DictionaryRecord[] }).records);

export default function extract(task: ExtractionTask): DocExtraction {
  return extractionOf(pipelines.for(task.sections).process(task.text, task.taggerSpans));
}
