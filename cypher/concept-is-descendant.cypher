MATCH (c:Concept {id: $id}), (a:Concept {id: $ancestorId})
OPTIONAL MATCH p = ANY SHORTEST (c)-[:ISA]->+(a)
RETURN p IS NOT NULL AS descendant
