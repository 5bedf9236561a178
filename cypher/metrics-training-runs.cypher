// Training runs by status, for the /metrics gauge.
MATCH (r:TrainingRun)
RETURN r.status AS status, count(*) AS runs
