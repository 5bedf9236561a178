// One page of stored reports for the in-process similarity index: metadata the case filter
// reads, every MENTIONS edge as [conceptId, assertion], and the text (the index keeps its
// BM25 postings, never the text itself).
MATCH (r:Report) WHERE r.id > $after
WITH r ORDER BY r.id LIMIT $limit
RETURN r.id AS id, r.modality AS modality, r.studyDate AS studyDate, r.text AS text,
       [(r)-[e:MENTIONS]->(c:Concept) | [c.id, e.assertion]] AS edges
