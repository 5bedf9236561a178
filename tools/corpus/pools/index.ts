/**
 * The curated pools bound to a vocabulary. Binding checks every curated concept id and
 * surface form against the ontology strings and refuses the vocabulary when one is
 * missing, so the corpus cannot drift from the ontology it is judged against.
 */
import type { CorpusVocabulary } from '../corpus.types';
import { indexVocabulary, type VocabularyIndex } from '../vocabulary';
import { ANATOMY } from './anatomy.pool';
import { DEVICES, LEAD, LINES_AND_TUBES, PACER_LEAD, type DeviceSpec } from './device.pool';
import { COMMON_FINDINGS } from './finding.pool';
import type { FindingSpec } from './finding.types';
import { INTERPRETATION_FORMS } from './interpretation.pool';
import { LONG_TAIL_FINDINGS } from './long-tail.pool';
import { NEGATABLE, type NegatableSpec } from './negation.pool';
import { LOW_LUNG_VOLUMES } from './technical.pool';

export interface PoolSet {
  index: VocabularyIndex;
  findings: readonly FindingSpec[];
  negatable: readonly NegatableSpec[];
  /** Findings a prior study may have shown that have since resolved. */
  resolvable: readonly FindingSpec[];
  /** Devices whose removal reports mention. */
  removable: readonly DeviceSpec[];
  relatedToAny(id: string, others: readonly string[]): boolean;
}

const RESOLVABLE = new Set(['D010996', 'OC:CONSOLIDATION', 'D011030', 'D001261', 'OC:OPACITY', 'D011654', 'OC:AIRSPACE_OPACITY']);
const REMOVABLE = new Set([
  'OC:ENDOTRACHEAL_TUBE',
  'OC:NASOGASTRIC_TUBE',
  'OC:OROGASTRIC_TUBE',
  'D015505',
  'OC:INTERNAL_JUGULAR_CATHETER',
  'OC:SWAN_GANZ_CATHETER',
]);

/** Every curated (concept id, surface form) pair that must be a string of the concept. */
export function curatedForms(): { id: string; form: string; where: string }[] {
  const out: { id: string; form: string; where: string }[] = [];
  const add = (where: string, id: string, forms: readonly string[]): void => forms.forEach((form) => out.push({ id, form, where }));
  for (const f of [...COMMON_FINDINGS, ...LONG_TAIL_FINDINGS]) add('finding', f.id, [...f.forms, ...(f.plurals ?? [])]);
  for (const n of NEGATABLE) add('negatable', n.id, n.forms);
  for (const d of DEVICES) add('device', d.id, d.forms);
  for (const [key, a] of Object.entries(ANATOMY)) add(`anatomy ${key}`, a.id, a.nouns);
  for (const [id, forms] of Object.entries(INTERPRETATION_FORMS)) add('interpretation', id, forms);
  add('lead', LEAD.id, [...LEAD.singular, ...LEAD.plural]);
  add('lead', PACER_LEAD.id, [...PACER_LEAD.singular, ...PACER_LEAD.plural]);
  add('devices', LINES_AND_TUBES.id, LINES_AND_TUBES.forms);
  add('technical', LOW_LUNG_VOLUMES.id, LOW_LUNG_VOLUMES.forms);
  return out;
}

/** Concept ids used without a surface check (predicate words, anatomy adjectives). */
export function curatedIds(): string[] {
  const ids = new Set(curatedForms().map((f) => f.id));
  for (const f of [...COMMON_FINDINGS, ...LONG_TAIL_FINDINGS]) for (const id of f.interpretations ?? []) ids.add(id);
  return [...ids];
}

export function bindPools(vocabulary: CorpusVocabulary): PoolSet {
  const index = indexVocabulary(vocabulary);
  const problems: string[] = [];
  for (const id of curatedIds()) if (!index.has(id)) problems.push(`unknown concept ${id}`);
  for (const { id, form, where } of curatedForms()) {
    if (index.has(id) && !index.hasString(id, form)) problems.push(`${where}: "${form}" is not a string of ${id}`);
  }
  if (problems.length > 0) throw new Error(`Curated pools do not match the vocabulary:\n  ${problems.join('\n  ')}`);
  const related = (a: string, b: string): boolean => index.isDescendantOrSelf(a, b) || index.isDescendantOrSelf(b, a);
  const findings = [...COMMON_FINDINGS, ...LONG_TAIL_FINDINGS];
  return {
    index,
    findings,
    negatable: NEGATABLE,
    resolvable: findings.filter((f) => RESOLVABLE.has(f.id)),
    removable: DEVICES.filter((d) => REMOVABLE.has(d.id)),
    relatedToAny: (id, others) => others.some((o) => related(id, o)),
  };
}
