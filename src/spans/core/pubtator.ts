/**
 * PubTator documents (`pmid|t|title`, `pmid|a|abstract`, then `pmid<TAB>start<TAB>end<TAB>
 * text<TAB>class[<TAB>ids]` per mention, documents separated by blank lines) → reports
 * with spans. The text is title + " " + abstract, the frame PubTator offsets refer to.
 * Labels come from the mention class through `labelOf` (a scheme: e.g. every NCBI class →
 * `Disease`); a class the scheme maps to null is dropped. Pure: text in, documents out;
 * a malformed line is an error naming its line number.
 */
interface PubtatorSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  /** the mention's own class, before the scheme */
  readonly sourceClass: string;
}

export interface PubtatorDocument {
  readonly id: string;
  readonly text: string;
  readonly spans: readonly PubtatorSpan[];
}

export class PubtatorFormatError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`PubTator line ${line}: ${message}`);
  }
}

interface Draft {
  id: string;
  title: string | null;
  abstract: string | null;
  spans: PubtatorSpan[];
  mentionLines: { line: number; start: number; end: number; text: string }[];
}

/** Letters and digits only: the corpus writes some quotes in mention texts as spaces. */
const skeleton = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, ' ');

function finish(d: Draft): PubtatorDocument {
  const text = `${d.title ?? ''} ${d.abstract ?? ''}`;
  for (const m of d.mentionLines) {
    if (m.end > text.length) throw new PubtatorFormatError(m.line, `mention end ${m.end} is past the document's ${text.length} characters`);
    if (skeleton(text.slice(m.start, m.end)) !== skeleton(m.text))
      throw new PubtatorFormatError(m.line, `mention text "${m.text}" does not match the document at ${m.start}-${m.end}`);
  }
  return { id: d.id, text, spans: d.spans };
}

export function parsePubtator(content: string, labelOf: (sourceClass: string) => string | null = (c) => c): PubtatorDocument[] {
  const docs: PubtatorDocument[] = [];
  let draft: Draft | null = null;
  const lines = content.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') {
      if (draft !== null) docs.push(finish(draft));
      draft = null;
      return;
    }
    const head = /^([^|\t]+)\|([ta])\|(.*)$/.exec(raw);
    if (head !== null) {
      const [, id, part, body] = head as unknown as [string, string, 't' | 'a', string];
      if (draft !== null && draft.id !== id) docs.push(finish(draft));
      if (draft === null || draft.id !== id) draft = { id, title: null, abstract: null, spans: [], mentionLines: [] };
      if (part === 't') draft.title = body;
      else draft.abstract = body;
      return;
    }
    const cols = raw.split('\t');
    if (cols.length < 5)
      throw new PubtatorFormatError(line, 'expected "pmid|t|…", "pmid|a|…" or a mention line with at least 5 tab-separated fields');
    const [id, s, e, text, cls] = cols as [string, string, string, string, string];
    const d = draft;
    if (d === null || d.id !== id) throw new PubtatorFormatError(line, `mention of document ${id} outside its document`);
    const start = Number(s);
    const end = Number(e);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start)
      throw new PubtatorFormatError(line, `bad offsets ${s}-${e}`);
    d.mentionLines.push({ line, start, end, text });
    const label = labelOf(cls);
    if (label !== null) d.spans.push({ start, end, label, sourceClass: cls });
  });
  if (draft !== null) docs.push(finish(draft));
  return docs;
}
