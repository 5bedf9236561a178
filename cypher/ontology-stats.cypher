CALL { MATCH (c:Concept) RETURN count(c) AS concepts }
CALL { MATCH (n:Name) RETURN count(n) AS names }
CALL { MATCH ()-[r:ISA]->() RETURN count(r) AS isaRelations }
CALL { MATCH ()-[r:SYNONYM]->() RETURN count(r) AS synonymRelations }
CALL { MATCH (t:SemanticType) RETURN count(t) AS semanticTypes }
CALL {
  MATCH (c:Concept) UNWIND c.sources AS source
  WITH source, count(*) AS concepts ORDER BY source
  RETURN collect({source: source, concepts: concepts}) AS sources
}
RETURN concepts, names, isaRelations, synonymRelations, semanticTypes, sources
