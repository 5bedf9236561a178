/**
 * Learning-rate schedules over the planned steps (maxEpochs × batches per epoch):
 * `constant`, `linear` decay to 0, `cosine` decay to 0. `step` counts from 1; the rate of
 * step s is base · f((s − 1) / total), so the first step uses the full rate.
 */
export type LearningRateSchedule = 'constant' | 'linear' | 'cosine';

export const LEARNING_RATE_SCHEDULES: readonly LearningRateSchedule[] = ['constant', 'linear', 'cosine'];

export function scheduledRate(schedule: LearningRateSchedule, base: number, step: number, totalSteps: number): number {
  const progress = Math.min(1, Math.max(0, (step - 1) / totalSteps));
  if (schedule === 'linear') return base * (1 - progress);
  if (schedule === 'cosine') return base * 0.5 * (1 + Math.cos(Math.PI * progress));
  return base;
}
