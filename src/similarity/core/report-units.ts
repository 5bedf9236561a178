/**
 * One report as "units": one per synonym class, with a single assertion. When a class
 * is mentioned with several assertions the paper's label precedence decides
 * (absent > present > uncertain, method note §1.7), so a report never contradicts itself.
 */
import type { OntologyView } from './ontology-view';
import type { Assertion } from '../../shared/core/assertion';
import type { ReportConcepts } from './measure.types';

export interface ReportUnit {
  /** Synonym-class id: what matching and contradiction compare. */
  canonical: string;
  /** Smallest id the report itself used for this class: what explanations show. */
  concept: string;
  assertion: Assertion;
}

const RANK: Record<Assertion, number> = { ABSENT: 3, PRESENT: 2, UNCERTAIN: 1 };

/** Units sorted by canonical id (code-unit order) so every later step is deterministic. */
export function toUnits(report: ReportConcepts, view: OntologyView): ReportUnit[] {
  const units = new Map<string, ReportUnit>();
  const add = (id: string, assertion: Assertion): void => {
    const canonical = view.canonicalOf(id);
    const unit = units.get(canonical);
    if (!unit) {
      units.set(canonical, { canonical, concept: id, assertion });
      return;
    }
    if (id < unit.concept) unit.concept = id;
    if (RANK[assertion] > RANK[unit.assertion]) unit.assertion = assertion;
  };
  for (const id of report.present) add(id, 'PRESENT');
  for (const id of report.absent) add(id, 'ABSENT');
  for (const id of report.uncertain) add(id, 'UNCERTAIN');
  return [...units.values()].sort((x, y) => (x.canonical < y.canonical ? -1 : x.canonical > y.canonical ? 1 : 0));
}

export const isPositive = (unit: ReportUnit): boolean => unit.assertion !== 'ABSENT';
