export { trainTagger, type TrainProgress, type TrainResult, type AbortFlag } from './trainer';
export { DEFAULT_TRAIN_CONFIG, resolveConfig, type TrainConfig, type ResolvedConfig } from './config';
export type { TrainingExample } from './core/dataset';
export { spanMetrics, type SpanMetrics, type LabelMetrics } from './core/metrics';
export { splitReports, type SplitRecord } from './core/split';
export { ConfigError, TrainingCancelledError } from './errors';
export { LOSS_KINDS, type LossConfig, type LossKind } from './core/losses';
