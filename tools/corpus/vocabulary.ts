/** Pure queries over a parsed vocabulary: is-a closure and string membership. */
import type { CorpusVocabulary } from './corpus.types';

export interface VocabularyIndex {
  has(conceptId: string): boolean;
  /** True when `surface` is one of the concept's strings, compared case-insensitively. */
  hasString(conceptId: string, surface: string): boolean;
  /** Is-a only (MRREL PAR); RQ/SY edges are not followed. */
  readonly isDescendantOrSelf: (conceptId: string, ancestorId: string) => boolean;
  ancestorsOrSelf(conceptId: string): ReadonlySet<string>;
}

export function indexVocabulary(vocabulary: CorpusVocabulary): VocabularyIndex {
  const lowered = new Map<string, Set<string>>();
  for (const [id, strings] of vocabulary.strings) lowered.set(id, new Set(strings.map((s) => s.toLowerCase())));
  const cache = new Map<string, Set<string>>();
  const ancestorsOrSelf = (id: string): Set<string> => {
    const cached = cache.get(id);
    if (cached) return cached;
    const seen = new Set<string>([id]);
    const queue = [id];
    while (queue.length > 0) {
      for (const parent of vocabulary.parents.get(queue.pop()!) ?? []) {
        if (!seen.has(parent)) {
          seen.add(parent);
          queue.push(parent);
        }
      }
    }
    cache.set(id, seen);
    return seen;
  };
  return {
    has: (id) => vocabulary.strings.has(id),
    hasString: (id, surface) => lowered.get(id)?.has(surface.toLowerCase()) ?? false,
    isDescendantOrSelf: (id, ancestor) => ancestorsOrSelf(id).has(ancestor),
    ancestorsOrSelf,
  };
}
