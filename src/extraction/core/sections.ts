/**
 * Section splitting. A header is a known phrase at the start of a line, followed by a
 * colon (any case) or — without a colon — written in capitals or standing alone on its
 * line. That keeps "Findings are consistent with..." from being read as a header while
 * accepting "FINDINGS The lungs..." and "Impression\n...". Text before the first header
 * (or a report without headers) is one NONE section.
 */
import headerData from '../rules/section-headers.json';
import type { Section, SectionName } from './extraction.types';

const NAMES: readonly SectionName[] = ['FINDINGS', 'IMPRESSION', 'INDICATION', 'COMPARISON', 'TECHNIQUE', 'OTHER', 'NONE'];

export interface HeaderTable {
  phrases: Map<string, SectionName>;
  pattern: RegExp;
  asserting: SectionName[];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

export function loadHeaderTable(raw: unknown): HeaderTable {
  const data = raw as { headers?: Record<string, unknown>; assertingSections?: unknown };
  if (!data || typeof data.headers !== 'object' || data.headers === null) {
    throw new Error('section headers: expected an object with "headers"');
  }
  const phrases = new Map<string, SectionName>();
  for (const [name, list] of Object.entries(data.headers)) {
    if (!NAMES.includes(name as SectionName)) throw new Error(`section headers: unknown section "${name}"`);
    if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || p.trim() === '')) {
      throw new Error(`section headers: "${name}" must be a list of non-empty strings`);
    }
    for (const p of list as string[]) phrases.set(p.toLowerCase().replace(/\s+/g, ' ').trim(), name as SectionName);
  }
  const asserting = (data.assertingSections ?? ['FINDINGS', 'IMPRESSION', 'NONE']) as SectionName[];
  // Longest phrases first so "clinical history" wins over "history".
  const alts = [...phrases.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  // Groups: 1 = phrase, 2 = colon (optional). Leading whitespace/bullets allowed.
  const pattern = new RegExp(`^[ \\t]*(${alts})[ \\t]*(:)?`, 'gim');
  return { phrases, pattern, asserting };
}

export const DEFAULT_HEADERS: HeaderTable = loadHeaderTable(headerData);

function isHeader(text: string, m: RegExpExecArray): boolean {
  const phrase = m[1];
  if (m[2] === ':') return true;
  const after = m.index + m[0].length;
  const phraseEnd = m.index + m[0].indexOf(phrase) + phrase.length;
  if (/[A-Za-z0-9]/.test(text.charAt(phraseEnd))) return false; // "Exam" inside "Examinations"
  const restOfLine = text.slice(after, text.indexOf('\n', after) === -1 ? text.length : text.indexOf('\n', after));
  if (restOfLine.trim() === '') return true; // alone on its line
  return phrase === phrase.toUpperCase() && /[A-Z]/.test(phrase); // all-caps header followed by text
}

export function splitSections(text: string, table: HeaderTable = DEFAULT_HEADERS): Section[] {
  const found: { name: SectionName; hStart: number; hEnd: number; hText: string }[] = [];
  table.pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = table.pattern.exec(text)) !== null) {
    if (m[0].length === 0) {
      table.pattern.lastIndex++;
      continue;
    }
    if (!isHeader(text, m)) continue;
    const phrase = m[1].toLowerCase().replace(/\s+/g, ' ');
    const hStart = m.index + m[0].indexOf(m[1]);
    found.push({ name: table.phrases.get(phrase) ?? 'NONE', hStart, hEnd: m.index + m[0].length, hText: m[1] });
  }
  const sections: Section[] = [];
  const firstStart = found.length > 0 ? found[0].hStart : text.length;
  if (found.length === 0 || text.slice(0, firstStart).trim() !== '') {
    sections.push({ name: 'NONE', start: 0, end: firstStart });
  }
  found.forEach((h, i) => {
    const end = i + 1 < found.length ? found[i + 1].hStart : text.length;
    sections.push({ name: h.name, start: h.hEnd, end, header: { start: h.hStart, end: h.hEnd, text: h.hText } });
  });
  return sections;
}
