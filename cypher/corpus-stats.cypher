CALL { MATCH (r:Report) RETURN count(r) AS reports }
CALL { MATCH (:Report)-[m:MENTIONS]->() RETURN count(m) AS conceptEdges }
CALL { MATCH (r:Report) WHERE r.spans IS NOT NULL AND r.spans <> '[]' RETURN count(r) AS annotatedReports }
RETURN reports, conceptEdges, annotatedReports
