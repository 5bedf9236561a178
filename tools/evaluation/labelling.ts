/**
 * Labelling evaluation: gold names mapped to concepts through the ontology's Name nodes,
 * the system's labels from the graph with the same rule as src/labels (a PRESENT concept
 * that is the label's concept or a descendant; absent > present > uncertain), then P/R/F1.
 */
import type { CypherRunner } from '../../src/db/executor';
import type { LabelSet } from '../../src/labels/core/label-set';
import type { Assertion } from '../../src/shared/core/assertion';
import { labelSetSource } from '../../src/labels/label-set.store';
import { LabelService } from '../../src/labels/label.service';
import { normaliseTerm } from '../../src/ontology/term-key';
import { GoldMapping, isNoFinding, mapGoldNames, NameHit, NO_FINDING } from './gold-labels';
import { LabelScores, longTailLabels, scoreLabels } from './label-metrics';

const EVAL_SET = 'evaluation-gold';
const PAGE = 200;

export async function mapGoldThroughOntology(runner: CypherRunner, names: readonly string[]): Promise<GoldMapping> {
  const norms = [...new Set(names.map(normaliseTerm).filter(Boolean))];
  const hits = await runner.read<NameHit>('eval-gold-concepts', { norms });
  return mapGoldNames(names, hits);
}

/** A label set made of the mapped gold names, No Finding by rule; non-finding names do not block it. */
export function goldLabelSet(mapping: GoldMapping, nonFinding: ReadonlySet<string>): LabelSet {
  return {
    name: EVAL_SET,
    description: 'Gold label names of the evaluation file, mapped to concepts',
    noFindingLabel: NO_FINDING,
    labels: [...mapping.mapped].map(([name, concepts]) => ({ name, concepts, finding: !nonFinding.has(name) })),
  };
}

/**
 * Issue 10's rule: a report is positive for a label when a PRESENT concept is the label's
 * concept or a descendant, so an absent descendant ("no consolidation") does not cancel a
 * present ancestor ("opacity"); uncertain never counts. Present first, as in the CheXpert labeler.
 */
const EVAL_PRECEDENCE: readonly Assertion[] = ['PRESENT', 'UNCERTAIN', 'ABSENT'];

/** The labels each stored report is POSITIVE for (No Finding included when the rule gives it). */
export async function systemPositives(
  runner: CypherRunner,
  set: LabelSet,
  ids: readonly string[],
  onPage?: (done: number) => void,
): Promise<Map<string, Set<string>>> {
  const service = new LabelService(runner, labelSetSource([set]));
  const positives = new Map<string, Set<string>>();
  for (let start = 0; start < ids.length; start += PAGE) {
    const assigned = await service.labelsOf(ids.slice(start, start + PAGE), set.name, { precedence: EVAL_PRECEDENCE });
    for (const [id, assignments] of assigned) {
      positives.set(id, new Set(assignments.filter((a) => a.status === 'POSITIVE').map((a) => a.label)));
    }
    onPage?.(Math.min(ids.length, start + PAGE));
  }
  return positives;
}

export interface LabellingResult {
  labels: string[];
  all: LabelScores;
  longTailLabels: string[];
  longTail: LabelScores;
  /** The keyword baseline on the same labels, when it ran. */
  baseline?: { method: string; description: string; all: LabelScores; labelsWithKeywords: number };
}

/**
 * Scores over the mapped names and No Finding, or over `only` (the `--label-names` list)
 * when given; `golds` are the file's names per report.
 */
export function scoreLabelling(
  ids: readonly string[],
  golds: ReadonlyMap<string, readonly string[]>,
  predicted: ReadonlyMap<string, ReadonlySet<string>>,
  set: LabelSet,
  only?: readonly string[],
): LabellingResult {
  const scored = new Set(only ?? [...set.labels.map((l) => l.name), NO_FINDING]);
  const cases = ids.map((id) => ({
    gold: new Set((golds.get(id) ?? []).filter((name) => scored.has(name))),
    predicted: predicted.get(id) ?? new Set<string>(),
  }));
  const present = new Set(cases.flatMap((c) => [...c.gold]));
  const labels = [...scored].filter((label) => present.has(label));
  const tail = longTailLabels(cases.map((c) => c.gold));
  return { labels, all: scoreLabels(cases, labels), longTailLabels: tail, longTail: scoreLabels(cases, tail) };
}

/**
 * Checks a `--label-names` list against the file: every name must be a gold name that maps
 * to a concept (or No Finding). Returns the names in canonical spelling; throws naming the bad ones.
 */
export function checkLabelNames(requested: readonly string[], mapping: GoldMapping, goldNames: readonly string[]): string[] {
  const known = new Map(goldNames.map((name) => [normaliseTerm(name), name]));
  const bad: string[] = [];
  const names = requested.flatMap((name) => {
    const canonical = isNoFinding(name) ? NO_FINDING : known.get(normaliseTerm(name));
    if (canonical === undefined) bad.push(`"${name}" (not a gold name of the file)`);
    else if (canonical !== NO_FINDING && !mapping.mapped.has(canonical)) bad.push(`"${name}" (names no concept)`);
    else return [canonical];
    return [];
  });
  if (bad.length > 0) throw new Error(`--label-names: ${bad.join(', ')}`);
  return [...new Set(names)];
}
