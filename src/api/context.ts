/**
 * Per-request context: a round-trip-counting view of the executor and fresh DataLoaders,
 * created for each GraphQL request and dropped with it; process-wide services are shared.
 */
import { Neo4jExecutor, RoundTripCounter } from '../db/executor';
import { OntologyLoaders } from '../ontology/concept.loaders';
import { ConceptService } from '../ontology/concept.service';
import type { Extractor } from '../reports/extractor';
import type { IngestService } from '../reports/ingest.service';
import { ReportRepository } from '../reports/report.repository';
import { ReportService } from '../reports/report.service';
import type { TrainingService } from '../training/training.service';

/** What lives as long as the server: the extraction runtime and ingestion. */
export interface AppServices {
  executor: Neo4jExecutor;
  extractor: Extractor;
  ingest: IngestService;
  /** Labels gold spans may carry (the tagger's label set). */
  spanLabels: readonly string[];
  /** Tagger training runs (one at a time, in a worker thread) and the stored taggers. */
  training: TrainingService;
}

export interface RequestContext extends AppServices {
  roundTrips: RoundTripCounter;
  ontology: ConceptService;
  reports: ReportService;
  repository: ReportRepository;
}

export function createRequestContext(services: AppServices): RequestContext {
  const roundTrips = new RoundTripCounter();
  const counted = services.executor.counting(roundTrips);
  return {
    ...services,
    executor: counted,
    roundTrips,
    ontology: new ConceptService(counted, new OntologyLoaders(counted)),
    reports: new ReportService(counted),
    repository: new ReportRepository(counted),
  };
}
