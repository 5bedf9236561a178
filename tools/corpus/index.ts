/** Public surface of the synthetic report corpus (pure: no I/O; the CLI and reader do the files). */
export type { CorpusVocabulary, GeneratedReport, GoldSpan, PatternFamily } from './corpus.types';
export { ANNOTATED_SECTIONS } from './corpus.types';
export { generateReports, reportId } from './generate';
export { conceptLabels, goldLabelNames } from './gold-labels';
export { isHeldOut } from './split';
export { verifyReport } from './verify';
export { encode, fileHeader, toJsonLine, CSV_HEADER } from './formats';
export { bindPools, curatedForms, curatedIds } from './pools';
export { LONG_TAIL_FINDINGS } from './pools/long-tail.pool';
