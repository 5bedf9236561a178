// Each stored report's concepts with their report-level assertion (the similarity query).
UNWIND $ids AS id
MATCH (r:Report {id: id})
OPTIONAL MATCH (r)-[e:MENTIONS]->(c:Concept)
RETURN id, collect(CASE WHEN c IS NULL THEN null ELSE {id: c.id, assertion: e.assertion} END) AS concepts
