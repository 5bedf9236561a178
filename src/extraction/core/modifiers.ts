/**
 * Modifiers: laterality, location, severity and size, attached per clause. A sentence is
 * cut into clauses at the breaks in rules/modifiers.json ("," ";" "and" "with" ...), so in
 * "small right pleural effusion and large left pneumothorax" each side keeps its own
 * words. A modifier word inside a mention belongs to that mention; outside, it goes to the
 * nearest observation in its clause (ties go to the following one: English puts
 * modifiers first), or to the nearest anatomy if the clause has no observation. Anatomy
 * mentions become the location of the nearest observation in their clause and are
 * remembered (`locates`) for negated-anatomy propagation.
 */
import lexicon from '../rules/modifiers.json';
import type { Doc, Modifiers, Target, Token } from './extraction.types';

const WORDS: ReadonlyMap<string, string[]> = new Map(Object.entries(lexicon.words));
const PHRASES: ReadonlyMap<string, string[]> = new Map(Object.entries(lexicon.phrases));
/** First words of the phrases: most tokens start none, and need no two-word key built. */
const PHRASE_STARTS: ReadonlySet<string> = new Set([...PHRASES.keys()].map((p) => p.split(' ')[0]));
const UNITS: ReadonlySet<string> = new Set(lexicon.sizeUnits);
const BREAKS: ReadonlySet<string> = new Set(lexicon.clauseBreaks);

export function emptyModifiers(): Modifiers {
  return { laterality: [], severity: [], location: [], size: [] };
}

function addModifier(t: Target, flat: string): void {
  const at = flat.indexOf(':');
  const kind = flat.slice(0, at) as keyof Modifiers;
  const value = flat.slice(at + 1);
  if (!t.modifierDetail[kind].includes(value)) t.modifierDetail[kind].push(value);
}

/** Finds modifier items in [from, to): token position and flat values. */
function findItems(tokens: readonly Token[], from: number, to: number): { at: number; end: number; values: string[] }[] {
  const items: { at: number; end: number; values: string[] }[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    const phrase = i + 1 < to && PHRASE_STARTS.has(t.lower) ? PHRASES.get(`${t.lower} ${tokens[i + 1].lower}`) : undefined;
    if (phrase) {
      items.push({ at: i, end: i + 2, values: phrase });
      i++;
      continue;
    }
    const word = WORDS.get(t.lower);
    if (word) {
      items.push({ at: i, end: i + 1, values: word });
      continue;
    }
    if (t.kind === 'number') {
      // "3.5 cm", "12 mm", "3.5 x 2.1 cm"
      let j = i + 1;
      while (j + 1 < to && /^[x\u00d7]$/i.test(tokens[j].text) && tokens[j + 1].kind === 'number') j += 2;
      const unit = tokens[j];
      if (j < to && unit && UNITS.has(unit.lower)) {
        items.push({
          at: i,
          end: j + 1,
          values: [
            `size:${tokens
              .slice(i, j + 1)
              .map((x) => x.text)
              .join(' ')}`,
          ],
        });
        i = j;
      }
    }
  }
  return items;
}

function distance(at: number, t: Target): number {
  return at < t.tokenStart ? t.tokenStart - at : at >= t.tokenEnd ? at - t.tokenEnd + 1 : 0;
}

function nearest(at: number, candidates: readonly Target[]): Target | undefined {
  let best: Target | undefined;
  for (const c of candidates) {
    const d = distance(at, c);
    const bd = best ? distance(at, best) : Infinity;
    if (d < bd || (d === bd && best && c.tokenStart > at && best.tokenStart <= at)) best = c;
  }
  return best;
}

/**
 * The laterality named in a concept's name ("Right lower lobe"), remembered per name: names
 * repeat across reports. One per pipeline, so the memo is bounded by its dictionary's names.
 */
export function namedLaterality(): (name: string) => string[] {
  const known = new Map<string, string[]>();
  return (name) => {
    let values = known.get(name);
    if (values === undefined) {
      values = name
        .toLowerCase()
        .split(/\W+/)
        .flatMap((w) => (WORDS.get(w) ?? []).filter((v) => v.startsWith('laterality:')));
      known.set(name, values);
    }
    return values;
  };
}

export function attachModifiers(doc: Doc, lateralityOfName: (name: string) => string[]): Doc {
  for (const s of doc.sentences) {
    const inSentence = doc.targets.filter((t) => t.tokenStart >= s.tokenStart && t.tokenStart < s.tokenEnd);
    if (inSentence.length === 0) continue;
    let clauseStart = s.tokenStart;
    for (let k = s.tokenStart; k <= s.tokenEnd; k++) {
      const isBreak = k === s.tokenEnd || (BREAKS.has(doc.tokens[k].lower) && !inSentence.some((t) => k >= t.tokenStart && k < t.tokenEnd));
      if (!isBreak) continue;
      const clause = inSentence.filter((t) => t.tokenStart >= clauseStart && t.tokenStart < k);
      const obs = clause.filter((t) => t.category === 'OBS');
      for (const item of findItems(doc.tokens, clauseStart, k)) {
        const inside = clause.find((t) => item.at >= t.tokenStart && item.at < t.tokenEnd);
        const owner = inside ?? nearest(item.at, obs.length > 0 ? obs : clause);
        // Inside an anatomy mention only laterality is informative ("right lower lobe").
        const values = inside?.category === 'ANAT' ? item.values.filter((v) => v.startsWith('laterality:')) : item.values;
        if (owner) for (const v of values) addModifier(owner, v);
      }
      for (const anat of clause.filter((t) => t.category === 'ANAT')) {
        // Abbreviations ("RLL") carry their side in the concept name, not in the text.
        for (const v of lateralityOfName(anat.conceptName ?? '')) addModifier(anat, v);
        const target = nearest(anat.tokenStart, obs);
        if (!target) continue;
        anat.locates = doc.targets.indexOf(target);
        addModifier(target, `location:${(anat.conceptName ?? anat.text).toLowerCase()}`);
        for (const lat of anat.modifierDetail.laterality) addModifier(target, `laterality:${lat}`);
      }
      clauseStart = k + 1;
    }
  }
  for (const t of doc.targets) {
    const d = t.modifierDetail;
    t.modifiers = [
      ...d.laterality.map((v) => `laterality:${v}`),
      ...d.location.map((v) => `location:${v}`),
      ...d.severity.map((v) => `severity:${v}`),
      ...d.size.map((v) => `size:${v}`),
    ];
  }
  return doc;
}
