/**
 * Labels for one report from its linked mentions (method note §1.7). A mention carries a
 * label when its concept is one of the label's concepts or a descendant of one.
 */
import type { Assertion } from '../../shared/core/assertion';
import type { LabelSet } from './label-set';

export type LabelStatus = 'POSITIVE' | 'NEGATIVE' | 'UNCERTAIN' | 'NOT_MENTIONED';

export interface Mention {
  conceptId: string;
  assertion: Assertion;
  mentionId?: string;
}

export interface LabelAssignment {
  label: string;
  status: LabelStatus;
  /** Mentions with the deciding assertion, in input order (mentionId, or the index as text). */
  evidence: string[];
}

export interface AssignOptions {
  /**
   * Which assertion wins when a label is seen several times, strongest first. The
   * default is the paper's rule, absent > present > uncertain. (The CheXpert labeler
   * instead lets a positive mention win: ['PRESENT', 'UNCERTAIN', 'ABSENT'].)
   */
  precedence?: readonly Assertion[];
}

export const PAPER_PRECEDENCE: readonly Assertion[] = ['ABSENT', 'PRESENT', 'UNCERTAIN'];
const STATUS: Record<Assertion, LabelStatus> = { PRESENT: 'POSITIVE', ABSENT: 'NEGATIVE', UNCERTAIN: 'UNCERTAIN' };

/**
 * One assignment per label in label-set order, then "No Finding" when the set names one:
 * POSITIVE when no finding label is POSITIVE or UNCERTAIN (CheXpert's rule: an uncertain
 * pathology is not "no finding"), otherwise NOT_MENTIONED; its evidence is empty.
 */
export function assignLabels(
  labelSet: LabelSet,
  mentions: readonly Mention[],
  isDescendantOrSelf: (conceptId: string, ancestorId: string) => boolean,
  options: AssignOptions = {},
): LabelAssignment[] {
  const precedence = options.precedence ?? PAPER_PRECEDENCE;
  const assignments: LabelAssignment[] = labelSet.labels.map((label) => {
    const hits = mentions
      .map((mention, index) => ({ mention, id: mention.mentionId ?? String(index) }))
      .filter(({ mention }) => label.concepts.some((c) => isDescendantOrSelf(mention.conceptId, c)));
    const winner = precedence.find((assertion) => hits.some((h) => h.mention.assertion === assertion));
    if (winner === undefined) return { label: label.name, status: 'NOT_MENTIONED', evidence: [] };
    return {
      label: label.name,
      status: STATUS[winner],
      evidence: hits.filter((h) => h.mention.assertion === winner).map((h) => h.id),
    };
  });
  if (labelSet.noFindingLabel !== undefined) {
    const findingNames = new Set(labelSet.labels.filter((l) => l.finding).map((l) => l.name));
    const anyFinding = assignments.some((a) => findingNames.has(a.label) && (a.status === 'POSITIVE' || a.status === 'UNCERTAIN'));
    assignments.push({ label: labelSet.noFindingLabel, status: anyFinding ? 'NOT_MENTIONED' : 'POSITIVE', evidence: [] });
  }
  return assignments;
}
