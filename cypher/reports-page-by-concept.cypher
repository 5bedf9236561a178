// Reports mentioning a concept (or, on request, any of its descendants) with an optional
// assertion, in id order after a cursor.
MATCH (target:Concept {id: $concept})
MATCH p = ANY SHORTEST (target)<-[:ISA]-{0,20}(c:Concept)
WHERE length(p) = 0 OR $includeDescendants
MATCH (c)<-[m:MENTIONS]-(r:Report)
WHERE ($assertion IS NULL OR m.assertion = $assertion) AND ($after IS NULL OR r.id > $after)
WITH DISTINCT r.id AS id
ORDER BY id
LIMIT $limit
RETURN id
