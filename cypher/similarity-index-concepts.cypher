// One page of the ontology for the in-process similarity index: concepts by id with their
// semantic types, outgoing is-a edges (parents) and outgoing synonym edges.
MATCH (c:Concept) WHERE c.id > $after
WITH c ORDER BY c.id LIMIT $limit
RETURN c.id AS id, coalesce(c.tuis, []) AS tuis,
       [(c)-[:ISA]->(p:Concept) | p.id] AS parents,
       [(c)-[:SYNONYM]->(s:Concept) | s.id] AS synonyms
