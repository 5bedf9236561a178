/**
 * Word normalisation shared by dictionary terms and report text: both sides go through
 * the same function, so folding only has to be consistent, not linguistically perfect.
 * Folding exists to make "effusions" meet "effusion"; the exceptions exist so that
 * words which merely end in -s ("atelectasis", "diabetes", "mass") are left alone.
 */
import folding from '../rules/plural-folding.json';

const irregular: ReadonlyMap<string, string> = new Map(Object.entries(folding.irregular));
const keep: ReadonlySet<string> = new Set(folding.keep);
const keepSuffixes: readonly string[] = folding.keepSuffixes;
const esSuffixes: readonly string[] = folding.esSuffixes;

const cache = new Map<string, string>();

export function foldPlural(lower: string): string {
  if (lower.length < 4) return lower;
  const hit = irregular.get(lower);
  if (hit !== undefined) return hit;
  if (keep.has(lower)) return lower;
  for (const s of keepSuffixes) if (lower.endsWith(s)) return lower;
  if (lower.endsWith('ies') && lower.length > 4) return lower.slice(0, -3) + 'y';
  for (const s of esSuffixes) if (lower.endsWith(s)) return lower.slice(0, -2);
  if (lower.endsWith('s')) return lower.slice(0, -1);
  return lower;
}

/** Lowercase, drop inner punctuation (apostrophes), fold plurals. Cached: reports repeat words. */
export function normWord(raw: string): string {
  let v = cache.get(raw);
  if (v !== undefined) return v;
  const lower = raw.toLowerCase().replace(/['\u2019.]/g, '');
  v = /^[a-z\u00e0-\u024f]+$/.test(lower) ? foldPlural(lower) : lower;
  if (cache.size > 100_000) cache.clear();
  cache.set(raw, v);
  return v;
}
