/**
 * Label sets as validated data (like medspaCy's rule files): a name, the concepts each
 * label stands for, and whether it is a finding that rules out "No Finding".
 */

export interface LabelDefinition {
  name: string;
  /** Concept ids; a mention of any of them or of a descendant carries the label. */
  concepts: string[];
  /** A pathology: POSITIVE or UNCERTAIN rules out "No Finding" (CheXpert: false for Support Devices). */
  finding: boolean;
}

export interface LabelSet {
  name: string;
  description: string;
  noFindingLabel?: string;
  labels: LabelDefinition[];
}

export type ParsedLabelSet = { ok: true; labelSet: LabelSet } | { ok: false; errors: string[] };

const TOP_KEYS = new Set(['name', 'description', 'noFindingLabel', 'labels']);
const LABEL_KEYS = new Set(['name', 'concepts', 'finding']);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseLabel(raw: unknown, index: number, errors: string[]): LabelDefinition | null {
  if (!isRecord(raw)) {
    errors.push(`labels[${index}] must be an object`);
    return null;
  }
  const where = isText(raw.name) ? `labels[${index}] ("${raw.name}")` : `labels[${index}]`;
  const before = errors.length;
  for (const key of Object.keys(raw)) if (!LABEL_KEYS.has(key)) errors.push(`${where} has unknown field "${key}"`);
  if (!isText(raw.name)) errors.push(`${where}.name must be a non-empty string`);
  const concepts = raw.concepts;
  if (!Array.isArray(concepts) || concepts.length === 0 || !concepts.every(isText)) {
    errors.push(`${where}.concepts must be a non-empty array of concept ids`);
  }
  if (typeof raw.finding !== 'boolean') errors.push(`${where}.finding must be a boolean`);
  if (errors.length > before) return null;
  return { name: raw.name as string, concepts: [...(concepts as string[])], finding: raw.finding as boolean };
}

/** Validates untrusted JSON; reports every problem, naming the field and the label. */
export function parseLabelSet(input: unknown): ParsedLabelSet {
  if (!isRecord(input)) return { ok: false, errors: ['label set must be an object'] };
  const errors: string[] = [];
  for (const key of Object.keys(input)) if (!TOP_KEYS.has(key)) errors.push(`unknown field "${key}"`);
  if (!isText(input.name)) errors.push('name must be a non-empty string');
  if (typeof input.description !== 'string') errors.push('description must be a string');
  if (input.noFindingLabel !== undefined && !isText(input.noFindingLabel)) {
    errors.push('noFindingLabel must be a non-empty string when given');
  }
  const labels: LabelDefinition[] = [];
  if (!Array.isArray(input.labels) || input.labels.length === 0) {
    errors.push('labels must be a non-empty array');
  } else {
    input.labels.forEach((raw, i) => {
      const label = parseLabel(raw, i, errors);
      if (label) labels.push(label);
    });
  }
  // Duplicates are checked over every entry's name, valid or not, so one report lists all.
  const rawNames = Array.isArray(input.labels) ? input.labels.map((raw) => (isRecord(raw) ? raw.name : undefined)).filter(isText) : [];
  const seen = new Set<string>();
  for (const name of [...rawNames, ...(isText(input.noFindingLabel) ? [input.noFindingLabel] : [])]) {
    if (seen.has(name)) errors.push(`label name "${name}" is used twice (noFindingLabel included)`);
    seen.add(name);
  }
  if (errors.length > 0) return { ok: false, errors };
  const labelSet: LabelSet = { name: input.name as string, description: input.description as string, labels };
  if (isText(input.noFindingLabel)) labelSet.noFindingLabel = input.noFindingLabel;
  return { ok: true, labelSet };
}
