// Exact and synonym matches on the normalised form, then prefixes, then fuzzy full-text;
// each concept keeps its best hit.
CALL {
  MATCH (n:Name {norm: $norm})-[:NAMES]->(c:Concept)
  RETURN c, CASE WHEN n.preferred THEN 'EXACT' ELSE 'SYNONYM' END AS matched,
         CASE WHEN n.preferred THEN 1.0 ELSE 0.95 END AS score
  UNION
  MATCH (n:Name)
  WHERE n.norm STARTS WITH $norm AND n.norm <> $norm
  WITH n ORDER BY size(n.norm), n.norm LIMIT $candidates
  MATCH (n)-[:NAMES]->(c:Concept)
  RETURN c, 'PREFIX' AS matched, 0.6 + 0.3 * toFloat(size($norm)) / size(n.norm) AS score
  UNION
  CALL db.index.fulltext.queryNodes('name_text', $fuzzy, {limit: $candidates}) YIELD node, score AS lucene
  MATCH (node)-[:NAMES]->(c:Concept)
  RETURN c, 'FUZZY' AS matched, 0.55 * lucene / (lucene + 1.0) AS score
}
WITH c, matched, score ORDER BY score DESC
WITH c, head(collect({matched: matched, score: score})) AS best
RETURN c {.id, .name, .sources, .synonyms, .tuis, .stys} AS concept, best.matched AS matched, best.score AS score
ORDER BY score DESC, concept.name, concept.id
LIMIT $limit
