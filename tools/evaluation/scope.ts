/**
 * Which concepts an evaluation scores. The demo corpus annotates findings, devices and
 * anatomy, not normal/technical wording ("clear lungs") nor generic category headings
 * (ontology roots such as "Finding"); those are left out on both sides. Pure.
 */
export function excludedConcepts(
  conceptIds: Iterable<string>,
  parents: Map<string, string[]>,
  notAnnotatedSubtrees: readonly string[],
): Set<string> {
  const excluded = new Set<string>();
  const under = (id: string, root: string, seen = new Set<string>()): boolean => {
    if (id === root) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return (parents.get(id) ?? []).some((parent) => under(parent, root, seen));
  };
  for (const id of conceptIds) {
    const isRoot = (parents.get(id) ?? []).length === 0;
    if (isRoot || notAnnotatedSubtrees.some((root) => under(id, root))) excluded.add(id);
  }
  return excluded;
}
