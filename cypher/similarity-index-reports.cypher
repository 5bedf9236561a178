// One page of stored reports for the in-process similarity index: metadata the case filter
// reads and every MENTIONS edge as [conceptId, assertion]. Never the report text.
MATCH (r:Report) WHERE r.id > $after
WITH r ORDER BY r.id LIMIT $limit
RETURN r.id AS id, r.modality AS modality, r.studyDate AS studyDate,
       [(r)-[e:MENTIONS]->(c:Concept) | [c.id, e.assertion]] AS edges
