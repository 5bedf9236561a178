// Each ancestor once, at its shortest is-a distance; 20 is the API's maxDepth ceiling.
UNWIND $ids AS id
MATCH (c:Concept {id: id})
CALL {
  WITH c
  MATCH p = ANY SHORTEST (c)-[:ISA]->{1,20}(a:Concept)
  WITH a, length(p) AS distance
  WHERE distance <= $maxDepth
  RETURN collect({concept: a {.id, .name, .sources, .synonyms, .tuis, .stys}, distance: distance}) AS related
}
RETURN id, related
