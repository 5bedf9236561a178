/**
 * Report-level gold from the spans. Concept level: one assertion per observed concept,
 * PRESENT > UNCERTAIN > ABSENT when a concept recurs (a finding stated anywhere in the
 * report is in the image; "no right effusion" beside "small left effusion" does not
 * undo it). Label level: each label set's labels, hierarchy-aware over is-a, with the
 * same precedence (the CheXpert labeler's), through src/labels.
 */
import { assignLabels, type LabelSet } from '../../src/labels';
import type { Assertion } from '../../src/shared/core/assertion';
import type { GoldSpan } from './corpus.types';
import type { VocabularyIndex } from './vocabulary';

const CONCEPT_PRECEDENCE: readonly Assertion[] = ['PRESENT', 'UNCERTAIN', 'ABSENT'];
const RANK: Record<Assertion, number> = { PRESENT: 0, UNCERTAIN: 1, ABSENT: 2 };

export function conceptLabels(spans: readonly GoldSpan[]): Record<string, Assertion> {
  const out: Record<string, Assertion> = {};
  for (const span of spans) {
    if (span.label === 'ANAT-DP') continue;
    const seen = out[span.conceptId];
    if (seen === undefined || RANK[span.assertion] < RANK[seen]) out[span.conceptId] = span.assertion;
  }
  return out;
}

export interface GoldLabelNames {
  /** Union over the sets; "No Finding" only when every set that has one assigns it. */
  names: string[];
  bySet: Record<string, string[]>;
}

export function goldLabelNames(labels: Record<string, Assertion>, labelSets: readonly LabelSet[], index: VocabularyIndex): GoldLabelNames {
  const mentions = Object.entries(labels).map(([conceptId, assertion]) => ({ conceptId, assertion }));
  const bySet: Record<string, string[]> = {};
  const names: string[] = [];
  const noFinding = new Map<string, boolean>();
  for (const set of labelSets) {
    const positive = assignLabels(set, mentions, index.isDescendantOrSelf, { precedence: CONCEPT_PRECEDENCE })
      .filter((a) => a.status === 'POSITIVE')
      .map((a) => a.label);
    bySet[set.name] = positive;
    for (const name of positive) {
      if (name === set.noFindingLabel) continue;
      if (!names.includes(name)) names.push(name);
    }
    if (set.noFindingLabel !== undefined) {
      const all = noFinding.get(set.noFindingLabel) ?? true;
      noFinding.set(set.noFindingLabel, all && positive.includes(set.noFindingLabel));
    }
  }
  for (const [name, all] of noFinding) if (all) names.unshift(name);
  return { names, bySet };
}
