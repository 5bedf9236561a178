// One page of concept names for the in-process ontology's exact and prefix search.
MATCH (n:Name) WHERE n.key > $after
WITH n ORDER BY n.key LIMIT $limit
RETURN n.key AS key, n.norm AS norm, coalesce(n.preferred, false) AS preferred,
       [(n)-[:NAMES]->(c:Concept) | c.id] AS conceptIds
