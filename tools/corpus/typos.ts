/**
 * Misspellings of the kind found in dictated reports: a few common ones radiologists
 * actually produce, otherwise a transposition, omission or doubling inside a word of
 * five letters or more. The result always differs from the input.
 */
import type { Rng } from './random';

const KNOWN: Record<string, readonly string[]> = {
  pneumothorax: ['pnuemothorax', 'pneumothroax', 'pneumothorx'],
  effusion: ['effusoin', 'efusion', 'effussion'],
  effusions: ['effusoins', 'efusions', 'effussions'],
  cardiomegaly: ['cardiomegally', 'cardiomeagly', 'cardiomegaly'.replace('meg', 'mag')],
  atelectasis: ['atelectsis', 'atelectais', 'atalectasis'],
  consolidation: ['consolidaton', 'consolodation', 'consoldation'],
  opacity: ['opacitiy', 'opactiy', 'opcaity'],
  opacities: ['opacites', 'opactiies', 'opacitis'],
  pneumonia: ['pnuemonia', 'pneumonai', 'penumonia'],
  edema: ['edemma', 'edmea'],
  emphysema: ['emphysma', 'emphysemia', 'empysema'],
  granuloma: ['granulmoa', 'granuolma'],
};

function mutateWord(word: string, rng: Rng): string {
  const i = rng.int(1, word.length - 3);
  switch (rng.int(0, 2)) {
    case 0: {
      const a = word[i];
      const b = word[i + 1];
      if (a !== b) return word.slice(0, i) + b + a + word.slice(i + 2);
      return word.slice(0, i) + word.slice(i + 1);
    }
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    default:
      return word.slice(0, i) + word[i] + word.slice(i);
  }
}

/** A misspelling of `surface`, or null when it has no word long enough to misspell. */
export function misspell(surface: string, rng: Rng): string | null {
  const words = surface.split(' ');
  const candidates = words.map((w, i) => ({ w, i })).filter(({ w }) => /^[a-z]{5,}$/i.test(w));
  if (candidates.length === 0) return null;
  const { w, i } = rng.pick(candidates);
  const known = KNOWN[w.toLowerCase()];
  let typo = known && rng.chance(0.7) ? rng.pick(known) : mutateWord(w, rng);
  if (typo.toLowerCase() === w.toLowerCase()) typo = w.slice(0, 1) + w.slice(2);
  if (w[0] === w[0].toUpperCase()) typo = typo.charAt(0).toUpperCase() + typo.slice(1);
  const out = [...words];
  out[i] = typo;
  return out.join(' ');
}
