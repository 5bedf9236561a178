// One batch of (concept, semantic type) pairs; rows for concepts not loaded are skipped.
UNWIND $rows AS row
MATCH (c:Concept {id: row.cui})
MERGE (t:SemanticType {tui: row.tui})
  ON CREATE SET t.name = row.sty
MERGE (c)-[:HAS_SEMANTIC_TYPE]->(t)
// Types are also kept on the concept: weights and projections read them without a hop.
FOREACH (_ IN CASE WHEN row.tui IN c.tuis THEN [] ELSE [1] END |
  SET c.tuis = c.tuis + row.tui, c.stys = c.stys + t.name)
RETURN count(*) AS matched
