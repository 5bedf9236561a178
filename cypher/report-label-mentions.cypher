// Per report, each MENTIONS edge with the label concepts ($targets) it falls under: the
// concept itself or an ancestor through ISA, synonyms counted at both ends. Computed once
// per distinct concept; each hop deduplicates so the planner can prune the expansion.
UNWIND $reportIds AS rid
MATCH (r:Report {id: rid})
OPTIONAL MATCH (r)-[e:MENTIONS]->(c:Concept)
WITH c, collect({r: r.id, a: e.assertion}) AS uses
CALL {
  WITH c
  OPTIONAL MATCH (c)-[:SYNONYM*0..]-(m:Concept)
  WITH DISTINCT m
  OPTIONAL MATCH (m)-[:ISA*0..]->(up:Concept)
  WITH DISTINCT up
  OPTIONAL MATCH (up)-[:SYNONYM*0..]-(t:Concept)
  WITH DISTINCT t WHERE t.id IN $targets
  RETURN collect(t.id) AS under
}
UNWIND uses AS u
RETURN u.r AS reportId,
       collect(CASE WHEN c IS NULL THEN null ELSE {conceptId: c.id, assertion: u.a, under: under} END) AS mentions
