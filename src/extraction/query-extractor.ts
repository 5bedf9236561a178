/** Text → the concept sets similarity compares, through the same extraction as ingestion. */
import { reportConceptAssertions } from './core';
import type { QueryExtractor } from '../similarity/similarity.service';
import type { Extractor } from './extractor';

export function queryExtractorOf(extractor: Extractor): QueryExtractor {
  return {
    async conceptsOf(text) {
      const [extraction] = await extractor.extractBatch([text]);
      const concepts = reportConceptAssertions(extraction.mentions);
      const having = (assertion: string): string[] => concepts.filter((c) => c.assertion === assertion).map((c) => c.conceptId);
      return { id: 'query', present: having('PRESENT'), absent: having('ABSENT'), uncertain: having('UNCERTAIN') };
    },
  };
}
