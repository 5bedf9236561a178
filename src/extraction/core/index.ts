/** Public surface of the extraction pipeline (pure: no I/O, no driver, no runtime). */
export { createPipeline, toMention, type Pipeline, type PipelineOptions } from './pipeline';
export { PipelineSet, extractionOf, type DocExtraction } from './pipeline-set';
export { Dictionary, type DictionaryRecord } from './dictionary';
export { reportConceptAssertions, PAPER_LABEL_PRECEDENCE } from './concepts';
export { loadContextRules, ContextRuleError } from './context-rules';
export { loadHeaderTable, splitSections } from './sections';
export { splitSentences } from './sentences';
export { tokenize } from './tokenize';
export { categoryOf } from './categories';
export type * from './extraction.types';
