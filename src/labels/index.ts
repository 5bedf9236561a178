/** Public surface of the labels feature (pure: no I/O). */
export { parseLabelSet, type LabelSet } from './core/label-set';
export { assignLabels, type Mention } from './core/assign-labels';
export { chexpertColumns, chexpertRow } from './chexpert';
