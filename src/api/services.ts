/** The process-wide services the API shares across requests. */
import type { Neo4jExecutor } from '../db/executor';
import { Extractor } from '../reports/extractor';
import { IngestService } from '../reports/ingest.service';
import { ReportRepository } from '../reports/report.repository';
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
    training: new TrainingService(executor, extractor, DEFAULT_LABELS, training),
  };
}
