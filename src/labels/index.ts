/** Public surface of the labels feature (pure: no I/O). */
export { parseLabelSet, type LabelDefinition, type LabelSet, type ParsedLabelSet } from './label-set';
export {
  PAPER_PRECEDENCE,
  assignLabels,
  type AssignOptions,
  type LabelAssignment,
  type LabelStatus,
  type Mention,
} from './assign-labels';
export { chexpertColumns, chexpertRow, chexpertValue } from './chexpert';
