UNWIND $ids AS id
MATCH (c:Concept {id: id})
RETURN c {.id, .name, .sources, .synonyms, .tuis, .stys} AS concept
