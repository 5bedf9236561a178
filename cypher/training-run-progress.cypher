// Latest progress of a running run (JSON: epoch, step, loss, devF1).
MATCH (r:TrainingRun {id: $id})
WHERE r.status = 'RUNNING'
SET r.progress = $progress
