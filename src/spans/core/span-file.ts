/**
 * A span file for `import:spans` → the JSONL lines `importSpans` takes, and the scheme
 * they are checked against. Pure: file content in, lines out.
 *   PubTator: classes → labels through the named scheme; a new scheme name (or none: the
 *     scheme "pubtator") takes the file's classes as its labels.
 *   JSONL: `{ reportId, text?, spans }` lines as for importSpans; a known scheme checks the
 *     labels, a new scheme name is made of the labels used, none means the default scheme.
 */
import { parsePubtator } from './pubtator';
import { DEFAULT_SCHEME, labelOfClass, SpanSchemeError, validateScheme, type SpanScheme } from './span-scheme';

export interface SpanImport {
  readonly scheme: SpanScheme;
  /** true when the scheme is new and must be stored */
  readonly isNew: boolean;
  readonly jsonl: string[];
}

export function pubtatorImport(content: string, schemes: readonly SpanScheme[], name = 'pubtator'): SpanImport {
  const known = schemes.find((s) => s.name === name);
  if (known !== undefined) {
    const unmapped = new Set<string>();
    const docs = parsePubtator(content, (cls) => {
      const label = labelOfClass(known, cls);
      if (label === null) unmapped.add(cls);
      return label;
    });
    if (unmapped.size > 0) throw new SpanSchemeError(`scheme "${name}" has no label for the class(es) ${[...unmapped].join(', ')}`);
    return {
      scheme: known,
      isNew: false,
      jsonl: docs.map((d) =>
        JSON.stringify({ reportId: d.id, text: d.text, spans: d.spans.map(({ start, end, label }) => ({ start, end, label })) }),
      ),
    };
  }
  const docs = parsePubtator(content);
  const labels = [...new Set(docs.flatMap((d) => d.spans.map((s) => s.label)))].sort();
  const scheme = validateScheme({ name, labels });
  return {
    scheme,
    isNew: true,
    jsonl: docs.map((d) =>
      JSON.stringify({ reportId: d.id, text: d.text, spans: d.spans.map(({ start, end, label }) => ({ start, end, label })) }),
    ),
  };
}

export function jsonlImport(content: string, schemes: readonly SpanScheme[], name?: string): SpanImport {
  const lines = content.split('\n').filter((l) => l.trim() !== '');
  const known = schemes.find((s) => s.name === (name ?? DEFAULT_SCHEME));
  if (known !== undefined) return { scheme: known, isNew: false, jsonl: lines };
  const labels = new Set<string>();
  for (const line of lines) {
    try {
      for (const s of (JSON.parse(line) as { spans?: { label?: unknown }[] }).spans ?? [])
        if (typeof s?.label === 'string') labels.add(s.label);
    } catch {
      // importSpans names the bad line
    }
  }
  return { scheme: validateScheme({ name: name!, labels: [...labels].sort() }), isNew: true, jsonl: lines };
}
