/** Validation of incoming reports, per item, so one bad item never blocks the rest. Pure. */
import { normaliseReportId } from './report-id';
import type { ReportMetadata } from './report.record';

export const MAX_TEXT_CHARS = 200_000;
export const MAX_REPORTS_PER_CALL = 1000;

export interface ReportInputData extends ReportMetadata {
  id: string;
  text: string;
}

export interface ItemError {
  index: number;
  id: string | null;
  message: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function problemOf(input: ReportInputData): string | null {
  if (typeof input.text !== 'string' || input.text.trim() === '') return 'text must not be empty';
  if (input.text.length > MAX_TEXT_CHARS) return `text must be at most ${MAX_TEXT_CHARS} characters`;
  if (LONE_SURROGATE.test(input.text)) return 'text is not valid Unicode (unpaired surrogate)';
  if (input.studyDate != null && (!ISO_DATE.test(input.studyDate) || Number.isNaN(Date.parse(input.studyDate)))) {
    return 'studyDate must be a date as YYYY-MM-DD';
  }
  return null;
}

/**
 * Splits a batch into the items to store, their ids normalised, and the errors of the
 * others (duplicates after normalisation included).
 */
export function partitionReportInputs<T extends ReportInputData>(inputs: T[]): { valid: T[]; errors: ItemError[] } {
  const valid: T[] = [];
  const errors: ItemError[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    const checked = normaliseReportId(input.id);
    const id = 'id' in checked ? checked.id : null;
    const problem =
      'problem' in checked ? checked.problem : (problemOf(input) ?? (seen.has(id!) ? 'id appears more than once in this batch' : null));
    if (problem) errors.push({ index, id: typeof input.id === 'string' ? input.id : null, message: problem });
    else {
      seen.add(id!);
      valid.push({ ...input, id: id! });
    }
  });
  return { valid, errors };
}
