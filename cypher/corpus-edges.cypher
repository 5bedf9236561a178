// Every report–concept edge, in a stable order: tests and recovery checks compare graphs with it.
MATCH (r:Report)-[m:MENTIONS]->(c:Concept)
RETURN r.id AS report, c.id AS concept, m.assertion AS assertion, m.count AS count, m.normal AS normal
ORDER BY report, concept
