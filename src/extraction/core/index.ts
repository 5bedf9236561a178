/** Public surface of the extraction pipeline (pure: no I/O, no driver, no runtime). */
export { createPipeline, toMention, type Pipeline, type PipelineOptions } from './pipeline';
export { Dictionary, type DictionaryRecord, type DictionaryOptions } from './dictionary';
export { linkSpan, mergeTargets, type LinkResult } from './merge';
export { reportConceptAssertions, DEFAULT_PRECEDENCE, PAPER_LABEL_PRECEDENCE, type ConceptAssertion } from './concepts';
export { loadContextRules, ContextRuleError, type ContextRule } from './context-rules';
export { loadHeaderTable, splitSections } from './sections';
export { splitSentences } from './sentences';
export { tokenize } from './tokenize';
export { categoryOf } from './categories';
export { DEFAULT_FUZZY, type FuzzyOptions } from './fuzzy';
export type * from './extraction.types';
