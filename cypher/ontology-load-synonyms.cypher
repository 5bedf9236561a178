// One batch of synonymy edges (UMLS SY / RQ), stored once per pair from the smaller id.
UNWIND $rows AS row
MATCH (a:Concept {id: row.from})
MATCH (b:Concept {id: row.to})
MERGE (a)-[r:SYNONYM]->(b)
  ON CREATE SET r.sources = [row.sab], r.rels = [row.rel]
  ON MATCH SET r.sources = CASE WHEN row.sab IN r.sources THEN r.sources ELSE r.sources + row.sab END,
               r.rels = CASE WHEN row.rel IN r.rels THEN r.rels ELSE r.rels + row.rel END
RETURN count(*) AS matched
