/** Checks a generated report's gold against its text; returns every problem found. */
import { ANNOTATED_SECTIONS, type GeneratedReport, type SpanLabel } from './corpus.types';

const LABELS: ReadonlySet<SpanLabel> = new Set(['ANAT-DP', 'OBS-DP', 'OBS-U', 'OBS-DA']);
const LABEL_OF = { PRESENT: 'OBS-DP', UNCERTAIN: 'OBS-U', ABSENT: 'OBS-DA' } as const;

export function verifyReport(report: GeneratedReport): string[] {
  const problems: string[] = [];
  const { text, spans, sections } = report;
  let previousEnd = -1;
  for (const span of spans) {
    const where = `${report.id} [${span.start},${span.end}) "${span.text}"`;
    if (text.slice(span.start, span.end) !== span.text) problems.push(`${where}: text is "${text.slice(span.start, span.end)}"`);
    if (span.start >= span.end) problems.push(`${where}: empty span`);
    if (span.start < previousEnd) problems.push(`${where}: overlaps the previous span`);
    previousEnd = span.end;
    if (!LABELS.has(span.label)) problems.push(`${where}: unknown label ${span.label}`);
    if (span.label === 'ANAT-DP' ? span.assertion !== 'PRESENT' : LABEL_OF[span.assertion] !== span.label) {
      problems.push(`${where}: label ${span.label} disagrees with assertion ${span.assertion}`);
    }
    const section = sections.find((s) => s.start <= span.start && span.end <= s.end);
    if (!section) problems.push(`${where}: crosses a section boundary`);
    else if (!ANNOTATED_SECTIONS.has(section.name)) problems.push(`${where}: inside unannotated section ${section.name}`);
    if (/^\s|\s$/.test(span.text)) problems.push(`${where}: span has surrounding whitespace`);
  }
  for (let i = 1; i < sections.length; i++) {
    if (sections[i].start < sections[i - 1].end) problems.push(`${report.id}: sections overlap`);
  }
  for (const [id, assertion] of Object.entries(report.labels)) {
    if (!spans.some((s) => s.conceptId === id && s.assertion === assertion && s.label !== 'ANAT-DP'))
      problems.push(`${report.id}: label ${id} has no span`);
  }
  return problems;
}
