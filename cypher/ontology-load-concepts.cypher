// One batch of concept strings: the concept, its source, and a Name node per normalised string.
UNWIND $rows AS row
MERGE (c:Concept {id: row.cui})
  ON CREATE SET c.name = row.str, c.sources = [row.sab], c.tuis = [], c.stys = [], c.synonyms = []
  ON MATCH SET c.sources = CASE WHEN row.sab IN c.sources THEN c.sources ELSE c.sources + row.sab END
FOREACH (_ IN CASE WHEN row.preferred THEN [1] ELSE [] END | SET c.name = row.str)
MERGE (n:Name {key: row.cui + '|' + row.norm})
  ON CREATE SET n.text = row.str, n.norm = row.norm, n.tty = row.tty, n.conceptId = row.cui,
                c.synonyms = c.synonyms + row.str
SET n.preferred = coalesce(n.preferred, false) OR row.preferred
MERGE (n)-[:NAMES]->(c)
RETURN count(*) AS matched
