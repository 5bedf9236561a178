// A new training run, queued, with what it was asked (config JSON) and the train/dev split
// of the reports it will use (JSON: seed, devFraction, train and dev report ids).
CREATE (r:TrainingRun {id: $id, name: $name, status: 'QUEUED', config: $config, split: $split,
  examples: $examples, spans: $spans, createdAt: $now})
RETURN r {.*} AS run
