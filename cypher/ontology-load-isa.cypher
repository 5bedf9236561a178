// One batch of is-a edges child -> parent; rows whose concepts are not loaded are skipped.
UNWIND $rows AS row
MATCH (child:Concept {id: row.from})
MATCH (parent:Concept {id: row.to})
MERGE (child)-[r:ISA]->(parent)
  ON CREATE SET r.sources = [row.sab], r.rels = [row.rel]
  ON MATCH SET r.sources = CASE WHEN row.sab IN r.sources THEN r.sources ELSE r.sources + row.sab END,
               r.rels = CASE WHEN row.rel IN r.rels THEN r.rels ELSE r.rels + row.rel END
RETURN count(*) AS matched
