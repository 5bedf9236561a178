// Reports in id order after a cursor; one extra row tells whether another page follows.
MATCH (r:Report)
WHERE $after IS NULL OR r.id > $after
WITH r ORDER BY r.id
LIMIT $limit
RETURN r.id AS id
