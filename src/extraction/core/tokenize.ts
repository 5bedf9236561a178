/**
 * Tokens with offsets into the original text. De-identification placeholders
 * (XXXX, ___, [**Name**]) are single 'deid' tokens so they never match a term, never
 * look like a header and never split a sentence. Decimals ("3.5") stay one number token;
 * hyphens stay separate punctuation tokens so "ground-glass" can be read split
 * ("ground glass") or joined ("groundglass") by the matcher — see `hyphenJoined`.
 */
import type { Token, TokenKind } from './extraction.types';

// Order matters: placeholders first, then numbers (so "3.5" is not "3" "." "5"), then words.
const TOKEN_RE = /\[\*\*[\s\S]*?\*\*\]|_{2,}|\d+(?:[.,]\d+)*|[A-Za-z\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)*|\S/g;
const DEID_WORD_RE = /^X{2,}$/;

function kindOf(text: string): TokenKind {
  const c = text.charCodeAt(0);
  if (text.startsWith('[**') || text.startsWith('__') || DEID_WORD_RE.test(text)) return 'deid';
  if (c >= 48 && c <= 57) return 'number';
  if (/^[A-Za-z\u00C0-\u024F]/.test(text)) return 'word';
  return 'punct';
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    if (start >= to) break;
    const raw = m[0];
    const end = Math.min(start + raw.length, to);
    const t = text.slice(start, end);
    tokens.push({ text: t, start, end, kind: kindOf(t), lower: t.toLowerCase() });
  }
  return tokens;
}

/** True when tokens[i] '-' tokens[i+2] are written with no spaces ("ground-glass"). */
export function hyphenJoined(tokens: readonly Token[], i: number): boolean {
  const h = tokens[i + 1];
  const b = tokens[i + 2];
  const a = tokens[i];
  return (
    a !== undefined &&
    h !== undefined &&
    b !== undefined &&
    h.text === '-' &&
    a.end === h.start &&
    h.end === b.start &&
    a.kind === 'word' &&
    b.kind === 'word'
  );
}

/** Whitespace between two offsets contains a blank line (paragraph break). */
export function blankLineBetween(text: string, from: number, to: number): boolean {
  return /\n[ \t\r]*\n/.test(text.slice(from, to));
}

export function newlineBetween(text: string, from: number, to: number): boolean {
  return text.slice(from, to).includes('\n');
}
