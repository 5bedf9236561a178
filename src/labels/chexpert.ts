/**
 * CheXpert-style CSV encoding: POSITIVE 1, NEGATIVE 0, UNCERTAIN −1, NOT_MENTIONED blank.
 * Columns follow CheXpert's layout: "No Finding" first, then the labels in set order.
 */
import type { LabelAssignment, LabelStatus } from './assign-labels';
import type { LabelSet } from './label-set';

const CODE: Record<LabelStatus, string> = { POSITIVE: '1', NEGATIVE: '0', UNCERTAIN: '-1', NOT_MENTIONED: '' };

export function chexpertValue(status: LabelStatus): string {
  return CODE[status];
}

export function chexpertColumns(labelSet: LabelSet): string[] {
  const names = labelSet.labels.map((l) => l.name);
  return labelSet.noFindingLabel !== undefined ? [labelSet.noFindingLabel, ...names] : names;
}

/** Cells for `columns`; a column with no assignment is blank. */
export function chexpertRow(assignments: readonly LabelAssignment[], columns: readonly string[]): string[] {
  const byLabel = new Map(assignments.map((a) => [a.label, a.status]));
  return columns.map((column) => {
    const status = byLabel.get(column);
    return status === undefined ? '' : CODE[status];
  });
}

