// Descendants nearest first, each at its shortest distance, at most $first per concept.
UNWIND $ids AS id
MATCH (c:Concept {id: id})
CALL {
  WITH c
  MATCH p = ANY SHORTEST (c)<-[:ISA]-{1,20}(d:Concept)
  WITH d, length(p) AS distance
  WHERE distance <= $maxDepth
  ORDER BY distance, d.id
  LIMIT $first
  RETURN collect({concept: d {.id, .name, .sources, .synonyms, .tuis, .stys}, distance: distance}) AS related
}
RETURN id, related
