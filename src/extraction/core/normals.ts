/**
 * Normal statements (issue 10, class 4): "the heart is normal in size", "lungs are clear".
 * Two pipeline components mark mentions `normal: true` so that similarity can weigh them
 * apart from findings (docs/extraction.md):
 *  - `normalStatements` (before ConText): a finding mention whose own words hold a cue
 *    ("lungs are clear", "normal heart size"); ConText triggers may overlap such mentions
 *    ("lungs are clear OF effusion").
 *  - `normalAnatomy` (after ConText): an anatomy mention in a sentence that holds a cue
 *    and asserts no finding (present or uncertain) other than normal statements.
 * Cues are data (rules/normal-statements.json).
 */
import data from '../rules/normal-statements.json';
import { tokenize } from './tokenize';
import type { Doc, Target, Token } from './extraction.types';

const CUES: readonly string[][] = data.cues.map((c) => tokenize(c).map((t) => t.lower));

/** Token indices [from, to) where some cue starts, as a predicate on the token range. */
function cueIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    for (const cue of CUES) {
      if (i + cue.length <= to && cue.every((w, k) => tokens[i + k].lower === w)) return true;
    }
  }
  return false;
}

export function markNormalStatements(doc: Doc): Doc {
  for (const t of doc.targets) if (t.category === 'OBS' && cueIn(doc.tokens, t.tokenStart, t.tokenEnd)) t.normal = true;
  return doc;
}

export function markNormalAnatomy(doc: Doc): Doc {
  const bySentence = new Map<number, Target[]>();
  for (const t of doc.targets) bySentence.set(t.sentence, [...(bySentence.get(t.sentence) ?? []), t]);
  for (const [si, targets] of bySentence) {
    const s = doc.sentences[si];
    if (!s || !targets.some((t) => t.category === 'ANAT')) continue;
    const finding = targets.some((t) => t.category === 'OBS' && !t.normal && t.assertion !== 'ABSENT');
    if (finding || !cueIn(doc.tokens, s.tokenStart, s.tokenEnd)) continue;
    for (const t of targets) if (t.category === 'ANAT') t.normal = true;
  }
  return doc;
}
