/** Lowest common ancestors in a DAG, from the ancestor sets the graph returned. Pure. */

/** Concepts that are ancestors-or-self of every input. */
export function commonAncestors(ancestorsOrSelf: Set<string>[]): Set<string> {
  if (ancestorsOrSelf.length === 0) return new Set();
  const [first, ...rest] = ancestorsOrSelf;
  return new Set([...first].filter((id) => rest.every((set) => set.has(id))));
}

/**
 * The common ancestors that are not a proper ancestor of another common ancestor.
 * `properAncestors` gives, for each common ancestor, its own ancestors (not itself).
 */
export function lowestOf(common: Set<string>, properAncestors: Map<string, Set<string>>): string[] {
  const dominated = new Set<string>();
  for (const id of common) for (const ancestor of properAncestors.get(id) ?? []) dominated.add(ancestor);
  return [...common].filter((id) => !dominated.has(id)).sort();
}
