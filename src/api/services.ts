/** The process-wide services the API shares across requests. */
import type { Neo4jExecutor } from '../db/executor';
import { Extractor } from '../extraction/extractor';
import { queryExtractorOf } from '../extraction/query-extractor';
import { IngestService } from '../reports/ingest.service';
import { ReportRepository } from '../reports/report.repository';
import { OntologyMemory, ontologyEngine } from '../ontology/memory/ontology-memory';
import { AuditLog } from '../security/audit-log';
import { Metrics } from '../metrics/metrics';
import { TimedSimilarityIndex } from '../metrics/timed-similarity-index';
import { similarityEngine } from '../similarity/memory/similarity-index';
import { ScoringPool, scoringWorkers } from '../similarity/memory/scoring-pool';
import { logger } from '../shared/logger';
import { DEFAULT_LABELS } from '../extraction/tagger';
import { TrainingService, type TrainingOptions } from '../training/training.service';
import type { AppServices } from './context';

export function createAppServices(executor: Neo4jExecutor, training: TrainingOptions = {}): AppServices {
  const extractor = new Extractor(executor);
  const ingest = new IngestService(extractor, new ReportRepository(executor));
  // Loaded by the caller (`await services.similarityIndex?.load()`); until then Cypher serves.
  const metrics = new Metrics();
  const workers = similarityEngine() === 'index' ? scoringWorkers() : 0;
  const scoring =
    workers > 0
      ? new ScoringPool(workers, (error) =>
          logger.error('similarity scoring worker failed; scoring in the main thread', { error: error.message }),
        )
      : null;
  const similarityIndex =
    similarityEngine() === 'index' ? new TimedSimilarityIndex(executor, (s) => metrics.observeReload('similarity', s), scoring) : null;
  if (similarityIndex) ingest.onStored(similarityIndex.onStored);
  // Loaded by the caller too (`await services.ontologyMemory?.load()`); until then Cypher serves.
  const ontologyMemory = ontologyEngine() === 'memory' ? new OntologyMemory(executor) : null;
  ontologyMemory?.onReload((_, seconds) => metrics.observeReload('ontology', seconds));
  metrics.watch(
    {
      ontologyConcepts: () => ontologyMemory?.current?.graph.size ?? null,
      ontologyNames: () => ontologyMemory?.current?.names.size ?? null,
      similarityReports: () => similarityIndex?.current?.size ?? null,
    },
    executor,
  );
  return {
    executor,
    ontologyMemory,
    metrics,
    extractor,
    ingest,
    similarityIndex,
    spanLabels: DEFAULT_LABELS,
    audit: new AuditLog(executor),
    queryExtractor: queryExtractorOf(extractor),
    training: new TrainingService(executor, extractor, DEFAULT_LABELS, training),
  };
}
