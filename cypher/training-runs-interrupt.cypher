// At start: runs a previous process left unfinished can never finish; mark them FAILED.
MATCH (r:TrainingRun)
WHERE r.status IN ['QUEUED', 'RUNNING']
SET r.status = 'FAILED', r.error = $reason, r.finishedAt = $now
RETURN r.id AS id
