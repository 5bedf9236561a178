// Ends an unfinished run as FAILED or CANCELLED, with the reason.
MATCH (r:TrainingRun {id: $id})
WHERE r.status IN ['QUEUED', 'RUNNING']
SET r.status = $status, r.error = $error, r.finishedAt = $now
RETURN r.id AS id
