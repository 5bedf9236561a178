/** Public surface of the synthetic report corpus (pure: no I/O; the CLI and reader do the files). */
export type {
  CorpusMetadata, CorpusVocabulary, GeneratedReport, GenerateOptions, GoldSpan, PatternFamily,
  SectionName, SectionSpan, SpanLabel,
} from './corpus.types';
export { ANNOTATED_SECTIONS } from './corpus.types';
export { generateReport, generateReports, reportId } from './generate';
export { CONCEPT_PRECEDENCE, conceptLabels, goldLabelNames } from './gold-labels';
export { isHeldOut, HELD_OUT_BUCKETS } from './split';
export { verifyReport } from './verify';
export { encode, fileHeader, toCsvRow, toJsonLine, CSV_HEADER, type CorpusFormat } from './formats';
export { bindPools, curatedForms, curatedIds, type PoolSet } from './pools';
export { LONG_TAIL_FINDINGS } from './pools/long-tail.pool';
export { NORMAL_FRACTION } from './report.plan';
