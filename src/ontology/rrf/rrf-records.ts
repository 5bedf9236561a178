/** Pure parsers for the UMLS Rich Release Format files the loader reads. */
import { normaliseTerm } from '../term-key';

export type Parsed<T> = { record: T } | { error: string };

export interface ConsoRecord {
  cui: string;
  str: string;
  norm: string;
  sab: string;
  tty: string;
  preferred: boolean;
}

export interface StyRecord {
  cui: string;
  tui: string;
  sty: string;
}

type RelKind = 'ISA' | 'SYNONYM';

export interface RelRecord {
  kind: RelKind;
  /** For ISA the child; for SYNONYM either side. */
  from: string;
  /** For ISA the parent. */
  to: string;
  rel: string;
  sab: string;
}

export interface ConsoFilter {
  sources: Set<string> | null;
}

export interface RelFilter {
  sources: Set<string> | null;
  includeBroaderNarrower: boolean;
}

/** RRF lines end with a field separator, so n fields split into n + 1 parts. */
function fields(line: string, expected: number, file: string): string[] | string {
  const parts = line.split('|');
  if (parts.length !== expected + 1 || parts[expected] !== '') {
    return `expected ${expected} '|'-terminated fields for ${file}, found ${parts.length - 1}`;
  }
  return parts;
}

const SUPPRESSED = new Set(['O', 'E', 'Y']);

/** null: a valid row the filter leaves out (not English, suppressed, other source). */
export function parseConso(line: string, filter: ConsoFilter): Parsed<ConsoRecord> | null {
  const f = fields(line, 18, 'MRCONSO.RRF');
  if (typeof f === 'string') return { error: f };
  const [cui, lat, ts, , stt, , ispref, , , , , sab, tty, , str, , suppress] = f;
  if (!cui || !str) return { error: 'empty CUI or STR' };
  if (lat !== 'ENG' || SUPPRESSED.has(suppress)) return null;
  if (filter.sources && !filter.sources.has(sab)) return null;
  const norm = normaliseTerm(str);
  if (!norm) return null;
  return { record: { cui, str, norm, sab, tty, preferred: ts === 'P' && stt === 'PF' && ispref === 'Y' } };
}

export function parseSty(line: string): Parsed<StyRecord> {
  const f = fields(line, 6, 'MRSTY.RRF');
  if (typeof f === 'string') return { error: f };
  const [cui, tui, , sty] = f;
  if (!cui || !/^T\d{3}$/.test(tui)) return { error: `invalid TUI "${tui}"` };
  return { record: { cui, tui, sty } };
}

/** REL is the relationship of CUI2 to CUI1 (UMLS reference manual), e.g. PAR: CUI2 is CUI1's parent. */
export function parseRel(line: string, filter: RelFilter): Parsed<RelRecord> | null {
  const f = fields(line, 16, 'MRREL.RRF');
  if (typeof f === 'string') return { error: f };
  const [cui1, , , rel, cui2, , , , , , sab, , , , suppress] = f;
  if (!cui1 || !cui2) return { error: 'empty CUI1 or CUI2' };
  if (cui1 === cui2 || SUPPRESSED.has(suppress)) return null;
  if (filter.sources && !filter.sources.has(sab)) return null;
  switch (rel) {
    case 'PAR':
      return { record: { kind: 'ISA', from: cui1, to: cui2, rel, sab } };
    case 'CHD':
      return { record: { kind: 'ISA', from: cui2, to: cui1, rel, sab } };
    case 'RB':
      return filter.includeBroaderNarrower ? { record: { kind: 'ISA', from: cui1, to: cui2, rel, sab } } : null;
    case 'RN':
      return filter.includeBroaderNarrower ? { record: { kind: 'ISA', from: cui2, to: cui1, rel, sab } } : null;
    case 'SY':
    case 'RQ':
      return { record: { kind: 'SYNONYM', from: cui1, to: cui2, rel, sab } };
    default:
      return null;
  }
}
