UNWIND $ids AS id
MATCH (c:Concept {id: id})
RETURN id, [(c)-[:ISA]->(p) | p {.id, .name, .sources, .synonyms, .tuis, .stys}] AS related
