// The text of one stored report: the query of the hybrid measure's lexical part.
MATCH (r:Report {id: $id})
RETURN r.text AS text
