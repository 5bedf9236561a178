/**
 * Span label schemes are data: a name, its labels and, for PubTator imports, how mention
 * classes map to labels (a class absent from `classes` keeps its own name when it is a
 * label). The built-in schemes are `span-schemes.json`; `import:spans --scheme NAME` with a
 * new name stores a scheme made of the labels the file uses. Pure apart from the JSON.
 */
import builtIn from './span-schemes.json';

export interface SpanScheme {
  readonly name: string;
  readonly labels: readonly string[];
  readonly classes?: Readonly<Record<string, string>>;
}

export const DEFAULT_SCHEME = 'radgraph';

export class SpanSchemeError extends Error {}

const LABEL = /^[\p{L}\p{N}][\p{L}\p{N}_.-]{0,63}$/u;

/** Checks a scheme's name and labels; an error names the bad field. */
export function validateScheme(scheme: SpanScheme): SpanScheme {
  if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(scheme.name))
    throw new SpanSchemeError(`scheme name "${scheme.name}": lower-case letters, digits, - and _ only (1–64)`);
  if (!Array.isArray(scheme.labels) || scheme.labels.length === 0)
    throw new SpanSchemeError(`scheme "${scheme.name}": labels must be a non-empty list`);
  for (const label of scheme.labels) {
    if (typeof label !== 'string' || !LABEL.test(label) || label === 'O')
      throw new SpanSchemeError(`scheme "${scheme.name}": label "${String(label)}" must be 1–64 letters, digits, _ . - and not "O"`);
  }
  if (new Set(scheme.labels).size !== scheme.labels.length) throw new SpanSchemeError(`scheme "${scheme.name}": labels repeat`);
  for (const [cls, label] of Object.entries(scheme.classes ?? {})) {
    if (!scheme.labels.includes(label))
      throw new SpanSchemeError(`scheme "${scheme.name}": class "${cls}" maps to "${label}", which is not one of its labels`);
  }
  return scheme;
}

export const BUILT_IN_SCHEMES: readonly SpanScheme[] = Object.entries(builtIn as Record<string, Omit<SpanScheme, 'name'>>).map(
  ([name, s]) => validateScheme({ name, labels: s.labels, ...(s.classes === undefined ? {} : { classes: s.classes }) }),
);

/** The label of a PubTator mention class under a scheme, or null when the scheme has none. */
export function labelOfClass(scheme: SpanScheme, cls: string): string | null {
  const mapped = scheme.classes?.[cls];
  if (mapped !== undefined) return mapped;
  return scheme.labels.includes(cls) ? cls : null;
}
