// Counts (from the count store) that change when the ontology or the corpus changes; the
// similarity index compares them with its own to notice writes made outside this server.
CALL { MATCH (c:Concept) RETURN count(c) AS concepts }
CALL { MATCH ()-[r:ISA]->() RETURN count(r) AS isa }
CALL { MATCH ()-[r:SYNONYM]->() RETURN count(r) AS synonyms }
CALL { MATCH ()-[r:HAS_SEMANTIC_TYPE]->() RETURN count(r) AS types }
CALL { MATCH (r:Report) RETURN count(r) AS reports }
CALL { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
RETURN concepts, isa, synonyms, types, reports, mentions
