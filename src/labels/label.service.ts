/**
 * Labels of stored reports from the graph: one round trip finds, per report, each concept
 * edge with the label concepts it falls under; the pure `assignLabels` does the rest.
 * Prevalence is counted in Cypher alone, since it spans the whole corpus.
 */
import type { CypherRunner } from '../db/executor';
import { NotFoundError } from '../shared/core/errors';
import type { Assertion } from '../shared/core/assertion';
import { assignLabels, PAPER_PRECEDENCE, type AssignOptions, type LabelAssignment, type Mention } from './core/assign-labels';
import type { LabelSet } from './core/label-set';
import type { LabelSetSource } from './label-set.store';
import type { OntologyView } from '../similarity/core/ontology-view';

export interface LabelPrevalence {
  label: string;
  positive: number;
  negative: number;
  uncertain: number;
  notMentioned: number;
}

interface MentionRow {
  reportId: string;
  mentions: { conceptId: string; assertion: Assertion; under: string[] }[];
}

export class LabelService {
  constructor(
    private readonly runner: CypherRunner,
    private readonly sets: LabelSetSource,
  ) {}

  labelSets(): LabelSet[] {
    return this.sets.all();
  }

  labelSet(name: string): LabelSet {
    const set = this.sets.get(name);
    if (!set) {
      throw new NotFoundError(`No label set named "${name}".`, 'labelSet');
    }
    return set;
  }

  /**
   * Assignments per stored report (label-set order, No Finding last); unknown ids are left
   * out of the map. Evidence names the deciding concept ids (one edge per concept).
   * `options.precedence` overrides the paper's absent > present > uncertain.
   */
  async labelsOf(reportIds: readonly string[], labelSetName: string, options: AssignOptions = {}): Promise<Map<string, LabelAssignment[]>> {
    const set = this.labelSet(labelSetName);
    const targets = [...new Set(set.labels.flatMap((label) => label.concepts))];
    const rows = await this.runner.read<MentionRow>('report-label-mentions', { reportIds: [...new Set(reportIds)], targets });
    const result = new Map<string, LabelAssignment[]>();
    for (const row of rows) {
      const sorted = [...row.mentions].sort((x, y) => (x.conceptId < y.conceptId ? -1 : x.conceptId > y.conceptId ? 1 : 0));
      const under = new Map(sorted.map((m) => [m.conceptId, new Set(m.under)]));
      const mentions: Mention[] = sorted.map((m) => ({ conceptId: m.conceptId, assertion: m.assertion, mentionId: m.conceptId }));
      result.set(
        row.reportId,
        assignLabels(set, mentions, (id, ancestor) => under.get(id)?.has(ancestor) ?? false, options),
      );
    }
    return result;
  }

  /**
   * The same assignments from a report's concept edges (as `Report.concepts` reads them) with
   * the hierarchy of an in-process ontology: no round trip. labelsOf is the reference
   * (test/integration/labels/labels-in-process.test.ts checks they agree).
   */
  labelsFromConcepts(
    concepts: readonly { conceptId: string; assertion: Assertion }[],
    labelSetName: string,
    ontology: Pick<OntologyView, 'isDescendantOrSelf'>,
    options: AssignOptions = {},
  ): LabelAssignment[] {
    const sorted = [...concepts].sort((x, y) => (x.conceptId < y.conceptId ? -1 : x.conceptId > y.conceptId ? 1 : 0));
    const mentions: Mention[] = sorted.map((m) => ({ conceptId: m.conceptId, assertion: m.assertion, mentionId: m.conceptId }));
    return assignLabels(this.labelSet(labelSetName), mentions, (id, ancestor) => ontology.isDescendantOrSelf(id, ancestor), options);
  }

  /** Counts per label over the stored corpus, then No Finding when the set has one. */
  async prevalence(labelSetName: string): Promise<LabelPrevalence[]> {
    const set = this.labelSet(labelSetName);
    const [row] = await this.runner.read<{ total: number; rows: LabelPrevalence[]; withFinding: number }>('label-prevalence', {
      labels: set.labels.map((l) => ({ name: l.name, concepts: l.concepts, finding: l.finding })),
      precedence: [...PAPER_PRECEDENCE],
    });
    if (!row) return [];
    const counts = [...row.rows];
    if (set.noFindingLabel !== undefined) {
      const positive = row.total - row.withFinding;
      counts.push({ label: set.noFindingLabel, positive, negative: 0, uncertain: 0, notMentioned: row.withFinding });
    }
    return counts;
  }
}
