// Every concept string with the concept's semantic types: the extraction dictionary.
MATCH (n:Name)-[:NAMES]->(c:Concept)
RETURN c.id AS conceptId, n.text AS term, c.tuis AS semanticTypes, coalesce(n.preferred, false) AS preferred
