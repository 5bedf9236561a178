UNWIND $ids AS id
MATCH (r:TrainingRun {id: id})
RETURN r {.*} AS run
