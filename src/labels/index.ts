/** Public surface of the labels feature (pure: no I/O). */
export { parseLabelSet, type LabelDefinition, type LabelSet, type ParsedLabelSet } from './core/label-set';
export {
  PAPER_PRECEDENCE,
  assignLabels,
  type AssignOptions,
  type LabelAssignment,
  type LabelStatus,
  type Mention,
} from './core/assign-labels';
export { chexpertColumns, chexpertRow, chexpertValue, formatCsvLine } from './chexpert';
