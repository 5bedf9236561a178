// A finished run and the model it produced, in one statement: the model exists exactly
// when its run says SUCCEEDED. The new model is never active here.
MATCH (r:TrainingRun {id: $runId})
WHERE r.status = 'RUNNING'
CREATE (m:TaggerModel {id: $model.id, name: $model.name, createdAt: $now, runId: $runId,
  loss: $model.loss, params: $model.params, labelSet: $model.labelSet, metrics: $model.metrics,
  bytes: $model.bytes, sha256: $model.sha256, sizeBytes: $model.sizeBytes, active: false})
CREATE (r)-[:PRODUCED]->(m)
SET r.status = 'SUCCEEDED', r.finishedAt = $now, r.modelId = m.id, r.progress = $progress
RETURN m.id AS id
