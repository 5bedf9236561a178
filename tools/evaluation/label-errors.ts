/**
 * Per-label errors of the labelling evaluation (`npm run eval -- --errors N`): for each
 * label, the first N false positives and false negatives (by report id) with the mentions
 * that decided them. With `--no-text` nothing of the report text: concept ids and names,
 * assertions and character spans only.
 */
import type { CypherRunner } from '../../src/db/executor';
import type { LabelAssignment } from '../../src/labels/core/assign-labels';
import type { LabelSet } from '../../src/labels/core/label-set';
import { labelSetSource } from '../../src/labels/label-set.store';
import { LabelService } from '../../src/labels/label.service';
import { ReportService } from '../../src/reports/report.service';

interface ErrorMention {
  conceptId: string;
  concept: string | null;
  assertion: string;
  start: number;
  end: number;
  /** The mention's words; absent with --no-text. */
  text?: string;
}

interface LabelError {
  reportId: string;
  /** The system's status for the label (POSITIVE on a false positive). */
  status: string;
  mentions: ErrorMention[];
}

export interface LabelErrors {
  label: string;
  falsePositives: number;
  falseNegatives: number;
  /** The first N of each, by report id. */
  fp: LabelError[];
  fn: LabelError[];
}

/** The false positive and false negative report ids of each label, sorted by id. Pure. */
export function pickErrors(
  ids: readonly string[],
  golds: ReadonlyMap<string, readonly string[]>,
  predicted: ReadonlyMap<string, ReadonlySet<string>>,
  labels: readonly string[],
): { label: string; fp: string[]; fn: string[] }[] {
  const sorted = [...ids].sort();
  const gold = (id: string, label: string): boolean => (golds.get(id) ?? []).includes(label);
  const system = (id: string, label: string): boolean => predicted.get(id)?.has(label) ?? false;
  return labels.map((label) => ({
    label,
    fp: sorted.filter((id) => system(id, label) && !gold(id, label)),
    fn: sorted.filter((id) => !system(id, label) && gold(id, label)),
  }));
}

/** The concept ids that decided a label: its evidence, or for No Finding the evidence of the findings that blocked it. */
export function decidingConcepts(assignments: readonly LabelAssignment[], label: string, set: LabelSet): string[] {
  if (label !== set.noFindingLabel) return assignments.find((a) => a.label === label)?.evidence ?? [];
  const findings = new Set(set.labels.filter((l) => l.finding).map((l) => l.name));
  return assignments
    .filter((a) => findings.has(a.label) && (a.status === 'POSITIVE' || a.status === 'UNCERTAIN'))
    .flatMap((a) => a.evidence);
}

export async function labelErrors(
  runner: CypherRunner,
  set: LabelSet,
  picked: readonly { label: string; fp: string[]; fn: string[] }[],
  n: number,
  withText: boolean,
): Promise<LabelErrors[]> {
  const shown = picked.map((p) => ({ ...p, fp: p.fp.slice(0, n), fn: p.fn.slice(0, n) }));
  const reportIds = [...new Set(shown.flatMap((p) => [...p.fp, ...p.fn]))];
  const assigned = await new LabelService(runner, labelSetSource([set])).labelsOf(reportIds, set.name);
  const reports = new ReportService(runner);
  const views = new Map((await Promise.all(reportIds.map((id) => reports.byId.load(id)))).flatMap((v) => (v ? [[v.id, v] as const] : [])));
  const conceptIds = [...new Set([...views.values()].flatMap((v) => v.mentions.map((m) => m.conceptId)))];
  const rows = await runner.read<{ concept: { id: string; name: string } }>('concepts-by-ids', { ids: conceptIds });
  const names = new Map(rows.map((r) => [r.concept.id, r.concept.name]));
  const explain = (reportId: string, label: string): LabelError => {
    const assignments = assigned.get(reportId) ?? [];
    const deciding = new Set(decidingConcepts(assignments, label, set));
    const mentions = (views.get(reportId)?.mentions ?? [])
      .filter((m) => deciding.has(m.conceptId))
      .map((m) => ({
        conceptId: m.conceptId,
        concept: names.get(m.conceptId) ?? null,
        assertion: m.assertion,
        start: m.start,
        end: m.end,
        ...(withText ? { text: m.text } : {}),
      }));
    return { reportId, status: assignments.find((a) => a.label === label)?.status ?? 'NOT_MENTIONED', mentions };
  };
  return shown
    .map((p, i) => ({
      label: p.label,
      falsePositives: picked[i].fp.length,
      falseNegatives: picked[i].fn.length,
      fp: p.fp.map((id) => explain(id, p.label)),
      fn: p.fn.map((id) => explain(id, p.label)),
    }))
    .filter((e) => e.falsePositives + e.falseNegatives > 0);
}

/** The errors as markdown: one section per label, one line per report. Pure. */
export function errorsMarkdown(errors: readonly LabelErrors[]): string {
  const mention = (m: ErrorMention): string =>
    `${m.concept ?? m.conceptId} [${m.conceptId}] ${m.assertion} @${m.start}-${m.end}${m.text !== undefined ? ` "${m.text}"` : ''}`;
  const line = (e: LabelError): string => `- ${e.reportId} (${e.status}): ${e.mentions.map(mention).join('; ') || 'no deciding mention'}`;
  return [
    '## Labelling errors',
    '',
    ...errors.flatMap((e) => [
      `### ${e.label}: ${e.falsePositives} false positive(s), ${e.falseNegatives} false negative(s)`,
      '',
      ...(e.fp.length > 0 ? ['False positives:', ...e.fp.map(line), ''] : []),
      ...(e.fn.length > 0 ? ['False negatives:', ...e.fn.map(line), ''] : []),
    ]),
  ].join('\n');
}
