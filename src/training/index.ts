export { trainTagger, type TrainProgress, type TrainResult, type AbortFlag } from './trainer';
export { DEFAULT_TRAIN_CONFIG, resolveConfig, type TrainConfig, type ResolvedConfig } from './config';
export type { TrainingExample } from './dataset';
export { spanMetrics, type SpanMetrics, type LabelMetrics } from './metrics';
export { splitReports, type SplitRecord } from './split';
export { ConfigError, TrainingCancelledError } from './errors';
export { LOSS_KINDS, type LossConfig, type LossKind } from './math/losses';
