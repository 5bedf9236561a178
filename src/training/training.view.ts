/** Stored records → the shapes of the GraphQL types (training.type.ts). Pure. */
import type { SpanMetrics } from './core/metrics';
import type { ModelRecord, RunConfig, RunRecord } from './training.record';
import type { LabelMetric, TaggerMetrics, TaggerModel, TrainingParams, TrainingSplit } from './training.type';

export type RunView = Omit<RunRecord, 'config' | 'split'> & { config: TrainingParams; split: TrainingSplit | null };

function paramsView(c: RunConfig): TrainingParams {
  return {
    ...c,
    lossParams: JSON.stringify(c.lossParams ?? {}),
    spanSources: c.spanSources as TrainingParams['spanSources'],
    lexiconSemanticTypes: c.lexiconSemanticTypes ?? [],
    lexiconTerms: c.lexiconTerms ?? 0,
    epochsRun: c.epochsRun ?? null,
    bestEpoch: c.bestEpoch ?? null,
  };
}

function metricsView(m: SpanMetrics | null): TaggerMetrics | null {
  if (m === null) return null;
  const perLabel: LabelMetric[] = m.perLabel.map(({ label, precision, recall, f1, support }) => ({
    label,
    precision,
    recall,
    f1,
    support,
  }));
  return { perLabel, microF1: m.micro.f1, macroF1: m.macroF1 };
}

export function runView(run: RunRecord): RunView {
  const split =
    run.split === null
      ? null
      : { seed: run.split.seed, devFraction: run.split.devFraction, trainReports: run.split.train.length, dev: [...run.split.dev] };
  return { ...run, config: paramsView(run.config), split };
}

export function modelView(model: ModelRecord): TaggerModel {
  return { ...model, params: paramsView(model.params), metrics: metricsView(model.metrics) };
}
