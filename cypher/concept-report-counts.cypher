// Number of distinct reports mentioning each concept (or its subtree) with an assertion.
UNWIND $ids AS id
MATCH (target:Concept {id: id})
CALL {
  WITH target
  MATCH p = ANY SHORTEST (target)<-[:ISA]-{0,20}(c:Concept)
  WHERE length(p) = 0 OR $includeDescendants
  MATCH (c)<-[m:MENTIONS]-(r:Report)
  WHERE $assertion IS NULL OR m.assertion = $assertion
  RETURN count(DISTINCT r) AS reports
}
RETURN id, reports
