/**
 * A disease lexicon for the tagger from the shared MeSH tree (read from ../shared, never
 * copied into the repository): headings under C (diseases) and F03 (mental disorders), each
 * as written and, for inverted headings, in natural order ("Anemia, Hemolytic, Autoimmune"
 * → "Autoimmune Hemolytic Anemia": comma-separated parts reversed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const MESH_TREE = resolve(__dirname, '../../../../shared/data/mesh-2017-tree.tsv');

const isDisease = (tree: string): boolean => tree.startsWith('C') || tree.startsWith('F03');

/** Sorted distinct terms, or the reason when the file is absent. */
export function meshDiseaseLexicon(file: string = MESH_TREE): string[] | string {
  if (!existsSync(file)) return `MeSH tree not found at ${file}`;
  const terms = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const [tree, , heading] = line.split('\t');
    if (heading === undefined || !isDisease(tree)) continue;
    const term = heading.trim();
    terms.add(term);
    if (term.includes(','))
      terms.add(
        term
          .split(',')
          .map((p) => p.trim())
          .reverse()
          .join(' '),
      );
  }
  return [...terms].sort();
}
