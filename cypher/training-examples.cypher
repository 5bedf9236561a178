// Reports that can give training examples: gold spans and/or stored rule mentions (JSON).
MATCH (r:Report)
WHERE ($gold AND r.spans IS NOT NULL) OR ($rules AND r.mentions IS NOT NULL)
RETURN r.id AS id, r.text AS text,
  CASE WHEN $gold THEN r.spans ELSE null END AS spans,
  CASE WHEN $rules THEN r.mentions ELSE null END AS mentions
ORDER BY id
