// What changes when the ontology changes: the stamp every load writes at its end, and the
// counts (from the count store) that also move when a load fails half-way or data is cleared.
CALL { MATCH (c:Concept) RETURN count(c) AS concepts }
CALL { MATCH (n:Name) RETURN count(n) AS names }
CALL { MATCH ()-[r:ISA]->() RETURN count(r) AS isa }
CALL { MATCH ()-[r:HAS_SEMANTIC_TYPE]->() RETURN count(r) AS types }
OPTIONAL MATCH (v:OntologyVersion {key: 'current'})
RETURN v.stamp AS stamp, concepts, names, isa, types
