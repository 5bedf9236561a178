// Marks a queued run as running.
MATCH (r:TrainingRun {id: $id})
WHERE r.status = 'QUEUED'
SET r.status = 'RUNNING', r.startedAt = $now
RETURN r.id AS id
