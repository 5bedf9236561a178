/** Placeholder replaced by the managed-Neo4j wiring in the next commit. */
export async function withTestDatabase(
  run: (env: Record<string, string>) => Promise<number>,
): Promise<number> {
  return run({});
}
