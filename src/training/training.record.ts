/** Training runs and tagger models as stored: JSON properties parsed, nothing else. */
import type { SpanSource } from './examples';
import type { SplitRecord } from './core/split';
import type { SpanMetrics } from './core/metrics';

export type RunStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';

export interface RunProgress {
  epoch: number;
  step: number;
  loss: number | null;
  devF1: number | null;
}

/** What a run was asked to do: the resolved trainer config plus the data selection. */
export interface RunConfig {
  name: string;
  spanSources: SpanSource[];
  loss: string;
  lossParams: Record<string, unknown>;
  epochs: number;
  learningRate: number;
  batchSize: number;
  hidden: number;
  embeddingDim: number;
  hashBuckets: number;
  patience: number;
  devFraction: number;
  seed: number;
  labelSet: string[];
  /** the lexicon's semantic types and term count (absent on runs from before the lexicon option) */
  lexiconSemanticTypes?: string[];
  lexiconTerms?: number;
  /** on a model's params: how training went */
  epochsRun?: number;
  bestEpoch?: number;
}

export interface RunRecord {
  id: string;
  name: string;
  status: RunStatus;
  config: RunConfig;
  split: SplitRecord | null;
  progress: RunProgress | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  modelId: string | null;
  examples: number;
  spans: number;
}

export interface ModelRecord {
  id: string;
  name: string;
  createdAt: string;
  runId: string;
  loss: string;
  params: RunConfig;
  labelSet: string[];
  metrics: SpanMetrics | null;
  sha256: string;
  sizeBytes: number;
  active: boolean;
}

type Raw = Record<string, unknown>;
const json = <T>(value: unknown, fallback: T): T => (typeof value === 'string' && value !== '' ? (JSON.parse(value) as T) : fallback);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function toRunRecord(raw: Raw): RunRecord {
  return {
    id: raw.id as string,
    name: raw.name as string,
    status: raw.status as RunStatus,
    config: json(raw.config, {} as RunConfig),
    split: json<SplitRecord | null>(raw.split, null),
    progress: json<RunProgress | null>(raw.progress, null),
    error: str(raw.error),
    createdAt: raw.createdAt as string,
    startedAt: str(raw.startedAt),
    finishedAt: str(raw.finishedAt),
    modelId: str(raw.modelId),
    examples: Number(raw.examples ?? 0),
    spans: Number(raw.spans ?? 0),
  };
}

export function toModelRecord(raw: Raw): ModelRecord {
  return {
    id: raw.id as string,
    name: raw.name as string,
    createdAt: raw.createdAt as string,
    runId: raw.runId as string,
    loss: raw.loss as string,
    params: json(raw.params, {} as RunConfig),
    labelSet: (raw.labelSet as string[]) ?? [],
    metrics: json<SpanMetrics | null>(raw.metrics, null),
    sha256: raw.sha256 as string,
    sizeBytes: Number(raw.sizeBytes ?? 0),
    active: raw.active === true,
  };
}
