/** What the main thread sends the extraction worker (structured-clone data only); it answers a DocExtraction. */
import type { SectionName, TaggerSpan } from '../core/extraction.types';

export interface ExtractionTask {
  text: string;
  taggerSpans: TaggerSpan[];
  sections?: SectionName[];
}
