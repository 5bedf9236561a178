/**
 * A page of the reports that mention a concept, on the in-process index: the twin of
 * `cypher/reports-page-by-concept.cypher` (the reference), same order (id, code units) and
 * cursor (ids after `after`). Candidates come from the posting lists of the concepts'
 * synonym classes; each is checked against its own MENTIONS edges (the concept itself, not
 * its synonyms; the edge's assertion).
 */
import type { Assertion } from '../../shared/core/assertion';
import { POSTING_SHIFT, type CorpusIndex } from './corpus-index';

/** The Cypher statement follows is-a edges down at most this far. */
const MAX_DEPTH = 20;

export interface ConceptPageRequest {
  concept: string;
  assertion: Assertion | null;
  includeDescendants: boolean;
  after: string | null;
  /** How many ids at most (the caller asks for one more than the page to learn hasNextPage). */
  limit: number;
}

export function reportsByConcept(corpus: CorpusIndex, request: ConceptPageRequest): string[] {
  const o = corpus.ontology;
  const target = o.conceptIndex(request.concept);
  if (target === undefined) return [];
  const concepts = new Set(request.includeDescendants ? o.descendantsOrSelf(target, MAX_DEPTH) : [target]);
  const classes = new Set([...concepts].map((c) => o.classOf[c]));
  const seen = classes.size > 1 ? new Set<number>() : null;
  // The smallest `limit` ids after the cursor, kept sorted; an id that cannot enter is refused
  // before its edges are read (once the page is full, most candidates).
  const page: string[] = [];
  const refused = (id: string): boolean =>
    (request.after !== null && id <= request.after) || (page.length === request.limit && id >= page[page.length - 1]);
  const offer = (id: string): void => {
    let at = page.length;
    while (at > 0 && page[at - 1] > id) at -= 1;
    page.splice(at, 0, id);
    if (page.length > request.limit) page.pop();
  };
  for (const cls of classes) {
    // Every report in a class's postings mentions one of its members: when they are all asked
    // for, with any assertion, there is nothing to check.
    const certain = request.assertion === null && o.membersOf(cls).every((c) => concepts.has(c));
    for (const list of [corpus.postings[cls], corpus.absentPostings[cls]]) {
      if (!list) continue;
      for (let i = 0; i < list.size; i += 1) {
        const r = list.data[i] >> POSTING_SHIFT;
        if (seen) {
          if (seen.has(r)) continue;
          seen.add(r);
        }
        const id = corpus.ids[r];
        if (!refused(id) && (certain || corpus.mentionsAny(r, concepts, request.assertion))) offer(id);
      }
    }
  }
  return page;
}
