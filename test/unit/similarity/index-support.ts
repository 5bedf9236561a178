/** Builds the in-process index straight from a random world (no database). */
import { CorpusIndex, type IndexedReport } from '../../../src/similarity/memory/corpus-index';
import { OntologyIndex } from '../../../src/similarity/memory/ontology-index';
import type { ReportConcepts } from '../../../src/similarity/core';
import type { World } from '../../support/similarity/random-world';

export function indexed(report: ReportConcepts, world: World): IndexedReport {
  return {
    id: report.id,
    modality: world.modalities.get(report.id) ?? null,
    studyDate: world.studyDates?.get(report.id) ?? null,
    edges: [
      ...report.present.map((conceptId) => ({ conceptId, assertion: 'PRESENT' as const })),
      ...report.absent.map((conceptId) => ({ conceptId, assertion: 'ABSENT' as const })),
      ...report.uncertain.map((conceptId) => ({ conceptId, assertion: 'UNCERTAIN' as const })),
    ],
  };
}

export function indexWorld(world: World): CorpusIndex {
  const ontology = new OntologyIndex({
    concepts: world.data.concepts.map((c) => ({ id: c.id, tuis: c.semanticTypes })),
    isa: world.data.isa,
    synonyms: world.data.synonyms,
  });
  const corpus = new CorpusIndex(ontology);
  for (const report of world.reports) corpus.put(indexed(report, world));
  return corpus;
}
