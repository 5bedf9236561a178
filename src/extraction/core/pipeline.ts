/**
 * The pipeline: a list of named components, each taking and returning a Doc, assembled by
 * `createPipeline` with a default set (medspaCy style). Default order:
 *   sections -> tokens -> sentences -> targets -> predicates -> merge -> normalStatements ->
 *   context -> normalAnatomy -> modifiers -> anatomy -> sectionFilter
 * Callers may reorder, drop or add components through `options.components`.
 * Non-asserting sections (default: everything but FINDINGS, IMPRESSION, NONE) are dropped
 * by default; with sectionPolicy 'flag' their mentions are kept, asserted as usual, with
 * countsAsFinding = false ("INDICATION: rule out pneumonia" is a question, not a finding).
 */
import defaultRules from '../rules/context-rules.json';
import { propagateNegatedAnatomy } from './anatomy';
import { ConText } from './context';
import { loadContextRules, triggerWords } from './context-rules';
import { Dictionary, type DictionaryRecord } from './dictionary';
import type { FuzzyOptions } from './fuzzy';
import { matchTokens } from './matcher';
import { linkSpan, mergeTaggerSpans, type LinkResult } from './merge';
import { attachModifiers, emptyModifiers, namedLaterality } from './modifiers';
import { markNormalAnatomy, markNormalStatements } from './normals';
import { linkPredicates } from './predicates';
import lexicon from '../rules/modifiers.json';
import { DEFAULT_HEADERS, loadHeaderTable, splitSections } from './sections';
import { splitSentences } from './sentences';
import { tokenize } from './tokenize';
import type { Category, Component, Doc, Mention, SectionName, TaggerSpan, Target } from './extraction.types';

export interface PipelineOptions {
  /** Prebuilt dictionary, or the records to build one from. */
  dictionary: Dictionary | Iterable<DictionaryRecord>;
  /** Raw ConText rules (JSON array); validated. Defaults to rules/context-rules.json. */
  contextRules?: unknown;
  /** Raw section-header table (same shape as rules/section-headers.json). */
  sectionHeaders?: unknown;
  assertingSections?: SectionName[];
  sectionPolicy?: 'drop' | 'flag';
  /** Fuzzy options for a dictionary built here; false disables near-miss linking. */
  fuzzy?: Partial<FuzzyOptions> | false;
  components?: (defaults: Component[]) => Component[];
}

export interface Pipeline {
  readonly components: readonly Component[];
  readonly dictionary: Dictionary;
  /** Run every component; the Doc keeps all layers (sections, sentences, tokens). */
  process(text: string, taggerSpans?: readonly TaggerSpan[]): Doc;
  /** The mentions of a report, offsets into `text`. */
  extract(text: string, taggerSpans?: readonly TaggerSpan[]): Mention[];
  /** Link free text to a concept (for the tagger runtime). */
  linkSpan(text: string, category?: Category): LinkResult | null;
}

export function toMention(t: Target): Mention {
  const { tokenStart: _a, tokenEnd: _b, sentence: _c, semanticTypes: _d, locates: _e, ...mention } = t;
  return mention;
}

export function createPipeline(options: PipelineOptions): Pipeline {
  const rules = loadContextRules(options.contextRules ?? defaultRules);
  const context = new ConText(rules);
  const modifierWords = [...Object.keys(lexicon.words), ...Object.keys(lexicon.phrases).flatMap((p) => p.split(' '))];
  const dictionary =
    options.dictionary instanceof Dictionary
      ? options.dictionary
      : new Dictionary(options.dictionary, { fuzzy: options.fuzzy ?? {}, protectedWords: [...triggerWords(rules), ...modifierWords] });
  const headers = options.sectionHeaders === undefined ? DEFAULT_HEADERS : loadHeaderTable(options.sectionHeaders);
  const asserting = new Set<SectionName>(options.assertingSections ?? headers.asserting);
  const policy = options.sectionPolicy ?? 'drop';
  const counts = (t: Target): boolean => asserting.has(t.section);
  const lateralityOfName = namedLaterality();

  const defaults: Component[] = [
    { name: 'sections', run: (d) => ({ ...d, sections: splitSections(d.text, headers) }) },
    {
      name: 'tokens',
      run: (d) => ({
        ...d,
        tokens: tokenize(d.text).filter((t) => !d.sections.some((s) => s.header && t.start >= s.header.start && t.start < s.header.end)),
      }),
    },
    { name: 'sentences', run: (d) => ({ ...d, sentences: splitSentences(d.text, d.tokens, d.sections) }) },
    {
      name: 'targets',
      run: (d) => {
        const targets: Target[] = [];
        d.sentences.forEach((s, si) => {
          for (const m of matchTokens(dictionary, d.tokens, s.tokenStart, s.tokenEnd)) {
            const name = dictionary.names.get(m.entry.conceptId);
            const t: Target = {
              start: m.start,
              end: m.end,
              text: d.text.slice(m.start, m.end),
              conceptId: m.entry.conceptId,
              category: m.entry.category,
              assertion: 'PRESENT',
              section: s.section,
              source: 'RULES',
              confidence: m.confidence,
              modifiers: [],
              modifierDetail: emptyModifiers(),
              countsAsFinding: true,
              tokenStart: m.tokenStart,
              tokenEnd: m.tokenEnd,
              sentence: si,
              semanticTypes: m.entry.semanticTypes,
              ...(name ? { conceptName: name } : {}),
            };
            t.countsAsFinding = counts(t);
            targets.push(t);
          }
        });
        return { ...d, targets };
      },
    },
    { name: 'predicates', run: (d) => linkPredicates(d, dictionary, counts) },
    { name: 'merge', run: (d) => mergeTaggerSpans(d, dictionary, counts) },
    { name: 'normalStatements', run: markNormalStatements },
    { name: 'context', run: (d) => context.apply(d) },
    { name: 'normalAnatomy', run: markNormalAnatomy },
    { name: 'modifiers', run: (d) => attachModifiers(d, lateralityOfName) },
    { name: 'anatomy', run: propagateNegatedAnatomy },
    { name: 'sectionFilter', run: (d) => (policy === 'drop' ? { ...d, targets: d.targets.filter((t) => t.countsAsFinding) } : d) },
  ];
  const components = options.components ? options.components(defaults) : defaults;

  const process = (text: string, taggerSpans: readonly TaggerSpan[] = []): Doc =>
    components.reduce<Doc>((doc, c) => c.run(doc), {
      text,
      sections: [],
      tokens: [],
      sentences: [],
      targets: [],
      taggerSpans: [...taggerSpans],
    });

  return {
    components,
    dictionary,
    process,
    extract: (text, spans) => process(text, spans).targets.map(toMention),
    linkSpan: (text, category) => linkSpan(dictionary, text, category),
  };
}
