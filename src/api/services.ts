/** The process-wide services the API shares across requests. */
import type { Neo4jExecutor } from '../db/executor';
import { Extractor } from '../reports/extractor';
import { queryExtractorOf } from '../reports/query-extractor';
import { IngestService } from '../reports/ingest.service';
import { ReportRepository } from '../reports/report.repository';
import { AuditLog } from '../security/audit-log';
import { DEFAULT_LABELS } from '../tagger';
import { TrainingService, type TrainingOptions } from '../training/training.service';
import type { AppServices } from './context';

export function createAppServices(executor: Neo4jExecutor, training: TrainingOptions = {}): AppServices {
  const extractor = new Extractor(executor);
  return {
    executor,
    extractor,
    ingest: new IngestService(extractor, new ReportRepository(executor)),
    spanLabels: DEFAULT_LABELS,
    audit: new AuditLog(executor),
    queryExtractor: queryExtractorOf(extractor),
    training: new TrainingService(executor, extractor, DEFAULT_LABELS, training),
  };
}
