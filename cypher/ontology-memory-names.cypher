// One page of concept names for the in-process ontology's search (exact, prefix, and fuzzy on the text).
MATCH (n:Name) WHERE n.key > $after
WITH n ORDER BY n.key LIMIT $limit
RETURN n.key AS key, n.text AS text, n.norm AS norm, coalesce(n.preferred, false) AS preferred,
       [(n)-[:NAMES]->(c:Concept) | c.id] AS conceptIds
