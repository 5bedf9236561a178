// Runs newest first (ids sort by creation time); one extra row tells whether more follow.
MATCH (r:TrainingRun)
WHERE $after IS NULL OR r.id < $after
WITH r ORDER BY r.id DESC
LIMIT $limit
RETURN r {.*} AS run
