export { trainTagger, type TrainResult } from './trainer';
export { type TrainConfig } from './config';
export type { TrainingExample } from './core/dataset';
export { spanMetrics, type SpanMetrics } from './core/metrics';
export { type LossConfig } from './core/losses';
