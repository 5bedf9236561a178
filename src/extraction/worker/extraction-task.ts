/** What the main thread sends the extraction worker and what comes back (structured-clone data only). */
import type { Mention, SectionName, TaggerSpan } from '../types';

export interface ExtractionTask {
  text: string;
  taggerSpans: TaggerSpan[];
  sections?: SectionName[];
}

export interface WorkerExtraction {
  mentions: Mention[];
  sections: { name: SectionName; start: number; end: number }[];
}
