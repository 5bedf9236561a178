// One page of the ontology for the in-process ontology: concepts by id, whole, with their
// outgoing is-a edges (parents).
MATCH (c:Concept) WHERE c.id > $after
WITH c ORDER BY c.id LIMIT $limit
RETURN c {.id, .name, .sources, .synonyms, .tuis, .stys} AS concept,
       [(c)-[:ISA]->(p:Concept) | p.id] AS parents
