// The concept-level assertions of each report, optionally of one assertion only.
UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN id, [(r)-[m:MENTIONS]->(c:Concept) WHERE $assertion IS NULL OR m.assertion = $assertion |
  {conceptId: c.id, assertion: m.assertion, count: m.count}] AS concepts
