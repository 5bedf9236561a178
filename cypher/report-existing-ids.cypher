UNWIND $ids AS id
MATCH (r:Report {id: id})
RETURN id
